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
  return [...ISO_3166_ALPHA2]
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
