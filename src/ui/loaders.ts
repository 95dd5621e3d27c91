/**
 * The core modules the UI loads on demand, each with a dynamic import() so the
 * build puts it in a chunk of its own, out of the first page load
 * (shared/DESIGN.md), and each loaded once however many views ask for it.
 */
import { lazyOnce } from './lazyOnce';

/** Keys, CSRs, CSR inspection and DCV (core/pki; it loads @peculiar/x509 itself when a CSR is made). */
export const loadPki = lazyOnce(() => import('../core/pki'));

export type CertTools = typeof import('../core/cert');

/** Certificates in responses: decoding, chain, PKCS#12 (core/cert, which brings @peculiar/x509). */
export const loadCertTools = lazyOnce((): Promise<CertTools> => import('../core/cert'));
