/**
 * The language of the customer pages: picked once from `?lang=`, the browser
 * and the reseller's config (pickLanguage), changed by the switcher, and
 * applied to the document (`lang`) and to every useMessages() below. The
 * catalogue of a language other than English loads on demand; until it has
 * arrived the page stays in the language it shows, so text and `lang` agree.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { formatsFor, type Formats } from './formatsFor';
import { languageTag, type LanguageCode } from './languages';
import { loadCatalogue } from './loadCatalogue';
import { applyOverrides } from './overrides';
import { pickLanguage } from './pickLanguage';
import { requestedLanguage } from './requestedLanguage';
import { englishCore, MessagesProvider, type Catalogue, type ShownMessages } from './useMessages';

export interface LanguageState {
  /** The language the page shows now. */
  readonly code: LanguageCode;
  /** Its BCP 47 tag, for Intl and `lang`. */
  readonly tag: string;
  readonly formats: Formats;
  /** What the switcher offers (one entry: no switcher). */
  readonly offered: readonly LanguageCode[];
  /** The page's default language (the reseller's `languageName`, else English). */
  readonly fallback: LanguageCode;
  readonly choose: (code: LanguageCode) => void;
}

const LanguageContext = createContext<LanguageState>({
  code: 'en',
  tag: 'en',
  formats: formatsFor('en'),
  offered: ['en'],
  fallback: 'en',
  choose: () => undefined,
});

export const useLanguage = (): LanguageState => useContext(LanguageContext);

export interface LanguageSettings {
  readonly offered: readonly LanguageCode[];
  readonly fallback: LanguageCode;
  /** Whether the browser's languages count (the branded page) or only an explicit choice (the general tool). */
  readonly followBrowser: boolean;
  /** Reseller rewordings per language (config.json `messages`). */
  readonly overrides?: Partial<Record<LanguageCode, Readonly<Record<string, string>>>> | undefined;
}

export function LanguageProvider({
  settings,
  children,
}: {
  readonly settings: LanguageSettings;
  readonly children: ComponentChildren;
}) {
  const [chosen, setChosen] = useState<string | null>(() => requestedLanguage(window.location));
  const wanted = pickLanguage({
    offered: settings.offered,
    fallback: settings.fallback,
    requested: chosen,
    browser: settings.followBrowser ? [...navigator.languages] : [],
  });
  const [shown, setShown] = useState<{ code: LanguageCode; messages: Catalogue }>({
    code: 'en',
    messages: englishCore,
  });

  useEffect(() => {
    if (wanted === shown.code) return;
    let live = true;
    loadCatalogue(wanted)
      .then((messages) => {
        if (live) setShown({ code: wanted, messages });
      })
      .catch(() => {
        // The chunk could not be fetched (offline, a redeploy): keep the language shown.
      });
    return () => {
      live = false;
    };
  }, [wanted, shown.code]);

  const tag = languageTag(shown.code);
  useEffect(() => {
    document.documentElement.lang = tag;
  }, [tag]);

  const messages = useMemo<ShownMessages>(() => {
    const overrides = settings.overrides?.[shown.code];
    return { messages: applyOverrides(shown.messages, overrides), overrides };
  }, [shown, settings.overrides]);
  const state = useMemo<LanguageState>(
    () => ({
      code: shown.code,
      tag,
      formats: formatsFor(tag),
      offered: settings.offered,
      fallback: settings.fallback,
      choose: setChosen,
    }),
    [shown.code, tag, settings.offered, settings.fallback],
  );
  return (
    <LanguageContext.Provider value={state}>
      <MessagesProvider value={messages}>{children}</MessagesProvider>
    </LanguageContext.Provider>
  );
}
