/**
 * The curl command of a form post, in the shape of the documents' samples:
 *
 *   curl --location 'https://secure.trust-provider.com/products/!PlaceOrder' \
 *   --header 'Content-Type: application/x-www-form-urlencoded' \
 *   --data-urlencode 'loginName=login_name' \
 *   ...
 *
 * Safe for any POSIX shell: every argument is single-quoted, and a single
 * quote inside is written `'\''` (close, escaped quote, reopen). Nothing is
 * special inside single quotes, not `$`, backticks, `\`, `!` or newlines.
 *
 * curl's `--data-urlencode 'name=content'` splits at the first `=` and
 * URL-encodes only the content; the name is sent exactly as written. So a
 * name with any character outside the unreserved set (the guide's
 * `IP Addresses`, or an `=` in an undocumented item name) is percent-encoded
 * here (`IP%20Addresses=5`, as the guide writes it). A value with a NUL cannot
 * be a command-line argument at all, so that one pair is sent fully
 * percent-encoded with `--data` (which curl sends as written).
 */
import { shellQuote } from '../encoding/shellQuote';
import { isUnreserved, percentEncode } from './percentEncode';

/** The `--data…` argument (unquoted) curl is given for one field. */
export function curlDataArgument(
  name: string,
  value: string,
): ['--data' | '--data-urlencode', string] {
  if (value.includes('\u0000')) return ['--data', `${percentEncode(name)}=${percentEncode(value)}`];
  return ['--data-urlencode', `${isUnreserved(name) ? name : percentEncode(name)}=${value}`];
}

export function toCurl(action: string, fields: readonly (readonly [string, string])[]): string {
  const lines = [
    `curl --location ${shellQuote(action)}`,
    `--header ${shellQuote('Content-Type: application/x-www-form-urlencoded')}`,
  ];
  for (const [name, value] of fields) {
    const [option, argument] = curlDataArgument(name, value);
    lines.push(`${option} ${shellQuote(argument)}`);
  }
  return lines.join(' \\\n');
}
