import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasWebCrypto } from '../core/pki/request';
import { RESULT_QUERY } from './route';
import { useRoute } from './useRoute';
import { hasUnsavedKey } from './session';
import { applyAccent } from './config/accent';
import { ConfigProblems } from './config/ConfigProblems';
import { useResellerConfig } from './config/useResellerConfig';
import { LanguageSwitcher } from './i18n/LanguageSwitcher';
import { useMessages } from './i18n/useMessages';
import {
  VIEWS,
  loadView,
  loadedView,
  pickView,
  prefetchViewsWhenIdle,
  type ViewProps,
} from './views';

/**
 * The view's component: at once when its code is already loaded, else after
 * loading it (the first view's load starts in startApp.tsx, beside config.json).
 */
function useView(id: string): { View: ComponentType<ViewProps> | null; failed: boolean } {
  const [, setLoadedId] = useState('');
  const [failedId, setFailedId] = useState('');
  const View = id ? loadedView(id) : null;
  useEffect(() => {
    if (!id || View) return;
    let live = true;
    setFailedId('');
    // Also when the load finished between render and effect: the promise is then
    // settled, and this still re-renders with the view.
    loadView(id).then(
      () => {
        if (live) setLoadedId(id);
      },
      () => {
        if (live) setFailedId(id);
      },
    );
    return () => {
      live = false;
    };
  }, [id, View]);
  // Everything else is fetched only once the first view is on screen.
  useEffect(() => {
    if (View) prefetchViewsWhenIdle();
  }, [View]);
  return { View, failed: !View && failedId === id };
}

export function App() {
  const route = useRoute();
  const messages = useMessages();
  /** The customer pages are named in the visitor's language; the expert tools keep their English names. */
  const labelOf = (view: { readonly id: string; readonly label: string }) =>
    (messages.app.views as Readonly<Record<string, string>>)[view.id] ?? view.label;
  const configState = useResellerConfig();
  const config = configState.status === 'ok' ? configState.config : undefined;
  // With a reseller config.json the page is that reseller's ordering page first.
  const views = VIEWS.filter((view) => !view.requiresConfig || config);
  // showTools: false keeps the expert views out of the branded page's navigation (still reachable by link).
  const navViews = views.filter(
    (view) => view.inNav !== false && (config?.showTools !== false || view.requiresConfig),
  );
  // A visit from Sectigo's redirect opens the result page first. Read once at load,
  // because the result page then removes the query; a result after `?` in
  // `#/result` is routed by the hash.
  const [openedWithResult] = useState(() => RESULT_QUERY.test(window.location.search));
  const id = pickView(route.view, config !== undefined, openedWithResult);
  const current = views.find((view) => view.id === id);
  const waitingForConfig = configState.status === 'loading' && route.view === '';
  const { View, failed } = useView(waitingForConfig ? '' : id);
  const brand = config?.brandName ?? 'Sectigo Order Desk';

  useEffect(() => {
    document.title = `${current ? labelOf(current) : 'Order desk'} · ${brand}`;
  }, [current, brand, messages]);

  // The reseller's colour, through the CSSOM (no inline style for the CSP to refuse).
  useEffect(() => applyAccent(config?.accentColor, document.documentElement), [config]);

  // A generated key lives only in this page until it is saved: ask before leaving.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedKey()) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  return (
    <>
      <a class="skip-link" href="#main">
        {messages.app.skipToContent}
      </a>
      <header class="app-header">
        <div class="brand">
          {config?.logo ? (
            // A file beside index.html (config.json `logo`, relative only): img-src 'self'.
            <img class="brand-logo" src={config.logo} alt="" />
          ) : (
            <span class="brand-mark" aria-hidden="true" />
          )}
          <span class="brand-name">{brand}</span>
        </div>
        <LanguageSwitcher />
        {navViews.length > 1 ? (
          <nav aria-label={messages.app.navigation}>
            <ul>
              {navViews.map((view) => (
                <li key={view.id}>
                  <a
                    href={`#/${view.id}`}
                    title={view.summary}
                    aria-current={view.id === id ? 'page' : undefined}
                  >
                    {labelOf(view)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {configState.status === 'invalid' ? (
          <ConfigProblems problems={configState.problems} />
        ) : null}
        {hasWebCrypto() ? null : (
          // Browsers offer WebCrypto to secure contexts only (https, localhost, a saved file).
          <div class="notice warning" role="status">
            <p>{messages.app.insecure}</p>
          </div>
        )}
        {failed ? (
          <p role="alert">{messages.app.loadFailed}</p>
        ) : View ? (
          <View route={route} {...(config ? { config } : {})} />
        ) : (
          <p class="loading" role="status">
            {messages.app.loading}
          </p>
        )}
      </main>
      <footer class="app-footer">
        <p>{messages.app.privacy}</p>
      </footer>
    </>
  );
}
