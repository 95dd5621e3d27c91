/**
 * Splits a newline-delimited response into lines (LF or CRLF), each trimmed,
 * reading at most `maxLines` of them; the offset where the rest starts is
 * kept so that certificates beyond the cap are still found.
 */
export interface Line {
  readonly text: string;
  /** Offset of the line's first character in the input. */
  readonly start: number;
}

export interface ParsedLines {
  readonly lines: readonly Line[];
  /** True when the input had more lines than were read. */
  readonly truncated: boolean;
}

export function parseLines(text: string, maxLines: number): ParsedLines {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    if (lines.length >= maxLines) return { lines, truncated: true };
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ text: text.slice(start, end).trim(), start });
    start = end + 1;
  }
  return { lines, truncated: false };
}
