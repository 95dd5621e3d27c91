/** Country choices: the ISO 3166 codes from the core, named by the browser (Intl.DisplayNames: no data shipped). */
import { ISO_3166_ALPHA2 } from '../../core/spec';

const cache = new Map<string, readonly { code: string; name: string }[]>();

/** The countries named and sorted in `locale` (computed once per language). */
export function countryOptions(locale = 'en'): readonly { code: string; name: string }[] {
  const known = cache.get(locale);
  if (known) return known;
  const options = namedCountries(locale);
  cache.set(locale, options);
  return options;
}

function namedCountries(locale: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = null;
  }
  // One collator for the whole sort: localeCompare with a locale makes one per
  // comparison, which cost the start page about 100 ms before its first paint
  // (measured in a CPU profile).
  const collator = new Intl.Collator(locale);
  return [...ISO_3166_ALPHA2]
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
