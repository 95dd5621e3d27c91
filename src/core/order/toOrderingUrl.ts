/**
 * The `!PlaceOrder` GET ordering URL ("For GET requests, submit parameters in
 * the query string"), encoded as a browser encodes a GET form
 * (application/x-www-form-urlencoded, space as `+`, as in the document's
 * example `name=Fred+Bloggs`), so `new URLSearchParams(url.search)` gives
 * back exactly the fields. (Written out with formUrlEncode, not URLSearchParams,
 * which is several times slower on a pasted megabyte.)
 */
import { formUrlEncode } from './percentEncode';

export function toOrderingUrl(
  action: string,
  fields: readonly (readonly [string, string])[],
): string {
  if (fields.length === 0) return action;
  const query = fields.map(([name, value]) => `${formUrlEncode(name)}=${formUrlEncode(value)}`);
  return `${action}?${query.join('&')}`;
}

/** Browsers, proxies and servers may cut longer URLs; the form post has no such limit. */
export const MAX_SAFE_URL_LENGTH = 2000;
