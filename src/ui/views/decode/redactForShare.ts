/**
 * What a share link must not carry (shared/DESIGN.md: passwords and private
 * keys never go into URLs): every value of a parameter the API tables mark
 * secret (loginPassword) or whose name says password, passphrase or secret,
 * in any of the forms responses and requests are pasted in (name=value, JSON,
 * JavaScript, curl), and every private-key PEM block.
 */
import { ENDPOINTS } from '../../../core/spec';

export interface Removed {
  readonly what: string;
  readonly count: number;
}

export interface Redacted {
  readonly text: string;
  readonly removed: readonly Removed[];
}

export const REMOVED_MARK = '[removed]';

/** Parameter names the spec marks as credentials, with their aliases. */
const SECRET_NAMES = Object.values(ENDPOINTS).flatMap((endpoint) =>
  endpoint.params.flatMap(
    (param: { name: string; aliases?: readonly string[]; secret?: boolean }) =>
      param.secret === true ? [param.name, ...(param.aliases ?? [])] : [],
  ),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name that is a known secret, or says what it holds. */
const NAME = `(?:${[...new Set(SECRET_NAMES)].map(escape).join('|')}|[\\w$-]{0,40}?(?:password|passwd|passphrase|secret|pwd)[\\w$-]{0,20})`;

/** "name": "value" and name = 'value' (JSON, JavaScript): the quoted value. */
const QUOTED = new RegExp(
  `(["']?)(${NAME})\\1(\\s*[:=]\\s*)("(?:[^"\\\\\\n]|\\\\.){0,4096}"|'(?:[^'\\\\\\n]|\\\\.){0,4096}')`,
  'gi',
);
/** 'name=value' as one quoted shell argument (curl -d): the value runs to the closing quote. */
const QUOTED_PAIR = new RegExp(`(['"])(${NAME})=([^'"\\n]{1,4096})\\1`, 'gi');
/** name=value in a query, a form body or a curl argument: up to the next separator. */
const PAIR = new RegExp(`(^|[?&\\s;'"])(${NAME})=([^&\\s;'"]*)`, 'gi');
/** "name": 123 and other unquoted JSON values. */
const BARE_JSON = new RegExp(`("${NAME}"\\s*:\\s*)([^\\s,}"][^,}\\n]{0,4096})`, 'gi');
/** A private-key PEM block (any label ending PRIVATE KEY), or one cut off before its END line. */
const PRIVATE_KEY =
  /-{3,10}\s?BEGIN ([A-Z0-9 ]{0,40}PRIVATE KEY)\s?-{3,10}(?:[\s\S]*?-{3,10}\s?END \1\s?-{3,10}|[\s\S]*$)/g;

export function redactForShare(text: string): Redacted {
  const counts = new Map<string, number>();
  const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  let out = text.replace(PRIVATE_KEY, (_block, label: string) => {
    count(`${label.toLowerCase()} block`);
    return `[${label.toLowerCase()} removed]`;
  });
  out = out.replace(
    QUOTED,
    (_all, quote: string, name: string, separator: string, value: string) => {
      if (value.length <= 2) return `${quote}${name}${quote}${separator}${value}`;
      count(name);
      return `${quote}${name}${quote}${separator}${value[0] ?? '"'}${REMOVED_MARK}${value[0] ?? '"'}`;
    },
  );
  out = out.replace(BARE_JSON, (_all, head: string) => {
    count(head.slice(1, head.indexOf('"', 1)));
    return `${head}"${REMOVED_MARK}"`;
  });
  out = out.replace(QUOTED_PAIR, (_all, quote: string, name: string) => {
    count(name);
    return `${quote}${name}=${REMOVED_MARK}${quote}`;
  });
  out = out.replace(PAIR, (_all, before: string, name: string, value: string) => {
    if (value === '' || value === REMOVED_MARK || value === encodeURIComponent(REMOVED_MARK))
      return `${before}${name}=${value}`;
    count(name);
    return `${before}${name}=${REMOVED_MARK}`;
  });
  return { text: out, removed: [...counts].map(([what, n]) => ({ what, count: n })) };
}
