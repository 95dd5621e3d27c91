/**
 * Splits a pasted list of names: one per line, or separated by commas or
 * spaces. A module of its own so that a form can count the names it holds
 * without loading the name rules (names.ts and its tables).
 */
export function splitNames(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
