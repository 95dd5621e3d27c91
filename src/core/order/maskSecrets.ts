/**
 * Masking of secrets (`loginPassword`, `secret: true` in the tables) for
 * display: the UI shows outputs built with `{ mask: true }` until the user
 * reveals them, and builds the unmasked ones only to copy or submit.
 */
import { percentEncode } from './percentEncode';

/** What a secret value is shown as. */
export const SECRET_MASK = '••••••••';

/** The mask as it appears inside a URL query (percent-encoded UTF-8). */
export const ENCODED_SECRET_MASK = percentEncode(SECRET_MASK);

/** The fields with the value of every secret field replaced by SECRET_MASK. */
export function maskFields(
  fields: readonly (readonly [string, string])[],
  secretNames: ReadonlySet<string>,
): [string, string][] {
  return fields.map(([name, value]) => [name, secretNames.has(name) ? SECRET_MASK : value]);
}

/**
 * A masked ordering URL reads better with the mask itself than with its
 * percent-encoding; it is for display only, never to be opened.
 */
export function showMaskInUrl(url: string): string {
  return url.replaceAll(ENCODED_SECRET_MASK, SECRET_MASK);
}
