/**
 * A standalone HTML `<form>` that posts the fields, like the document's
 * integration example (placeorder-smime.txt) but with straight quotes and every
 * field hidden:
 *
 *   <form method="post" action="https://secure.trust-provider.com/products/!PlaceOrder" accept-charset="UTF-8">
 *   <input type="hidden" name="ap" value="myresellerbrand">
 *   ...
 *   <input type="submit" value="Place Order">
 *   </form>
 *
 * Why hidden inputs with escaped attribute values, not `<textarea>`: an HTML
 * parser gives back an attribute value exactly once `&`, `<`, `>`, `"` and `'`
 * are written as references, except that it turns a literal CR (and CRLF)
 * into LF before tokenizing. Writing TAB, LF and CR as `&#9;`, `&#10;` and
 * `&#13;` makes the value survive character for character (references are
 * decoded after that normalisation), and a hidden input's value is never
 * sanitised (a text input's would lose its newlines). A `<textarea>` would lose
 * a leading newline and its CRs to the parser. Any other Unicode is written as
 * itself. NUL cannot be carried (the parser makes it U+FFFD): validation
 * reports it. When the browser submits the form it sends newlines as CRLF
 * (the HTML form encoding), which a PEM CSR does not mind.
 *
 * `accept-charset="UTF-8"`: the snippet is pasted into the reseller's own page,
 * whose encoding may not be UTF-8; without it a browser would post non-ASCII
 * values in that encoding (or as `&#…;` text).
 */

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `text` made safe for a double-quoted attribute value (and for text content). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char] ?? char);
}

export function toHtmlForm(
  action: string,
  fields: readonly (readonly [string, string])[],
  submitLabel: string,
): string {
  return [
    `<form method="post" action="${escapeHtml(action)}" accept-charset="UTF-8">`,
    ...fields.map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    ),
    `<input type="submit" value="${escapeHtml(submitLabel)}">`,
    '</form>',
  ].join('\n');
}
