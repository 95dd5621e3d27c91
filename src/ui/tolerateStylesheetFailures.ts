/**
 * A view opens without its own stylesheet rather than not at all. Vite's
 * import helper loads a lazy view's stylesheet (decode.css, order.css …) with
 * its chunk and, when that stylesheet fails (a dropped connection, a 404),
 * rejects the import, so the view would show "could not be loaded" although
 * its code is here. Told so by its `vite:preloadError` event, it goes on with
 * the import instead: the view shows with the first load's styles
 * (src/ui/firstLoad.css), which the page has. A failed import of the code
 * itself still fails, and the app says so.
 *
 * The error is recognised by the helper's own message ("Unable to preload CSS
 * for …"); app.e2e.ts opens a view whose stylesheet fails, so a new wording
 * shows there.
 */
const STYLESHEET_FAILURE = /^Unable to preload CSS for /;

/** The `vite:preloadError` event: an Event with the error as its payload. */
interface PreloadErrorEvent extends Event {
  readonly payload?: unknown;
}

/** Whether a `vite:preloadError` event is for a stylesheet (not for the code). */
export function isStylesheetFailure(event: PreloadErrorEvent): boolean {
  return event.payload instanceof Error && STYLESHEET_FAILURE.test(event.payload.message);
}

/** Lets lazy views open when only their stylesheet failed; once, from startApp. */
export function tolerateStylesheetFailures(win: Window = window): void {
  win.addEventListener('vite:preloadError', (event: PreloadErrorEvent) => {
    if (isStylesheetFailure(event)) event.preventDefault();
  });
}
