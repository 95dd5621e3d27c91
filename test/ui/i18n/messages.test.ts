/**
 * The message catalogue: a later language must have exactly the English
 * keys (checked by the compiler: `npm run typecheck` fails when a
 * @ts-expect-error below stops being an error), and values go through Intl.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { plural } from '../../../src/ui/i18n/format';
import type { Messages } from '../../../src/ui/i18n/messages';

describe('the English catalogue', () => {
  it('is a complete Messages catalogue, and others must match it key for key', () => {
    const complete: Messages = en;
    // @ts-expect-error a catalogue that misses a key fails the type check
    const missing: Messages = { ...en, collect: { ...en.collect, title: undefined } };
    const { result, ...withoutResult } = en;
    // @ts-expect-error a catalogue without a whole area fails too
    const missingArea: Messages = withoutResult;
    // @ts-expect-error a message that takes values cannot become plain text
    const wrongShape: Messages = { ...en, common: { ...en.common, tooLong: 'too long' } };
    const extra: Messages = {
      ...en,
      // @ts-expect-error a key English does not have fails as well
      shop: { ...en.shop, unknownKey: 'x' },
    };
    expect([complete, missing, missingArea, wrongShape, extra, result]).toHaveLength(6);
  });

  it('words plurals and numbers through Intl', () => {
    expect(en.shop.product.years(1)).toBe('1 year');
    expect(en.shop.product.years(2)).toBe('2 years');
    expect(en.shop.details.fixBelow(1)).toBe('One thing needs your attention below.');
    expect(en.shop.details.fixBelow(3)).toBe('3 things need your attention below.');
    expect(en.common.tooLong('Account name', 32767)).toBe(
      'Account name: use at most 32,767 characters.',
    );
    expect(plural(1, { one: '# file', other: '# files' })).toBe('1 file');
  });

  it('has no API parameter name in any customer-facing message', () => {
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function')
        texts.push((value as (a: string, b: number) => string)('X', 2));
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(en);
    for (const text of texts)
      expect(text).not.toMatch(
        /\b(?:loginName|loginPassword|emailAddress|errorCode|errorItem|orderNumber|queryType|1_PPP|x_\w+)\b/,
      );
  });
});
