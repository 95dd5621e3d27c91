/**
 * The language a link asks for: `?lang=` in the page's query, or in the
 * route's query inside the fragment (`#/generate?lang=de`), as typed
 * (untrusted: pickLanguage decides what it gets). Read by the app
 * (LanguageProvider) and by the boot script (src/ui/prerenderedPage.ts).
 */
export function requestedLanguage(address: {
  readonly search: string;
  readonly hash: string;
}): string | null {
  const fromSearch = new URLSearchParams(address.search).get('lang');
  if (fromSearch) return fromSearch;
  const at = address.hash.indexOf('?');
  return at < 0 ? null : new URLSearchParams(address.hash.slice(at + 1)).get('lang');
}
