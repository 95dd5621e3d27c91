import { describe, expect, it } from 'vitest';
import { localText } from '../../../src/ui/config/localText';

describe('localText: the reseller’s text in the visitor’s language', () => {
  it.each([
    ['one text for every language', '€19 per year', 'de', 'en', '€19 per year'],
    [
      'the visitor’s language',
      { en: '€19 per year', de: '19 € pro Jahr' },
      'de',
      'en',
      '19 € pro Jahr',
    ],
    [
      'else the page’s default language',
      { en: '€19 per year', de: '19 € pro Jahr' },
      'fr',
      'en',
      '€19 per year',
    ],
    [
      'else the first given',
      { de: '19 € pro Jahr', fr: '19 € par an' },
      'ja',
      'en',
      '19 € pro Jahr',
    ],
    ['nothing configured', undefined, 'de', 'en', undefined],
  ] as const)('%s', (_, text, language, fallback, expected) => {
    expect(localText(text, language, fallback)).toBe(expected);
  });
});
