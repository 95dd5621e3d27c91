import { render } from 'preact';
import { App } from './ui/App';
import { LanguageRoot } from './ui/i18n/LanguageRoot';
import { VIEWS } from './ui/views';
import './ui/styles.css';

const root = document.getElementById('app');
if (root)
  render(
    <LanguageRoot>
      <App />
    </LanguageRoot>,
    root,
  );

// After first paint, fetch every view's code (the PKI libraries included) in the
// background, so the first key generation or inspection does not wait for it.
const prefetch = () => {
  for (const view of VIEWS) void view.load().catch(() => undefined);
};
if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
else setTimeout(prefetch, 500);
