import { render } from 'preact';
import { App } from './ui/App';
import { LanguageRoot } from './ui/i18n/LanguageRoot';
import { loadResellerConfig } from './ui/config/useResellerConfig';
import { parseHash } from './ui/route';
import { RESULT_QUERY, loadView, pickView } from './ui/views';
import './ui/styles.css';

// Before the first render: read config.json (index.html preloads it, so it is
// usually here already) and start loading the first view's code, so neither
// waits for the other nor for a render pass. The App picks the same
// view by the same rule and finds its load under way.
const route = parseHash(window.location.hash);
const openedWithResult = RESULT_QUERY.test(window.location.search);
void loadResellerConfig().then((state) =>
  loadView(pickView(route.view, state.status === 'ok', openedWithResult)).catch(() => undefined),
);

const root = document.getElementById('app');
if (root)
  render(
    <LanguageRoot>
      <App />
    </LanguageRoot>,
    root,
  );
