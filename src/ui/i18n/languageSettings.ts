/**
 * What the page offers: a reseller's page offers the languages its config.json
 * lists (all fourteen by default) and follows the visitor's browser; the
 * general tool keeps English unless the visitor picks another language.
 */
import type { ResellerConfig } from '../../core/config';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from './languages';
import type { LanguageSettings } from './LanguageProvider';

const codes = (list: readonly string[] | undefined): LanguageCode[] =>
  (list ?? []).filter(isLanguageCode);

export function languageSettings(config: ResellerConfig | undefined): LanguageSettings {
  if (!config) return { offered: LANGUAGE_CODES, fallback: 'en', followBrowser: false };
  const listed = codes(config.languages);
  const offered = listed.length > 0 ? listed : LANGUAGE_CODES;
  const fallback =
    config.languageName !== undefined && isLanguageCode(config.languageName)
      ? config.languageName
      : (offered[0] ?? 'en');
  return {
    offered,
    fallback: offered.includes(fallback) ? fallback : (offered[0] ?? 'en'),
    followBrowser: true,
    overrides: config.messages,
  };
}
