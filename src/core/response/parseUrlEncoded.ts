/**
 * Reads URL-encoded parameters from a response body, a query string (`?a=1`),
 * a whole redirect URL (its query, and a query inside its fragment,
 * `#/result?a=1`, for pages that route by fragment), or a push notification's
 * GET query or POST body.
 */
import { decodeFormComponent } from './decodeFormComponent';
import { MAX_FIELDS } from './limits';

export type ParamSource = 'body' | 'query' | 'fragment' | 'query and fragment';

export interface UrlEncodedParams {
  readonly pairs: readonly (readonly [name: string, value: string])[];
  /** Where in the text the parameters were read from. */
  readonly from: ParamSource;
  /** True when more than `maxPairs` pairs were present. */
  readonly truncated: boolean;
}

/** `text` is expected trimmed. */
export function parseUrlEncoded(text: string, maxPairs: number = MAX_FIELDS): UrlEncodedParams {
  const parts = locateParameters(text);
  const pairs: (readonly [string, string])[] = [];
  let truncated = false;
  for (const part of parts.texts) {
    truncated = splitPairs(part, pairs, maxPairs) || truncated;
  }
  return { pairs, from: parts.from, truncated };
}

function locateParameters(text: string): { texts: string[]; from: ParamSource } {
  const firstEquals = text.indexOf('=');
  const head = firstEquals < 0 ? text : text.slice(0, firstEquals);
  // A '?' or '#' before the first '=' means a URL (or bare query / fragment), not a body.
  if (!head.includes('?') && !head.includes('#')) return { texts: [text], from: 'body' };

  const hash = text.indexOf('#');
  const beforeHash = hash < 0 ? text : text.slice(0, hash);
  const fragment = hash < 0 ? '' : text.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  const query = question < 0 ? '' : beforeHash.slice(question + 1);
  const fragmentQuestion = fragment.indexOf('?');
  let fragmentQuery = fragmentQuestion < 0 ? '' : fragment.slice(fragmentQuestion + 1);
  // "#errorCode=-3&..." with no '?': the fragment itself holds the parameters.
  if (fragmentQuestion < 0 && fragment.includes('=')) fragmentQuery = fragment;

  if (query !== '' && fragmentQuery !== '')
    return { texts: [query, fragmentQuery], from: 'query and fragment' };
  if (fragmentQuery !== '') return { texts: [fragmentQuery], from: 'fragment' };
  return { texts: [query], from: 'query' };
}

/** Appends the pairs of one query to `into`; returns true when it stopped at the cap. */
function splitPairs(query: string, into: (readonly [string, string])[], maxPairs: number): boolean {
  // Parameters pasted one a line (from a log) have no '&'; PEM values keep their lines.
  const separator =
    !query.includes('&') && query.includes('\n') && !query.includes('-----') ? '\n' : '&';
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf(separator, start);
    if (end < 0) end = query.length;
    const pair = query.slice(start, end);
    start = end + 1;
    if (pair.trim() === '') continue;
    if (into.length >= maxPairs) return true;
    const equals = pair.indexOf('=');
    const rawName = equals < 0 ? pair : pair.slice(0, equals);
    const rawValue = equals < 0 ? '' : pair.slice(equals + 1);
    into.push([decodeFormComponent(rawName).trim(), trimLineBreaks(decodeFormComponent(rawValue))]);
  }
  return false;
}

/** Drops CR/LF at both ends (a hand loop: an end-anchored regex can be quadratic). */
function trimLineBreaks(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isLineBreak(value.charCodeAt(start))) start++;
  while (end > start && isLineBreak(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
