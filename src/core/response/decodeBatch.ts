/** Decodes many responses at once (batch mode): see splitBatch for how they are separated. */
import { decodeResponse } from './decodeResponse';
import { MAX_BATCH_ENTRIES } from './limits';
import { splitBatch } from './splitBatch';
import type { BatchResult, DecodeContext } from './types';

export function decodeBatch(text: string, context?: DecodeContext): BatchResult {
  // One more than the cap tells whether anything was left out.
  const texts = splitBatch(text, MAX_BATCH_ENTRIES + 1);
  const truncated = texts.length > MAX_BATCH_ENTRIES;
  const entries = texts
    .slice(0, MAX_BATCH_ENTRIES)
    .map((entry) => ({ text: entry, response: decodeResponse(entry, context) }));
  return { entries, truncated };
}
