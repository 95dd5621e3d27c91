import { describe, expect, it } from 'vitest';
import { pickLanguage, type LanguageChoice } from '../../../src/ui/i18n/pickLanguage';
import { endonym, LANGUAGE_CODES, languageTag } from '../../../src/ui/i18n/languages';

const ALL = LANGUAGE_CODES;

describe('pickLanguage', () => {
  const cases: [string, LanguageChoice, string][] = [
    [
      'browser language when offered',
      { offered: ALL, fallback: 'en', browser: ['de-DE', 'en'] },
      'de',
    ],
    [
      'region and script subtags are ignored',
      { offered: ALL, fallback: 'en', browser: ['zh-Hant-TW'] },
      'zh',
    ],
    ['case of the tag does not matter', { offered: ALL, fallback: 'en', browser: ['JA-jp'] }, 'ja'],
    [
      'first offered among the browser list',
      { offered: ['en', 'fr'], fallback: 'en', browser: ['de', 'fr-CA', 'en'] },
      'fr',
    ],
    [
      '?lang= wins over the browser',
      { offered: ALL, fallback: 'en', requested: 'es', browser: ['de'] },
      'es',
    ],
    [
      '?lang= not offered is ignored',
      { offered: ['en', 'de'], fallback: 'en', requested: 'ko', browser: ['de'] },
      'de',
    ],
    [
      'hostile ?lang= is ignored',
      { offered: ALL, fallback: 'en', requested: '<script>', browser: [] },
      'en',
    ],
    [
      'unknown browser languages fall back to the default',
      { offered: ALL, fallback: 'nl', browser: ['xx', 'pl'] },
      'nl',
    ],
    [
      'a default the page does not offer gives the first offered',
      { offered: ['sv', 'da'], fallback: 'en', browser: [] },
      'sv',
    ],
    ['no browser languages at all', { offered: ALL, fallback: 'en', browser: [] }, 'en'],
  ];
  it.each(cases)('%s', (_name, choice, expected) => {
    expect(pickLanguage(choice)).toBe(expected);
  });
});

describe('languages', () => {
  it('offers exactly the fourteen languages Sectigo emails in', () => {
    expect(ALL).toEqual([
      'en',
      'zh',
      'da',
      'nl',
      'fr',
      'de',
      'it',
      'ja',
      'ko',
      'pt',
      'ru',
      'es',
      'sv',
      'tr',
    ]);
  });
  it('names each language in itself', () => {
    expect(endonym('de')).toBe('Deutsch');
    expect(endonym('ja')).toBe('日本語');
    expect(endonym('fr')).toBe('Français');
  });
  it.each(LANGUAGE_CODES.map((code) => [code]))(
    'names %s as the runtime’s CLDR data does (Intl.DisplayNames in that language)',
    (code) => {
      const tag = languageTag(code);
      const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? '';
      expect(endonym(code)).toBe(name.charAt(0).toLocaleUpperCase(tag) + name.slice(1));
    },
  );
  it('declares Mandarin in simplified script', () => {
    expect(languageTag('zh')).toBe('zh-Hans');
    expect(languageTag('pt')).toBe('pt');
  });
});
