/**
 * English ships with the code (its shared sections in the first load, a page's
 * own with that page); every other language is its own lazy chunk, fetched
 * only when a visitor gets that language (one file per language under
 * catalogues/, each typed as Messages, so a missing or extra key fails the
 * type check).
 */
import type { LanguageCode } from './languages';
import type { Messages } from './messages';
import { englishCore, type Catalogue } from './useMessages';

const LAZY = import.meta.glob<Messages>('./catalogues/*.ts', { import: 'default' });

/** The languages that have a catalogue (English plus every file under catalogues/). */
export const CATALOGUED: readonly string[] = [
  'en',
  ...Object.keys(LAZY).map((path) => path.replace(/^\.\/catalogues\/|\.ts$/g, '')),
];

/** A language's catalogue: English's shared sections, or every section of another language. */
export function loadCatalogue(code: Exclude<LanguageCode, 'en'>): Promise<Messages>;
export function loadCatalogue(code: LanguageCode): Promise<Catalogue>;
export async function loadCatalogue(code: LanguageCode): Promise<Catalogue> {
  if (code === 'en') return englishCore;
  const load = LAZY[`./catalogues/${code}.ts`];
  if (!load) throw new Error(`No catalogue for language ${code}`);
  return load();
}
