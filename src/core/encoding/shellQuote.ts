/**
 * `text` as one single-quoted POSIX shell word: a single quote inside is
 * written `'\''` (close, escaped quote, reopen). Nothing is special inside
 * single quotes, not `$`, backticks, `\`, `!` or newlines. Used by the curl
 * commands (order/) and the openssl commands (pki/).
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
