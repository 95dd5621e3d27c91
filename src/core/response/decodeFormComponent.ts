/**
 * Decodes one application/x-www-form-urlencoded name or value: `+` is a space,
 * `%XX` a UTF-8 byte. Malformed escapes are kept as typed (never thrown), and
 * bytes that are not UTF-8 become U+FFFD, as a browser's URLSearchParams does.
 */
const utf8 = new TextDecoder('utf-8');

export function decodeFormComponent(text: string): string {
  const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return lenientPercentDecode(spaced);
  }
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function lenientPercentDecode(text: string): string {
  const parts: string[] = [];
  let index = 0;
  while (index < text.length) {
    const percent = text.indexOf('%', index);
    if (percent < 0) {
      parts.push(text.slice(index));
      break;
    }
    parts.push(text.slice(index, percent));
    // A run of valid %XX escapes is one byte sequence, decoded together.
    const bytes: number[] = [];
    let cursor = percent;
    while (cursor + 2 < text.length && text.charCodeAt(cursor) === 37) {
      const high = hexValue(text.charCodeAt(cursor + 1));
      const low = hexValue(text.charCodeAt(cursor + 2));
      if (high < 0 || low < 0) break;
      bytes.push(high * 16 + low);
      cursor += 3;
    }
    if (bytes.length === 0) {
      parts.push('%');
      index = percent + 1;
    } else {
      parts.push(utf8.decode(Uint8Array.from(bytes)));
      index = cursor;
    }
  }
  return parts.join('');
}
