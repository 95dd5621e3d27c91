/**
 * What src/boot.ts fetches before the app's chunk has arrived: the code of a
 * customer's first view that index.html cannot name by itself. The start page
 * comes with the app's chunk, and the expert views, opened by a link, load
 * when the app has run; the ordering page depends on config.json, the order
 * result page on Sectigo's redirect (the query string). The app's own choice
 * is pickView (src/ui/views); earlyView.test.ts checks that the two agree.
 *
 * No Preact and no view here: this is part of the boot script, which the
 * built pages carry inline (scripts/bootScript.ts).
 */

/** The views whose files the built index.html lists for the boot script. */
export const EARLY_VIEWS = ['shop', 'result'] as const;
export type EarlyView = (typeof EARLY_VIEWS)[number];

/** The name of index.html's `<meta>` that lists each early view's files (vite.config.ts writes it). */
export const EARLY_VIEW_FILES_META = 'order-desk-early-view-files';

/**
 * The early view a visit opens, or null: `routeView` is the view the hash
 * names (empty for none), `hasConfig` whether config.json has content (null
 * while it has not been read), `openedWithResult` whether Sectigo's redirect
 * brought the visitor.
 */
export function earlyView(
  routeView: string,
  hasConfig: boolean | null,
  openedWithResult: boolean,
): EarlyView | null {
  if (routeView === 'result' || (routeView === '' && openedWithResult)) return 'result';
  if (hasConfig && (routeView === '' || routeView === 'shop')) return 'shop';
  return null;
}

/**
 * The meta's content: a JSON object of early view → its files, each
 * `./assets/….js` (a chunk) or `./assets/….css` (a chunk's stylesheet).
 * Anything else in it is left out: the boot script only ever preloads the
 * page's own files.
 */
export function earlyViewFiles(content: string | null | undefined): Record<EarlyView, string[]> {
  const files: Record<EarlyView, string[]> = { shop: [], result: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content ?? '');
  } catch {
    return files;
  }
  if (typeof parsed !== 'object' || parsed === null) return files;
  for (const view of EARLY_VIEWS) {
    const listed: unknown = (parsed as Record<string, unknown>)[view];
    if (Array.isArray(listed))
      files[view] = listed.filter(
        (file): file is string =>
          typeof file === 'string' && /^\.\/assets\/[\w.-]+\.(?:js|css)$/.test(file),
      );
  }
  return files;
}
