/**
 * Mounts the app into the page's #app, once config.json is checked and the
 * first view's code is here. The entry scripts (src/main.tsx for index.html,
 * src/shop.tsx for shop.html, each a build of its own) call it; src/boot.ts, a
 * small script both pages run first, has usually started reading the one and
 * fetching the other.
 */
// First, so that the offline single file, one stylesheet, has the views' own
// styles after these, as the built pages do (vite.config.ts, viewStylesheetsLast).
import './firstLoad.css';
import { hydrate, render } from 'preact';
import { hasWebCrypto } from '../core/pki/request';
import { App } from './App';
import { LanguageRoot } from './i18n/LanguageRoot';
import type { ConfigState } from './config/configFile';
import { loadResellerConfig } from './config/useResellerConfig';
import { firstLoadStylesApplied, linkBlockedStylesheet } from './inlineStylesheet';
import {
  PRERENDERED_ATTRIBUTE,
  drawsPrerenderedPage,
  dropPrerenderedPage,
  noteEdits,
  revealPrerenderedPage,
  sendHeldSubmit,
} from './prerenderedPage';
import { RESULT_QUERY, parseHash } from './route';
import { loadView, pickView } from './views';
import { stylesheetsSettled } from './stylesheetsSettled';
import { tolerateStylesheetFailures } from './tolerateStylesheetFailures';

/**
 * The first render is the page itself, not a "Loading…" line that a second
 * render and layout then replace (measured: some 60 ms before first paint on
 * this project's phone profile, scripts/bench-first-view.mjs). config.json and
 * the first view's chunks were fetched beside the app's, so the wait is usually
 * a few tasks, or a round trip for a reseller's first step on index.html
 * (src/boot.ts asks for it once it has seen config.json). Until then the
 * page's frame shows, with its spinner; a host that never answers holds the
 * page back by no more than this. 100 ms was too short on the phone profile:
 * the app drew "Loading…" and laid it out (some 50 ms of main thread) just
 * before the first step arrived.
 */
const FIRST_RENDER_WAIT = 1000;
/**
 * How long the app waits for a stylesheet still on its way (stylesheetsSettled):
 * on a slow line it usually comes before the app's chunk, which is five times
 * its size; a host that never answers holds the page back by no more than this.
 */
const STYLESHEET_WAIT = 5000;

/**
 * Draws the app into #app: by hydrating index.html's prerendered start page
 * where the app's first render is that page (src/ui/prerenderedPage.ts; the
 * boot script has usually shown it already), else afresh in place of the
 * page's frame. `config` is config.json's state, unknown when the wait ran out.
 */
function mount(config: ConfigState | undefined): void {
  const root = document.getElementById('app');
  if (!root) return;
  const page = (
    <LanguageRoot>
      <App />
    </LanguageRoot>
  );
  if (
    config?.status === 'none' &&
    drawsPrerenderedPage(window.location) &&
    hasWebCrypto() &&
    firstLoadStylesApplied(document) &&
    revealPrerenderedPage(document)
  ) {
    const tellEdits = noteEdits(root);
    hydrate(page, root);
    tellEdits();
    root.removeAttribute('aria-busy');
    // After the render those edits cause, so that the form's handler sees them.
    setTimeout(() => {
      sendHeldSubmit(root);
    });
  } else {
    dropPrerenderedPage(document);
    root.removeAttribute(PRERENDERED_ATTRIBUTE);
    root.replaceChildren();
    render(page, root);
  }
  root.removeAttribute('aria-busy');
}

/** Starts the app: once, from the page's entry script. */
export function startApp(): void {
  tolerateStylesheetFailures();
  linkBlockedStylesheet(document);
  const route = parseHash(window.location.hash);
  const openedWithResult = RESULT_QUERY.test(window.location.search);
  let config: ConfigState | undefined;
  // The view the checked config.json decides (an invalid file means the general
  // tool's); its chunks are usually on the way already (src/boot.ts).
  const firstView = loadResellerConfig().then((state) => {
    config = state;
    return loadView(pickView(route.view, state.status === 'ok', openedWithResult)).catch(
      () => undefined,
    );
  });
  // Mounted whatever happened: the app shows a failed load or a bad config.json
  // itself. Never before the stylesheet, as Chromium and Firefox would have it.
  const viewOrTimeout = Promise.race([
    firstView,
    new Promise((done) => setTimeout(done, FIRST_RENDER_WAIT)),
  ]);
  const draw = () => {
    mount(config);
  };
  void Promise.all([viewOrTimeout, stylesheetsSettled(STYLESHEET_WAIT)]).then(draw, draw);
}
