/**
 * A small script that the built index.html and shop.html run inline, in
 * <head>, while the page is still being parsed and the app's chunk is on the
 * line. It starts reading config.json and, for a customer's first view that
 * the page cannot name by itself (a reseller's ordering page opened as
 * index.html, the order result page after Sectigo's redirect), starts
 * fetching that view's chunks and stylesheet as soon as it knows, which the
 * built page lists in a <meta> (vite.config.ts). Otherwise the ordering page's
 * first step would wait for the app's chunk to arrive and run, a round trip
 * more on a phone network, or be fetched by every visitor, the general tool's
 * too. Measured with scripts/bench-first-view.mjs. The offline single file has
 * no boot script: it reads no config.json, and its one file holds every view.
 *
 * Built on its own into one script (scripts/bootScript.ts), which the pages
 * run as an inline `async` module script, allowed by its hash in the
 * Content-Security-Policy; it imports neither Preact nor a view, so it stays
 * about 2 KB. Its read of config.json is handed to the app
 * (src/ui/config/configFile.ts), so the file is fetched once.
 */
// The module itself, not pki's light face (core/pki/request), whose tables would join this script.
import { hasWebCrypto } from './core/pki/webcrypto';
import { configFile } from './ui/config/configFile';
import { EARLY_VIEW_FILES_META, earlyView, earlyViewFiles, type EarlyView } from './ui/earlyView';
import { firstLoadStylesApplied } from './ui/inlineStylesheet';
import {
  PRERENDERED_PAGE_ID,
  drawsPrerenderedPage,
  revealPrerenderedPage,
} from './ui/prerenderedPage';
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

/**
 * Shows index.html's prerendered start page (src/ui/prerenderedPage.ts) where
 * the app would draw exactly that page, once the parser has passed its
 * <template> (usually long before config.json has answered). Not at
 * DOMContentLoaded, which waits for the app's script to run.
 */
function showPrerenderedPage(): void {
  if (
    !drawsPrerenderedPage(window.location) ||
    !hasWebCrypto() ||
    !firstLoadStylesApplied(document)
  )
    return;
  const parsed = () => {
    const template = document.getElementById(PRERENDERED_PAGE_ID);
    return (
      template !== null && (template.nextSibling !== null || document.readyState !== 'loading')
    );
  };
  if (parsed()) {
    revealPrerenderedPage(document);
    return;
  }
  // Parsed without it: a page that has none (shop.html), or the app has dropped it.
  if (document.readyState !== 'loading') return;
  const observer = new MutationObserver(() => {
    if (!parsed()) return;
    observer.disconnect();
    revealPrerenderedPage(document);
  });
  observer.observe(document, { childList: true, subtree: true });
  // Parsed: the template is there now or never (shop.html has none).
  document.addEventListener(
    'readystatechange',
    () => {
      observer.disconnect();
      if (parsed()) revealPrerenderedPage(document);
    },
    { once: true },
  );
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
    void configFile().then(
      (read) => {
        preload(filesOf(earlyView(routeView, 'text' in read, openedWithResult)));
        // No file: the general tool. A file that could not be read is the
        // general tool too, but under a notice that says so: not this page.
        if ('state' in read && read.state.status === 'none') showPrerenderedPage();
      },
      () => undefined,
    );
}

// Only a head start: whatever goes wrong here (or if a stale policy blocks this
// script), the app reads config.json and loads its first view by itself.
try {
  start();
} catch {
  // nothing to undo
}
