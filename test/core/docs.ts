/** The five API documents (copied verbatim from shared/api-docs into test/fixtures). */
import { readFileSync } from 'node:fs';
import type { SourceDoc } from '../../src/core/spec/types';

const cache = new Map<SourceDoc, string>();

export function docText(doc: SourceDoc): string {
  let text = cache.get(doc);
  if (text === undefined) {
    text = readFileSync(new URL(`../fixtures/api-docs/${doc}`, import.meta.url), 'utf8');
    cache.set(doc, text);
  }
  return text;
}

export const ALL_DOCS: readonly SourceDoc[] = [
  'placeorder-smime.txt',
  'autoapplyorder-ssl.txt',
  'autoapplyorder-guide-v2.txt',
  'autoreplacesmime.txt',
  'requestandcollectsmime.txt',
  'README.md',
];
