/**
 * Where the secret values are in a pasted text, found the way the text is
 * read rather than by how it looks: each reader below tokenizes one of the
 * forms this app itself writes and users paste (a URL or form body, a curl
 * command, the HTML form snippet, JSON or JavaScript, and `name: value`
 * lines), decodes each field NAME as that form does (percent-encoding, shell
 * quoting, HTML references, JSON escapes), and reports the span of every value
 * whose name is a credential. So `loginPass%77ord=`, `"loginPass\u0077ord"`,
 * `name="loginPassword" value="…"` and `'loginPassword=pa'\''ss'` are all
 * found. Every reader is a single left-to-right pass with bounded look-around.
 */
import { ENDPOINTS } from '../../../core/spec';

export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  /** The field name as decoded. */
  readonly name: string;
  /** What the span becomes (the value marker, or a re-quoted shell word). */
  readonly replacement: string;
}

export const REMOVED_MARK = '[removed]';

/** Parameter names the API tables mark as credentials (loginPassword …), lower-cased. */
const SECRET_NAMES: ReadonlySet<string> = new Set(
  Object.values(ENDPOINTS).flatMap((endpoint) =>
    endpoint.params.flatMap(
      (param: { name: string; aliases?: readonly string[]; secret?: boolean }) =>
        param.secret === true
          ? [param.name, ...(param.aliases ?? [])].map((name) => name.toLowerCase())
          : [],
    ),
  ),
);
/** Names that say what they hold, whatever the endpoint. */
const SAYS_SECRET = /password|passwd|passphrase|secret|pwd/i;
const MAX_NAME = 80;
const MAX_VALUE = 8192;

/** Whether a decoded field name is a credential. */
export function isSecretName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME || /\s/.test(trimmed)) return false;
  // !PlaceOrder's item parameters may be prefixed (`1_x`, `_1_x`); the prefix does not matter.
  const bare = trimmed.replace(/^_?\d{1,2}_/, '');
  return SECRET_NAMES.has(bare.toLowerCase()) || SAYS_SECRET.test(bare);
}

/** Percent-decoding as form bodies are read (`+` is a space); the text itself when malformed. */
function formDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

// --- URL, form body, query: name=value separated by & or ; -----------------

const PAIR = /(^|[?&;\s'"])([^\s&;?'"=<>]{1,80})=([^&\s;'"<>]*)/g;

function pairSpans(text: string, out: SecretSpan[]): void {
  for (const match of text.matchAll(PAIR)) {
    const [, before = '', rawName = '', value = ''] = match;
    const name = formDecode(rawName);
    if (value === '' || value === REMOVED_MARK || !isSecretName(name)) continue;
    const start = match.index + before.length + rawName.length + 1;
    out.push({ start, end: start + value.length, name, replacement: REMOVED_MARK });
  }
}

// --- POSIX shell words (curl): quoting decoded, a word with quotes re-quoted -

interface Word {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quoted: boolean;
}

const SPACE = /\s/;
const MAX_WORD = MAX_VALUE * 4;

