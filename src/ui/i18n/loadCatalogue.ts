/**
 * English ships in the first load; every other language is its own lazy chunk,
 * fetched only when a visitor gets that language (one file per language under
 * catalogues/, each typed as Messages, so a missing or extra key fails the
 * type check).
 */
import { en } from './en';
import type { LanguageCode } from './languages';
import type { Messages } from './messages';

const LAZY = import.meta.glob<Messages>('./catalogues/*.ts', { import: 'default' });

/** The languages that have a catalogue (English plus every file under catalogues/). */
export const CATALOGUED: readonly string[] = [
  'en',
  ...Object.keys(LAZY).map((path) => path.replace(/^\.\/catalogues\/|\.ts$/g, '')),
];

export async function loadCatalogue(code: LanguageCode): Promise<Messages> {
  if (code === 'en') return en;
  const load = LAZY[`./catalogues/${code}.ts`];
  if (!load) throw new Error(`No catalogue for language ${code}`);
  return load();
}
