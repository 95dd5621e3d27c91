/** Batch mode: splitting pasted text into responses, and decoding them all. */
import { describe, expect, it } from 'vitest';
import { decodeBatch, splitBatch } from '../../../src/core/response';
import { END_ENTITY_PEM } from './fixtures';

describe('splitBatch', () => {
  it.each([
    {
      name: 'one response per line',
      text: 'orderNumber=1\nerrorCode=-3&errorItem=loginName\r\nerrorCode=0',
      entries: ['orderNumber=1', 'errorCode=-3&errorItem=loginName', 'errorCode=0'],
    },
    {
      name: 'blocks separated by blank lines keep multi-line responses whole',
      text: '0\n123456789\n35.00\n1\n\n-20\nThe CSR has been rejected!\n\n\norderNumber=1',
      entries: ['0\n123456789\n35.00\n1', '-20\nThe CSR has been rejected!', 'orderNumber=1'],
    },
    {
      name: 'a blank line holding only white space separates too; CRLF becomes LF',
      text: '0\r\n1234568\r\n \t \r\n-16\r\nIncorrect login details',
      entries: ['0\n1234568', '-16\nIncorrect login details'],
    },
    {
      name: 'surrounding blank lines are not entries',
      text: '\n\n  orderNumber=1  \n\n',
      entries: ['orderNumber=1'],
    },
    {
      name: 'a certificate chain stays in its block',
      text: `2\n${END_ENTITY_PEM}\nerrorCode=0`,
      entries: [`2\n${END_ENTITY_PEM.trim()}`, 'errorCode=0'],
    },
    { name: 'empty', text: '', entries: [] },
    { name: 'white space only', text: ' \n \r\n ', entries: [] },
  ])('$name', ({ text, entries }) => {
    expect(splitBatch(text)).toEqual(entries);
  });

  it('stops at the cap', () => {
    expect(splitBatch('a=1\n'.repeat(50), 7)).toHaveLength(7);
  });
});

describe('decodeBatch', () => {
  it('decodes each entry on its own, in order', () => {
    const { entries, truncated } = decodeBatch(
      '0\n123456789\n35.00\n1\n\n-20\nThe CSR has been rejected!\n\norderNumber=8151164',
    );
    expect(truncated).toBe(false);
    expect(entries.map((entry) => [entry.response.endpoint, entry.response.status])).toEqual([
      ['AutoApplyOrder', 0],
      ['RequestAndCollectSMIME', -20],
      ['PlaceOrder', 0],
    ]);
    expect(entries[1]?.text).toBe('-20\nThe CSR has been rejected!');
  });

  it('applies the context to every entry', () => {
    const { entries } = decodeBatch('errorCode=-2\nerrorCode=-17', {
      endpoint: 'AutoReplaceSMIME',
    });
    expect(entries.map((entry) => entry.response.error?.message)).toEqual([
      'Unrecognized argument!',
      'Request used GET rather than POST!',
    ]);
  });
});
