/**
 * The languages the customer pages speak: exactly the ones Sectigo sends its
 * S/MIME emails in (`languageName`, placeorder-smime.txt), so the page and the
 * emails can always match.
 */
// By name, not through `values`: the whole namespace would join the first load (issue 13).
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

/** A language's own name for itself ("Deutsch", "日本語"), from the browser (no data shipped). */
export function endonym(code: LanguageCode): string {
  const tag = languageTag(code);
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // Older engines without Intl.DisplayNames: fall back to the documented label.
  }
  return LANGUAGES.values.find((entry) => entry.value === code)?.label ?? code;
}
