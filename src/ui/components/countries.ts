/** Country choices: the ISO 3166 codes from the core, named by the browser (Intl.DisplayNames: no data shipped). */
import { ISO_3166_ALPHA2 } from '../../core/spec';

export function countryOptions(locale = 'en'): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = null;
  }
  return [...ISO_3166_ALPHA2]
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
