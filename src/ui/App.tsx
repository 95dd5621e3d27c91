import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from './route';
import { hasUnsavedKey } from './session';
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
  const current =
    VIEWS.find((view) => view.id === route.view) ?? VIEWS.find((v) => v.id === DEFAULT_VIEW);
  const id = current?.id ?? DEFAULT_VIEW;
  const { View, failed } = useView(id);

  useEffect(() => {
    document.title = `${current?.label ?? 'Order desk'} · Sectigo Order Desk`;
  }, [current]);

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
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-name">Sectigo Order Desk</span>
        </div>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((view) => (
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
      </header>
      <main id="main" tabIndex={-1}>
        {failed ? (
          <p role="alert">This view could not be loaded. Reload the page to try again.</p>
        ) : View ? (
          <View route={route} />
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
