/**
 * Where the result of a !PlaceOrder is when Sectigo sends the browser back
 * (successURL / errorURL): "passed as GET parameters in the 'query string'"
 * (placeorder-smime.txt, "Specified successURL or errorURL"). That is the
 * page's query string, or, when the reseller's URL ends in `#/result`, the
 * part after `?` inside the fragment. It is kept in memory for this visit and
 * removed from the address bar once shown.
 */
import { RESPONSE_FIELDS } from '../../../core/spec';

const FIELD_NAMES = RESPONSE_FIELDS.PlaceOrder.map((field) => field.name.toLowerCase());

/** A query string that carries at least one of PlaceOrder's response fields. */
export function isResultQuery(query: string): boolean {
  return [...new URLSearchParams(query).keys()].some((name) =>
    FIELD_NAMES.includes(name.toLowerCase()),
  );
}

/** The result query in a location, without its `?`, or null. */
export function findResultQuery(location: {
  readonly search: string;
  readonly hash: string;
}): string | null {
  const search = location.search.replace(/^\?/, '');
  if (search !== '' && isResultQuery(search)) return search;
  const { hash } = location;
  const at = hash.indexOf('?');
  if (at < 0 || !/^#\/?result\/?$/.test(hash.slice(0, at))) return null;
  const query = hash.slice(at + 1);
  return query.trim() === '' ? null : query;
}

let kept: string | null = null;

/** The result of this visit: read from the address the first time, then from memory. */
export function captureResult(): string | null {
  kept = findResultQuery(window.location) ?? kept;
  return kept;
}

/**
 * Takes the result out of the address bar (history.replaceState, so no new
 * history entry), leaving `#/result`: a reload or a copied link then no longer
 * carries it, as the app keeps what Sectigo sent in memory only. True when it
 * was there.
 */
export function removeResultFromAddress(): boolean {
  if (findResultQuery(window.location) === null) return false;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}#/result`);
  return true;
}

/** For tests: forget the kept result. */
export function forgetResult(): void {
  kept = null;
}
