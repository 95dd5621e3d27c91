/**
 * Caps on the work one call may do: every core function takes hostile input
 * of any size without hanging. Real responses are far below each of them.
 */

/** Characters decoded per response; the rest is ignored with a note. */
export const MAX_INPUT_CHARS = 8 * 1024 * 1024;

/** Name/value pairs (or JavaScript variables) read per response. */
export const MAX_FIELDS = 1000;

/** Lines of a newline-delimited response shown as fields (certificates are scanned beyond). */
export const MAX_LINE_FIELDS = 64;

/** PEM blocks read per response (the scanner lives with the other PEM code in pki/). */
export { MAX_PEM_BLOCKS } from '../encoding/extractPemBlocks';

/** Responses decoded by one batch call. */
export const MAX_BATCH_ENTRIES = 20_000;

/** Characters of an unevaluated JavaScript expression kept as its value. */
export const MAX_EXPRESSION_CHARS = 1000;

/** Error messages longer than this are not compared with the documented ones (the documents cap them at 255). */
export const MAX_MESSAGE_COMPARE_CHARS = 2000;
