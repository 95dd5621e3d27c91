/**
 * The languages the customer pages speak: exactly the ones Sectigo sends its
 * S/MIME emails in (`languageName`, placeorder-smime.txt), so the page and the
 * emails can always match.
 */
// By name, not through `values`: the whole namespace would join the first load.
import { LANGUAGES } from '../../core/spec';

export type LanguageCode = (typeof LANGUAGES.values)[number]['value'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.values.map((entry) => entry.value);

export const isLanguageCode = (code: string): code is LanguageCode =>
  (LANGUAGE_CODES as readonly string[]).includes(code);

/**
 * The BCP 47 tag for `lang`, Intl and fonts. Sectigo's `zh` is "Chinese-Mandarin";
 * its emails are in simplified script, so the page declares zh-Hans.
 */
export const languageTag = (code: LanguageCode): string => (code === 'zh' ? 'zh-Hans' : code);

/**
 * Each language's own name for itself, as CLDR gives it (Intl.DisplayNames in
 * that language, first letter upper-cased). Written out rather than asked of
 * the browser: making fourteen DisplayNames, one per language, loads fourteen
 * locales' data and cost the first view about 90 ms of main thread (a CPU
 * profile). pickLanguage.test.ts compares the table with Intl.
 */
const ENDONYMS: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  zh: '简体中文',
  da: 'Dansk',
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  pt: 'Português',
  ru: 'Русский',
  es: 'Español',
  sv: 'Svenska',
  tr: 'Türkçe',
};

/** A language's own name for itself ("Deutsch", "日本語"). */
export const endonym = (code: LanguageCode): string => ENDONYMS[code];
