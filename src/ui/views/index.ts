/**
 * The app's views. Each is loaded on demand (dynamic import) so the first page
 * load carries only the shell; the PKI code in particular stays out of it.
 */
import type { ComponentType } from 'preact';
import type { ResellerConfig } from '../../core/config';
import type { Route } from '../route';

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
  readonly load: () => Promise<ComponentType<ViewProps>>;
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
    load: () => import('./shop/ShopView').then((module) => module.ShopView),
    requiresConfig: true,
  },
  {
    id: 'generate',
    label: 'Generate key & CSR',
    summary: 'Make a private key and CSR in your browser; the key never leaves it.',
    load: () => import('./generate/GenerateView').then((module) => module.GenerateView),
  },
  {
    id: 'inspect',
    label: 'Inspect CSR',
    summary:
      'Decode a CSR, lint it against Sectigo’s rules, get its DCV records and check its key.',
    load: () => import('./inspect/InspectView').then((m) => m.InspectView),
  },
  {
    id: 'order',
    label: 'Build order',
    summary: 'Fill a product-aware form; get the ordering URL, HTML form, curl, or submit it.',
    load: () => import('./order/OrderView').then((m) => m.OrderView),
  },
  {
    id: 'decode',
    label: 'Decode response',
    summary:
      'Paste any Sectigo response: fields explained, errors and next steps, certificates, PKCS#12, batch export.',
    load: () => import('./decode/DecodeView').then((m) => m.DecodeView),
  },
  {
    id: 'result',
    label: 'Order result',
    summary: 'The outcome of an order when Sectigo sends the customer back to this page.',
    load: () => import('./result/ResultView').then((m) => m.ResultView),
    // Reached by Sectigo's redirect (or a link), not from the menu.
    inNav: false,
  },
  {
    id: 'reference',
    label: 'API reference',
    summary:
      'Every parameter, product code and error code of the Sectigo reseller API, searchable.',
    load: () => import('./reference/ReferenceView').then((module) => module.ReferenceView),
  },
  // views: add entries above this line
];

/** What the general tool opens on: making a key and CSR is the most common first task. */
export const DEFAULT_VIEW = 'generate';
