/** A status code as the responses write it: an optionally signed integer. */
const INTEGER = /^[+-]?\d{1,10}$/;

export function parseStatusCode(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed.length > 11 || !INTEGER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : undefined;
}
