import { describe, expect, it } from 'vitest';
import { formatsFor, isPlainDigits } from '../../../src/ui/i18n/formatsFor';
import { LANGUAGE_CODES, languageTag } from '../../../src/ui/i18n/languages';

describe('formatsFor', () => {
  const forms = { one: '# Jahr', other: '# Jahre' };
  it.each([
    ['de', 1, '1 Jahr'],
    ['de', 2, '2 Jahre'],
    ['de', 1200, '1.200 Jahre'],
  ])('%s plural of %d', (tag, count, expected) => {
    expect(formatsFor(tag).plural(count, forms)).toBe(expected);
  });

  it('uses the language’s own plural categories (Russian has few and many)', () => {
    const ru = formatsFor('ru');
    const years = { one: '# год', few: '# года', many: '# лет', other: '# года' };
    expect([1, 2, 5, 21].map((n) => ru.plural(n, years))).toEqual([
      '1 год',
      '2 года',
      '5 лет',
      '21 год',
    ]);
  });

  it('falls back to other where a language has no such form (Japanese)', () => {
    expect(formatsFor('ja').plural(1, { one: 'x', other: '#年' })).toBe('1年');
  });

  it.each([
    ['en', 'December 2, 2026'],
    ['de', '2. Dezember 2026'],
    ['ja', '2026年12月2日'],
  ])('writes dates in %s order', (tag, expected) => {
    const text = formatsFor(tag).formatDate(new Date(Date.UTC(2026, 11, 2, 23, 30)));
    expect(text.replace(/\s/g, ' ')).toBe(expected);
  });

  it.each([
    ['en', 12.345, 1, '12.3 sec'],
    ['de', 12.345, 1, '12,3 Sek.'],
    ['ja', 0.5, 2, '0.50 秒'],
  ])('writes seconds in %s with its unit and decimal sign', (tag, seconds, decimals, expected) => {
    expect(formatsFor(tag).formatSeconds(seconds, decimals).replace(/\s/g, ' ')).toBe(expected);
  });

  it('keeps each number of decimals apart when one formatter serves several', () => {
    const { formatSeconds } = formatsFor('en');
    expect([
      formatSeconds(1.25, 1),
      formatSeconds(1.25, 2),
      formatSeconds(3, 0),
      formatSeconds(1.25, 1),
    ]).toEqual(['1.3 sec', '1.25 sec', '3 sec', '1.3 sec']);
  });

  // formatNumber writes 0–999 itself, without Intl: that holds only while every
  // offered language writes them as Intl does.
  it.each(LANGUAGE_CODES.map((code) => [languageTag(code)]))(
    'writes 0 to 999 as %s’s Intl.NumberFormat does',
    (tag) => {
      const intl = new Intl.NumberFormat(tag);
      const { formatNumber } = formatsFor(tag);
      const differ = Array.from({ length: 1000 }, (_, n) => n).filter(
        (n) => formatNumber(n) !== intl.format(n),
      );
      expect(differ).toEqual([]);
    },
  );

  it.each([
    ['a negative number', -5],
    ['negative zero', -0],
    ['a fraction', 2.5],
    ['a thousand', 1000],
    ['not a number', Number.NaN],
  ])('leaves %s to Intl', (_, value) => {
    expect(isPlainDigits(value)).toBe(false);
    expect(formatsFor('sv').formatNumber(value)).toBe(new Intl.NumberFormat('sv').format(value));
  });
});
