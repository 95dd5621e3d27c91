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
void loadResellerConfig().then((state) => loadFirstView(state.status === 'ok'));

const root = document.getElementById('app');
if (root)
  render(
    <LanguageRoot>
      <App />
    </LanguageRoot>,
    root,
  );
