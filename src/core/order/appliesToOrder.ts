/**
 * Whether a parameter scoped by `appliesTo` ("(OV/EV certificates only)",
 * "(Multi-domain SSL certificates only)" ...) is relevant to an order, from the
 * ordered products' table entries (validation level, multi-domain, UCC, family).
 */
import type { Applicability, ProductSpec } from '../spec/types';

const MATCHES: Record<Applicability, (product: ProductSpec) => boolean> = {
  all: () => true,
  // A single-domain SSL certificate: any SSL product that is not multi-domain (wildcards included).
  'single-domain': (product) => product.family === 'ssl' && product.multiDomain !== true,
  'multi-domain': (product) => product.family === 'ssl' && product.multiDomain === true,
  'ov-ev': (product) => product.validation === 'OV' || product.validation === 'EV',
  ev: (product) => product.validation === 'EV',
  ucc: (product) => product.ucc === true,
  'smime-mailbox': (product) => product.validation === 'mailbox',
  'smime-organization': (product) => product.validation === 'organization',
  trustlogo: (product) => product.family === 'trustlogo',
  codeguard: (product) => product.family === 'codeguard',
  hackerguardian: (product) => product.family === 'hackerguardian',
};

/** The scopes in words, for messages. */
export const SCOPE_LABELS: Record<Applicability, string> = {
  all: 'every order',
  'single-domain': 'single-domain SSL certificates',
  'multi-domain': 'multi-domain SSL certificates (including UCC)',
  'ov-ev': 'OV and EV certificates',
  ev: 'EV certificates',
  ucc: 'Unified Communications Certificates',
  'smime-mailbox': 'S/MIME Mailbox-Validated certificates',
  'smime-organization': 'S/MIME Organization-Validated certificates',
  trustlogo: 'orders with a TrustLogo',
  codeguard: 'orders with a CodeGuard product',
  hackerguardian: 'orders with a HackerGuardian product',
};

/** "OV and EV certificates or orders with a CodeGuard product". */
export function describeScopes(scopes: readonly Applicability[]): string {
  return scopes.map((scope) => SCOPE_LABELS[scope]).join(' or ');
}

/** True when some product of the order falls under some of the scopes (no scopes: always). */
export function appliesToOrder(
  scopes: readonly Applicability[] | undefined,
  products: readonly ProductSpec[],
): boolean {
  if (scopes === undefined || scopes.length === 0) return true;
  return scopes.some((scope) => products.some((product) => MATCHES[scope](product)));
}

/** True when a parameter is scoped to some products (not to every order of its endpoint). */
export function isScoped(scopes: readonly Applicability[] | undefined): boolean {
  return scopes !== undefined && scopes.length > 0 && !scopes.includes('all');
}
