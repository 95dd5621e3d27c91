/**
 * A small script that index.html runs before the app (src/main.tsx), as soon as
 * it has arrived, while the app's chunk is still on the line. It starts
 * reading config.json and, for a customer's first view that index.html cannot
 * name by itself (a reseller's ordering page, the order result page after
 * Sectigo's redirect), starts fetching that view's chunks and stylesheet,
 * which the built index.html lists in a <meta> (vite.config.ts). Otherwise the ordering page's
 * first step would wait for the app's chunk to arrive and run, a round trip
 * more on a phone network, or be fetched by every visitor, the general tool's
 * too. Measured with scripts/bench-first-view.mjs. The offline single file has
 * no boot script: it reads no config.json, and its one file holds every view.
 *
 * This imports neither Preact nor a view: its chunk is about 1 KiB, and the
 * app's chunk takes the config.json reader from it, so the file is read once
 * (and the app runs only after this has).
 */
import { hasConfigFile } from './ui/config/configFile';
import { EARLY_VIEW_FILES_META, earlyView, earlyViewFiles, type EarlyView } from './ui/earlyView';
import { RESULT_QUERY, parseHash } from './ui/route';

/**
 * `modulepreload` links for chunks, `preload` links for their stylesheets:
 * fetched now, run or applied when the app imports the chunks (Vite's import
 * helper then adds the stylesheet, in the same CORS mode, from the cache).
 */
function preload(files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement('link');
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.append(link);
  }
}

function start(): void {
  const files = earlyViewFiles(
    document.querySelector(`meta[name="${EARLY_VIEW_FILES_META}"]`)?.getAttribute('content'),
  );
  const filesOf = (view: EarlyView | null) => (view ? files[view] : []);
  const routeView = parseHash(window.location.hash).view;
  const openedWithResult = RESULT_QUERY.test(window.location.search);
  // The order result page needs no config.json to be chosen.
  const early = earlyView(routeView, null, openedWithResult);
  if (early) preload(filesOf(early));
  else
    void hasConfigFile().then(
      (present) => {
        preload(filesOf(earlyView(routeView, present, openedWithResult)));
      },
      () => undefined,
    );
}

// Only a head start: whatever goes wrong here, the app (which imports this
// chunk, and so runs only once it has run) loads its first view by itself.
try {
  start();
} catch {
  // nothing to undo
}
