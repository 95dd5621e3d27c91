/**
 * The reseller's own text in the visitor's language: config.json's `notice`
 * and `prices` take one text for every language or one per language code.
 */
import { useLanguage } from '../i18n/LanguageProvider';

export type LocalText = string | Readonly<Partial<Record<string, string>>>;

/** The text for `language`, else for the page's default language, else the first given. */
export function localText(
  text: LocalText | undefined,
  language: string,
  fallback: string,
): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[language] ?? text[fallback] ?? Object.values(text)[0];
}

/** localText for the language the page shows now. */
export function useLocalText(): (text: LocalText | undefined) => string | undefined {
  const { code, fallback } = useLanguage();
  return (text) => localText(text, code, fallback);
}
