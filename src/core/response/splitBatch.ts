/**
 * Splits pasted text into responses for batch mode: separated by blank lines
 * when there are any (so a multi-line newline-delimited response stays whole),
 * otherwise one response per line.
 */
import { MAX_BATCH_ENTRIES } from './limits';

export function splitBatch(text: string, maxEntries: number = MAX_BATCH_ENTRIES): string[] {
  const lines = (typeof text === 'string' ? text : '').split(/\r\n|\r|\n/);
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && (lines[first] ?? '').trim() === '') first++;
  while (last >= first && (lines[last] ?? '').trim() === '') last--;
  const body = lines.slice(first, last + 1);
  const byBlocks = body.some((line) => line.trim() === '');

  const entries: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0 && entries.length < maxEntries) entries.push(block.join('\n').trim());
    block = [];
  };
  for (const line of body) {
    if (entries.length >= maxEntries) break;
    if (line.trim() === '') flush();
    else if (byBlocks) block.push(line);
    else {
      block.push(line);
      flush();
    }
  }
  flush();
  return entries;
}
