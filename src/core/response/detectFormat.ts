/**
 * The format of a response text, as decodeResponse reads it ('push' needs the
 * field names, so the text is decoded; use decodeResponse directly when the
 * fields are wanted too).
 */
import { decodeResponse } from './decodeResponse';
import type { DecodeContext, ResponseFormat } from './types';

export function detectFormat(text: string, context?: DecodeContext): ResponseFormat {
  return decodeResponse(text, context).format;
}
