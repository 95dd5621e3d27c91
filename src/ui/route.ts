/**
 * Hash routing: `#/reference?q=-16`. The hash never reaches a server, so a view
 * and its query can be linked to without anything leaving the page.
 */
export interface Route {
  readonly view: string;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const queryAt = body.indexOf('?');
  const view = (queryAt === -1 ? body : body.slice(0, queryAt)).replace(/\/+$/, '');
  const params = new URLSearchParams(queryAt === -1 ? '' : body.slice(queryAt + 1));
  return { view, params };
}

export function formatHash(view: string, params?: Record<string, string>): string {
  const query = new URLSearchParams(
    Object.entries(params ?? {}).filter(([, value]) => value !== ''),
  ).toString();
  return `#/${view}${query ? `?${query}` : ''}`;
}

/** Updates the query of the current view without adding a history entry per keystroke. */
export function replaceRouteParams(view: string, params: Record<string, string>): void {
  const next = formatHash(view, params);
  if (window.location.hash !== next) {
    window.history.replaceState(window.history.state, '', next);
  }
}

/**
 * Sectigo sends the customer back to successURL/errorURL with the result in the
 * query string (placeorder-smime.txt, "Specified successURL or errorURL").
 */
export const RESULT_QUERY = /[?&](?:errorCode|orderNumber)=/i;
