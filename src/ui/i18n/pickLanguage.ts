/**
 * Which language a visitor gets: an explicit choice (`?lang=` or the switcher)
 * when the page offers it, else the first of the browser's languages that it
 * offers, else the page's default. Pure, so every case is a table test.
 */
import { isLanguageCode, type LanguageCode } from './languages';

export interface LanguageChoice {
  /** The languages this page offers, in the reseller's order (never empty). */
  readonly offered: readonly LanguageCode[];
  /** The reseller's default (config `languageName`), or English for the general tool. */
  readonly fallback: LanguageCode;
  /** `?lang=` or the switcher's choice, as typed (untrusted). */
  readonly requested?: string | null | undefined;
  /** navigator.languages, most preferred first. */
  readonly browser: readonly string[];
}

/** The primary subtag in lower case: "de-DE" → "de", "zh-Hant-TW" → "zh". */
const primary = (tag: string): string => tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';

export function pickLanguage({
  offered,
  fallback,
  requested,
  browser,
}: LanguageChoice): LanguageCode {
  const isOffered = (code: string): code is LanguageCode =>
    isLanguageCode(code) && offered.includes(code);
  const asked = primary(requested ?? '');
  if (isOffered(asked)) return asked;
  for (const tag of browser) {
    const code = primary(tag);
    if (isOffered(code)) return code;
  }
  if (offered.includes(fallback)) return fallback;
  return offered[0] ?? fallback;
}
