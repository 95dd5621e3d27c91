/**
 * The words of the customer-facing pages. Every page shows the frame's and the
 * shared words (`app`, `common`), so those are in the first load; the English
 * words of one page travel with that page's code: a component passes the
 * sections it reads, imported from en/, to useMessages(). In another language
 * the loaded catalogue has every section and those win.
 */
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { app } from './en/app';
import { common } from './en/common';
import type { Messages } from './messages';
import { applyOverrides, type Overrides } from './overrides';

/** The sections every page reads. */
export const englishCore = { app, common };
export type CoreSections = typeof englishCore;
/** The sections a page brings itself in English (`{ shop }`, `{ collect, params }`). */
export type PageSection = Exclude<keyof Messages, keyof CoreSections>;
/** What a language has loaded: English its core sections, every other language all of them. */
export type Catalogue = CoreSections & Partial<Messages>;

export interface ShownMessages {
  /** The catalogue of the language shown, with the reseller's wording applied. */
  readonly messages: Catalogue;
  /** The reseller's wording for that language, for the English sections a page brings. */
  readonly overrides: Overrides | undefined;
}

const MessagesContext = createContext<ShownMessages>({
  messages: englishCore,
  overrides: undefined,
});
export const MessagesProvider = MessagesContext.Provider;

export function useMessages(): CoreSections;
export function useMessages<K extends PageSection>(
  english: Pick<Messages, K>,
): CoreSections & Pick<Messages, K>;
export function useMessages(english?: Partial<Messages>): Catalogue {
  const { messages, overrides } = useContext(MessagesContext);
  // `english` holds module constants, the same objects on every render of a call site.
  return useMemo(
    () => (english ? { ...applyOverrides(english, overrides), ...messages } : messages),
    [messages, overrides],
  );
}