function* shellWords(text: string): Generator<Word> {
  const length = text.length;
  let index = 0;
  while (index < length) {
    while (index < length && SPACE.test(text.charAt(index))) index += 1;
    if (index >= length) return;
    const start = index;
    const parts: string[] = [];
    let size = 0;
    let quoted = false;
    while (index < length && !SPACE.test(text.charAt(index))) {
      const char = text.charAt(index);
      let part: string;
      if (char === "'") {
        const close = text.indexOf("'", index + 1);
        const end = close < 0 ? length : close;
        part = text.slice(index + 1, end);
        index = end + 1;
        quoted = true;
      } else if (char === '"') {
        const pieces: string[] = [];
        let cursor = index + 1;
        let from = cursor;
        while (cursor < length && text.charCodeAt(cursor) !== 34 /* " */) {
          if (text.charCodeAt(cursor) === 92 /* \\ */) {
            pieces.push(text.slice(from, cursor), text.charAt(cursor + 1));
            cursor += 2;
            from = cursor;
          } else {
            cursor += 1;
          }
        }
        pieces.push(text.slice(from, Math.min(cursor, length)));
        part = pieces.join('');
        index = cursor + 1;
        quoted = true;
      } else if (char === '\\' && index + 1 < length) {
        // Backslash-newline continues the command; any other escaped character is itself.
        part = text.charAt(index + 1) === '\n' ? '' : text.charAt(index + 1);
        index += 2;
        quoted = true;
      } else {
        let end = index + 1;
        while (end < length && !/[\s'"\\]/.test(text.charAt(end))) end += 1;
        part = text.slice(index, end);
        index = end;
      }
      size += part.length;
      if (size <= MAX_WORD) parts.push(part);
    }
    const end = Math.min(index, length);
    // A word too long to be a parameter is not read (its parts are still skipped whole).
    if (size <= MAX_WORD) yield { start, end, value: parts.join(''), quoted };
  }
}

const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/**
 * A word's content with each secret `name=value` part's value removed; null
 * when none is. curl's --data-urlencode takes everything after the first `=`
 * as the value, & included; other words may be whole form bodies.
 */
function redactWord(
  content: string,
  wholeValue: boolean,
): { text: string; names: string[] } | null {
  const names: string[] = [];
  const parts = (wholeValue ? [content] : content.split('&')).map((part) => {
    const equals = part.indexOf('=');
    if (equals <= 0) return part;
    const name = formDecode(part.slice(0, equals).replace(/^-{1,2}[\w-]*=?/, ''));
    if (!isSecretName(name) || part.slice(equals + 1) === REMOVED_MARK) return part;
    names.push(name);
    return `${part.slice(0, equals)}=${REMOVED_MARK}`;
  });
  return names.length === 0 ? null : { text: parts.join('&'), names };
}

function shellSpans(text: string, out: SecretSpan[]): void {
  // Only words that use quoting or escapes: a plain word is read by pairSpans as it is.
  if (!/['"\\]/.test(text)) return;
  let previous = '';
  for (const word of shellWords(text)) {
    const option = previous;
    previous = word.value;
    if (!word.quoted) continue;
    const redacted = redactWord(word.value, /^--data-urlencode$/.test(option));
    if (redacted === null) continue;
    for (const name of redacted.names)
      out.push({ start: word.start, end: word.end, name, replacement: shellQuote(redacted.text) });
  }
}

// --- HTML: <input name="…" value="…"> -------------------------------------

const TAG = /<input\b([^<>]{0,4096})>/gi;
const ATTRIBUTE = /([\w:-]{1,40})\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (reference, body: string) => {
    const lower = body.toLowerCase();
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : lower.startsWith('#')
        ? parseInt(lower.slice(1), 10)
        : undefined;
    if (code === undefined) return NAMED[lower] ?? reference;
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

function htmlSpans(text: string, out: SecretSpan[]): void {
  for (const tag of text.matchAll(TAG)) {
    const body = tag[1] ?? '';
    const bodyStart = tag.index + '<input'.length;
    let name: string | undefined;
    let value: { start: number; end: number } | undefined;
    for (const attribute of body.matchAll(ATTRIBUTE)) {
      const [whole, key = '', raw = ''] = attribute;
      const quoted = raw.startsWith('"') || raw.startsWith("'");
      const end = bodyStart + attribute.index + whole.length - (quoted ? 1 : 0);
      const start = end - raw.length + (quoted ? 2 : 0);
      const content = quoted ? raw.slice(1, -1) : raw;
      if (key.toLowerCase() === 'name') name = decodeHtml(content);
      if (key.toLowerCase() === 'value') value = { start, end };
    }
    if (name !== undefined && value !== undefined && value.end > value.start && isSecretName(name))
      out.push({ ...value, name, replacement: REMOVED_MARK });
  }
}

// --- JSON and JavaScript: "key": "value", key = 'value' --------------------

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

/** A quoted string at `at` (either quote), its end and its JSON/JavaScript-unescaped content. */
function readQuoted(text: string, at: number): { end: number; content: string } | null {
  const quote = text.charCodeAt(at);
  const limit = Math.min(text.length, at + MAX_VALUE);
  const pieces: string[] = [];
  let cursor = at + 1;
  let from = cursor;
  while (cursor < limit) {
    const code = text.charCodeAt(cursor);
    if (code === quote) {
      pieces.push(text.slice(from, cursor));
      return { end: cursor + 1, content: pieces.join('') };
    }
    if (code === 10 /* newline */) return null;
    if (code === 92 /* backslash */) {
      pieces.push(text.slice(from, cursor));
      const next = text.charAt(cursor + 1);
      const hex = text.slice(cursor + 2, cursor + 6);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
        pieces.push(String.fromCharCode(parseInt(hex, 16)));
        cursor += 6;
      } else {
        pieces.push(ESCAPES[next] ?? next);
        cursor += 2;
      }
      from = cursor;
      continue;
    }
    cursor += 1;
  }
  return null;
}

const KEY = /(["'])|(?<![\w$])([A-Za-z_$][\w$]{0,79})(?=\s*[:=])/g;

function keyValueSpans(text: string, out: SecretSpan[]): void {
  KEY.lastIndex = 0;
  for (let match = KEY.exec(text); match !== null; match = KEY.exec(text)) {
    let name: string;
    let after: number;
    if (match[1] !== undefined) {
      const key = readQuoted(text, match.index);
      if (key === null) continue;
      name = key.content;
      after = key.end;
      KEY.lastIndex = key.end;
    } else {
      name = match[2] ?? '';
      after = match.index + name.length;
    }
    const separator = /^\s*[:=]\s*/.exec(text.slice(after, after + 64));
    if (separator === null) continue;
    if (name.toLowerCase() === 'name') namedValueSpan(text, after + separator[0].length, out);
    if (!isSecretName(name)) continue;
    const valueAt = after + separator[0].length;
    const first = text.charAt(valueAt);
    if (first === '"' || first === "'") {
      const value = readQuoted(text, valueAt);
      if (value !== null && value.end - valueAt > 2)
        out.push({ start: valueAt + 1, end: value.end - 1, name, replacement: REMOVED_MARK });
    } else if (match[1] !== undefined && separator[0].includes(':')) {
      // An unquoted JSON value (a number, true …): it becomes a string.
      const bare = /^[^\s,}\]"][^,}\]\n]{0,8191}/.exec(text.slice(valueAt, valueAt + MAX_VALUE));
      if (bare !== null)
        out.push({
          start: valueAt,
          end: valueAt + bare[0].trimEnd().length,
          name,
          replacement: `"${REMOVED_MARK}"`,
        });
    }
  }
}

/**
 * `{"name": "loginPassword", "value": "…"}`: the decoder's own field objects
 * (the Decode view's JSON export), where the credential's name is a value.
 */
function namedValueSpan(text: string, nameAt: number, out: SecretSpan[]): void {
  const quote = text.charAt(nameAt);
  if (quote !== '"' && quote !== "'") return;
  const name = readQuoted(text, nameAt);
  if (name === null || !isSecretName(name.content)) return;
  const close = text.indexOf('}', name.end);
  const within = text.slice(name.end, close < 0 ? name.end + 512 : Math.min(close, name.end + 512));
  const key = /["']value["']\s*:\s*(?=["'])/.exec(within);
  if (key === null) return;
  const valueAt = name.end + key.index + key[0].length;
  const value = readQuoted(text, valueAt);
  if (value !== null && value.end - valueAt > 2)
    out.push({
      start: valueAt + 1,
      end: value.end - 1,
      name: name.content,
      replacement: REMOVED_MARK,
    });
}

// --- `name: value` lines ----------------------------------------------------

const LINE = /^([ \t]*)([\w$.%[\]-]{1,80})[ \t]*:[ \t]*(\S[^\n]{0,8191})$/gm;

function lineSpans(text: string, out: SecretSpan[]): void {
  for (const match of text.matchAll(LINE)) {
    const [whole, , name = '', value = ''] = match;
    if (!isSecretName(name) || /^["']/.test(value)) continue;
    const end = match.index + whole.length;
    out.push({ start: end - value.length, end, name, replacement: REMOVED_MARK });
  }
}

/** Every secret value's span, sorted, overlapping ones merged into the widest. */
export function secretSpans(text: string): SecretSpan[] {
  const found: SecretSpan[] = [];
  shellSpans(text, found);
  htmlSpans(text, found);
  keyValueSpans(text, found);
  lineSpans(text, found);
  pairSpans(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretSpan[] = [];
  for (const span of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && span.start < last.end) {
      // A span reaching past the one kept widens it: nothing of either value survives.
      if (span.end > last.end) kept[kept.length - 1] = { ...last, end: span.end };
      continue;
    }
    kept.push(span);
  }
  return kept;
}
