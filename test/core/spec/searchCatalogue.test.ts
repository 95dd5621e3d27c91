import { describe, expect, it } from 'vitest';
import {
  parseCatalogueQuery,
  searchCatalogue,
  type CatalogueEntry,
} from '../../../src/core/spec/searchCatalogue';

const describeEntry = (entry: CatalogueEntry): string => {
  switch (entry.kind) {
    case 'param':
      return `param ${entry.endpoint}.${entry.param.name}`;
    case 'product':
      return `product ${entry.product.code}`;
    case 'error':
      return `error ${entry.endpoint} ${entry.error.code}`;
    case 'status':
      return `status ${entry.endpoint} ${entry.status.code}`;
    case 'unnumbered-error':
      return `unnumbered ${entry.endpoint}`;
    case 'push-status':
      return `push-status ${entry.status.status}`;
    case 'push-field':
      return `push-field ${entry.field.name}`;
  }
};

const search = (query: string) => searchCatalogue(query).map(describeEntry);

describe('searchCatalogue', () => {
  it.each([
    [
      '-16',
      [
        'error PlaceOrder -16',
        'error AutoApplyOrder -16',
        'error AutoReplaceSMIME -16',
        'error RequestAndCollectSMIME -16',
      ],
    ],
    ['what does -55 mean on AutoApplyOrder?', ['error AutoApplyOrder -55']],
    ['-20 !AutoReplaceSMIME', ['error AutoReplaceSMIME -20']],
    ['2411', ['product 2411']],
  ])('%j finds exactly %j', (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it('ranks the parameter named by the query first', () => {
    expect(search('dcvMethod')[0]).toBe('param AutoApplyOrder.dcvMethod');
    expect(search('csr')[0]).toMatch(/^param \w+\.csr$/);
  });

  it('finds a code typed without its sign', () => {
    expect(search('126 PlaceOrder')).toContain('error PlaceOrder -126');
  });

  it('finds products by trait, and push statuses by name', () => {
    const wildcards = search('wildcard');
    expect(wildcards).toEqual(expect.arrayContaining(['product 289', 'product 35', 'product 489']));
    expect(search('revoked push')).toContain('push-status revoked');
  });

  it('returns nothing for an empty query and for a word no document has', () => {
    expect(search('')).toEqual([]);
    expect(search('quantum-entanglement')).toEqual([]);
  });

  it('splits a question into endpoints, codes and words', () => {
    expect(parseCatalogueQuery('What does -55 mean on !AutoApplyOrder? uniqueValue')).toEqual({
      endpoints: ['AutoApplyOrder'],
      codes: [-55],
      words: ['uniquevalue'],
    });
  });

  it('stays quick and bounded on hostile input', () => {
    const huge = '-1 '.repeat(200_000) + 'a'.repeat(1_000_000);
    expect(() => searchCatalogue(huge)).not.toThrow();
  });
});
