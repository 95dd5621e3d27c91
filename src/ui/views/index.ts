/**
 * The app's views. Each is loaded on demand (dynamic import) so the first page
 * load carries only the shell; the PKI code in particular stays out of it.
 */
import type { ComponentType } from 'preact';
import type { Route } from '../route';

export interface ViewProps {
  readonly route: Route;
}

export interface ViewEntry {
  readonly id: string;
  readonly label: string;
  /** One line for the navigation's tooltip and the home page. */
  readonly summary: string;
  readonly load: () => Promise<ComponentType<ViewProps>>;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'reference',
    label: 'API reference',
    summary:
      'Every parameter, product code and error code of the Sectigo reseller API, searchable.',
    load: () => import('./reference/ReferenceView').then((module) => module.ReferenceView),
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
  // views: add entries above this line
];

export const DEFAULT_VIEW = 'reference';
