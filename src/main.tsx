import { render } from 'preact';
import { App } from './ui/App';
import { LanguageRoot } from './ui/i18n/LanguageRoot';
import { hasConfigFile, loadResellerConfig } from './ui/config/useResellerConfig';
import { parseHash } from './ui/route';
import { RESULT_QUERY, loadView, pickView } from './ui/views';
import './ui/styles.css';

// Before the first render: read config.json (index.html preloads it, so it is
// usually here already) and start loading the first view's code, so neither
// waits for the other nor for a render pass. The App picks the same
// view by the same rule and finds its load under way.
const route = parseHash(window.location.hash);
const openedWithResult = RESULT_QUERY.test(window.location.search);
const loadFirstView = (hasConfig: boolean) =>
  loadView(pickView(route.view, hasConfig, openedWithResult)).catch(() => undefined);
// A config.json is there: its view's code loads beside the schema that checks
// the file, rather than after it (an invalid file then wasted that fetch).
void hasConfigFile().then((present) => (present ? loadFirstView(true) : undefined));
const firstView = loadResellerConfig().then((state) => loadFirstView(state.status === 'ok'));

// The first render is the page itself, not a "Loading…" line that a second
// render and layout then replace (measured: some 60 ms before first paint on
// this project's phone profile, scripts/bench-first-view.mjs). config.json and
// the first view's chunks were fetched beside this one, so the wait is usually
// a few tasks; a slow host holds the page back by no more than FIRST_RENDER_WAIT.
const FIRST_RENDER_WAIT = 100;
// A promise, not a top-level await: that would make the bundler wrap every lazy
// view in a re-export chunk of its own, one request more each.
void Promise.race([firstView, new Promise((done) => setTimeout(done, FIRST_RENDER_WAIT))]).then(
  () => {
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
  },
);
