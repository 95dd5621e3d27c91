/**
 * Mounts the app into index.html's #app, once config.json is checked and the
 * first view's code is here. src/boot.ts, a small script index.html runs
 * first, has usually started reading the one and fetching the other.
 */
import { render } from 'preact';
import { App } from './ui/App';
import { LanguageRoot } from './ui/i18n/LanguageRoot';
import { loadResellerConfig } from './ui/config/useResellerConfig';
import { RESULT_QUERY, parseHash } from './ui/route';
import { loadView, pickView } from './ui/views';
import './ui/styles.css';

const route = parseHash(window.location.hash);
const openedWithResult = RESULT_QUERY.test(window.location.search);
// The view the checked config.json decides (an invalid file means the general
// tool's); its chunks are usually on the way already (src/boot.ts).
const firstView = loadResellerConfig().then((state) =>
  loadView(pickView(route.view, state.status === 'ok', openedWithResult)).catch(() => undefined),
);

// The first render is the page itself, not a "Loading…" line that a second
// render and layout then replace (measured: some 60 ms before first paint on
// this project's phone profile, scripts/bench-first-view.mjs). config.json and
// the first view's chunks were fetched beside this one, so the wait is usually
// a few tasks, or a round trip for a reseller's first step (src/boot.ts asks
// for it once it has seen config.json). Until then index.html's frame shows,
// with its spinner; a host that never answers holds the page back by no more
// than FIRST_RENDER_WAIT. 100 ms was too short on the phone profile: the app
// drew "Loading…" and laid it out (some 50 ms of main thread) just before the
// first step arrived.
const FIRST_RENDER_WAIT = 1000;
const mount = () => {
  const root = document.getElementById('app');
  // index.html's painted frame goes; the app draws its own.
  root?.replaceChildren();
  if (root)
    render(
      <LanguageRoot>
        <App />
      </LanguageRoot>,
      root,
    );
};
// Mounted whatever happened: the app shows a failed load or a bad config.json itself.
// A promise, not a top-level await: that would make the bundler wrap every lazy
// view in a re-export chunk of its own, one request more each.
void Promise.race([firstView, new Promise((done) => setTimeout(done, FIRST_RENDER_WAIT))]).then(
  mount,
  mount,
);
