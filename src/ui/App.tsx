import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasWebCrypto } from '../core/pki/request';
import { useRoute } from './route';
import { hasUnsavedKey } from './session';
import { applyAccent } from './config/accent';
import { useResellerConfig } from './config/useResellerConfig';
import { DEFAULT_VIEW, VIEWS, type ViewProps } from './views';

/** Loads a view's module the first time it is shown, and keeps it. */
function useView(id: string): { View: ComponentType<ViewProps> | null; failed: boolean } {
  const [loaded, setLoaded] = useState<Record<string, ComponentType<ViewProps>>>({});
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded[id]) return;
    const entry = VIEWS.find((view) => view.id === id);
    if (!entry) return;
    let live = true;
    setFailed(false);
    entry
      .load()
      .then((View) => {
        if (live) setLoaded((previous) => ({ ...previous, [id]: View }));
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [id, loaded]);
  return { View: loaded[id] ?? null, failed };
}

export function App() {
  const route = useRoute();
  const configState = useResellerConfig();
  const config = configState.status === 'ok' ? configState.config : undefined;
  // With a reseller config.json the page is that reseller's ordering page first.
  const views = VIEWS.filter((view) => !view.requiresConfig || config);
  // showTools: false keeps the expert views out of the branded page's navigation (still reachable by link).
  const navViews = views.filter(
    (view) => view.inNav !== false && (config?.showTools !== false || view.requiresConfig),
  );
  // Sectigo sends the customer back to successURL/errorURL with the result in the
  // query string (placeorder-smime.txt, "Specified successURL or errorURL"): such a
  // visit opens the result page first. Read once at load, because the result page
  // then removes the query; a result after `?` in `#/result` is routed by the hash.
  const [openedWithResult] = useState(() =>
    /[?&](?:errorCode|orderNumber)=/i.test(window.location.search),
  );
  const defaultView = openedWithResult ? 'result' : config ? 'shop' : DEFAULT_VIEW;
  const current =
    views.find((view) => view.id === route.view) ?? views.find((v) => v.id === defaultView);
  const id = current?.id ?? DEFAULT_VIEW;
  const waitingForConfig = configState.status === 'loading' && route.view === '';
  const { View, failed } = useView(waitingForConfig ? '' : id);
  const brand = config?.brandName ?? 'Sectigo Order Desk';

  useEffect(() => {
    document.title = `${current?.label ?? 'Order desk'} · ${brand}`;
  }, [current, brand]);

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
        Skip to content
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
        {navViews.length > 1 ? (
          <nav aria-label="Views">
            <ul>
              {navViews.map((view) => (
                <li key={view.id}>
                  <a
                    href={`#/${view.id}`}
                    title={view.summary}
                    aria-current={view.id === id ? 'page' : undefined}
                  >
                    {view.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {configState.status === 'invalid' ? (
          <div class="notice error" role="alert">
            <p>
              <strong>This ordering page is misconfigured</strong>, so it works as the general tool
              for now. Fix config.json next to index.html:
            </p>
            <ul>
              {configState.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {hasWebCrypto() ? null : (
          // Browsers offer WebCrypto to secure contexts only (https, localhost, a saved file).
          <div class="notice warning" role="status">
            <p>
              <strong>
                This page was opened over plain http, so the browser withholds WebCrypto
              </strong>{' '}
              (it needs HTTPS or localhost). Making keys and CSRs, checking CSR signatures and
              reading certificates cannot work here; the API reference, building orders and decoding
              responses work as usual. Open the page over https:// to use everything.
            </p>
          </div>
        )}
        {failed ? (
          <p role="alert">This view could not be loaded. Reload the page to try again.</p>
        ) : View ? (
          <View route={route} {...(config ? { config } : {})} />
        ) : (
          <p class="loading" role="status">
            Loading…
          </p>
        )}
      </main>
      <footer class="app-footer">
        <p>
          Runs entirely in your browser. Nothing you type, no key and no password leaves this page,
          except an order you choose to send to Sectigo.
        </p>
      </footer>
    </>
  );
}
