/**
 * The app's views. Each is loaded on demand (dynamic import) so the first page
 * load carries only the shell and the first view; the PKI code in particular
 * stays out of it. The rest is prefetched once the first view is on screen.
 */
import type { ComponentType } from 'preact';
import { lazyOnce, type LazyOnce } from '../lazyOnce';
import type { ResellerConfig } from '../../core/config';
import type { Route } from '../route';
import { loadGenerateResult } from './generate/loadGenerateResult';

export interface ViewProps {
  readonly route: Route;
  /** The reseller's config.json, when the page has a valid one. */
  readonly config?: ResellerConfig;
}

export interface ViewEntry {
  readonly id: string;
  readonly label: string;
  /** One line for the navigation's tooltip and the home page. */
  readonly summary: string;
  /** Loads the view's code once (lazyOnce: a failed load is tried again next time). */
  readonly load: LazyOnce<ComponentType<ViewProps>>;
  /** Shown only when the page has a reseller config.json (the customer ordering flow). */
  readonly requiresConfig?: boolean;
  /** False for views reached only by a link or redirect (the order result page). */
  readonly inNav?: boolean;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'shop',
    label: 'Order a certificate',
    summary: 'Choose an email certificate, make its key in your browser, and place the order.',
    load: lazyOnce(() => import('./shop/ShopView').then((module) => module.ShopView)),
    requiresConfig: true,
  },
  {
    id: 'generate',
    label: 'Generate key & CSR',
    summary: 'Make a private key and CSR in your browser; the key never leaves it.',
    load: lazyOnce(() => import('./generate/GenerateView').then((m) => m.GenerateView)),
  },
  {
    id: 'inspect',
    label: 'Inspect CSR',
    summary:
      'Decode a CSR, lint it against Sectigo’s rules, get its DCV records and check its key.',
    load: lazyOnce(() => import('./inspect/InspectView').then((m) => m.InspectView)),
  },
  {
    id: 'order',
    label: 'Build order',
    summary: 'Fill a product-aware form; get the ordering URL, HTML form, curl, or submit it.',
    load: lazyOnce(() => import('./order/OrderView').then((m) => m.OrderView)),
  },
  {
    id: 'decode',
    label: 'Decode response',
    summary:
      'Paste any Sectigo response: fields explained, errors and next steps, certificates, PKCS#12, batch export.',
    load: lazyOnce(() => import('./decode/DecodeView').then((m) => m.DecodeView)),
  },
  {
    id: 'result',
    label: 'Order result',
    summary: 'The outcome of an order when Sectigo sends the customer back to this page.',
    load: lazyOnce(() => import('./result/ResultView').then((m) => m.ResultView)),
    // Reached by Sectigo's redirect (or a link), not from the menu.
    inNav: false,
  },
  {
    id: 'reference',
    label: 'API reference',
    summary:
      'Every parameter, product code and error code of the Sectigo reseller API, searchable.',
    load: lazyOnce(() =>
      import('./reference/ReferenceView').then((module) => module.ReferenceView),
    ),
  },
  // views: add entries above this line
];

/** What the general tool opens on: making a key and CSR is the most common first task. */
export const DEFAULT_VIEW = 'generate';

/**
 * The view a visit shows: the one its route names, else the result page after
 * Sectigo's redirect, a reseller's ordering page when there is a config.json,
 * or the start page.
 */
export function pickView(routeView: string, hasConfig: boolean, openedWithResult: boolean): string {
  const available = VIEWS.filter((view) => !view.requiresConfig || hasConfig);
  const fallback = openedWithResult ? 'result' : hasConfig ? 'shop' : DEFAULT_VIEW;
  return (
    (available.find((view) => view.id === routeView) ?? available.find((v) => v.id === fallback))
      ?.id ?? DEFAULT_VIEW
  );
}

/** A view's component if its code is already here, so it renders without a loading pass. */
export function loadedView(id: string): ComponentType<ViewProps> | null {
  const entry = VIEWS.find((view) => view.id === id);
  return entry?.load.loaded() ?? null;
}

/**
 * The view an entry script ships in its own first load (src/main.tsx the start
 * page, src/shop.tsx the ordering page's first step): it renders without a load.
 */
export function provideView(id: string, View: ComponentType<ViewProps>): void {
  VIEWS.find((view) => view.id === id)?.load.provide(View);
}

/** Loads a view's code once; a failed load is forgotten so that the next visit tries again. */
export function loadView(id: string): Promise<ComponentType<ViewProps>> {
  const entry = VIEWS.find((view) => view.id === id);
  return entry ? entry.load() : Promise.reject(new Error(`no view "${id}"`));
}

let prefetching = false;

/**
 * Once the first view is on screen and the browser is idle, fetch every other
 * view's code and the PKI libraries, so that switching views or making the first
 * key does not wait for the network. Not earlier: on a slow line these bytes
 * would compete with the first view's own (scripts/bench-first-view.mjs).
 */
export function prefetchViewsWhenIdle(): void {
  if (prefetching) return;
  prefetching = true;
  const prefetch = () => {
    for (const view of VIEWS) void loadView(view.id).catch(() => undefined);
    // Loaded by the Generate and ordering views only when a key is made.
    void import('../../core/pki').then((pki) => pki.preloadX509()).catch(() => undefined);
    void loadGenerateResult().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 500);
}
