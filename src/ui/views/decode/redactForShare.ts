/**
 * What a share link must not carry, since passwords and private keys never
 * go into a URL (the app's rule): every private-key PEM block, and the value of
 * every field whose name is a credential (the parameters the API tables mark
 * secret, such as loginPassword, and names that say password, passphrase or
 * secret), found by reading the text in each form this app writes and people
 * paste (secretSpans.ts).
 */
import { REMOVED_MARK, secretSpans } from './secretSpans';

export { REMOVED_MARK };

export interface Removed {
  readonly what: string;
  readonly count: number;
}

export interface Redacted {
  readonly text: string;
  readonly removed: readonly Removed[];
}

/** A private-key PEM block (any label ending PRIVATE KEY), or one cut off before its END line. */
const PRIVATE_KEY =
  /-{3,10}\s?BEGIN ([A-Z0-9 ]{0,40}PRIVATE KEY)\s?-{3,10}(?:[\s\S]*?-{3,10}\s?END \1\s?-{3,10}|[\s\S]*$)/g;

export function redactForShare(text: string): Redacted {
  const counts = new Map<string, number>();
  const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  const withoutKeys = text.replace(PRIVATE_KEY, (_block, label: string) => {
    count(`${label.toLowerCase()} block`);
    return `[${label.toLowerCase()} removed]`;
  });
  let out = '';
  let cursor = 0;
  for (const span of secretSpans(withoutKeys)) {
    out += withoutKeys.slice(cursor, span.start) + span.replacement;
    cursor = span.end;
    count(span.name);
  }
  out += withoutKeys.slice(cursor);
  return { text: out, removed: [...counts].map(([what, n]) => ({ what, count: n })) };
}
