/**
 * How a user-typed name or value is quoted inside an issue message: short, on
 * one line, invisible characters made visible. Messages are shown as text, so
 * this is about legibility (a 1 MiB paste must not become a 1 MiB message),
 * not escaping. Never call it with a secret's value.
 */

const MAX_SHOWN = 40;

export function describeValue(text: string): string {
  // Cut before a split surrogate pair, so the message stays well-formed Unicode.
  const cut =
    text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
  // eslint-disable-next-line no-control-regex -- making control characters visible is the point
  const visible = cut.replace(/[\u0000-\u001f\u007f]/g, (char) => {
    const hex = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `\\u${hex}`;
  });
  return `'${visible}'`;
}
