/**
 * The certificate code (core/cert, which brings @peculiar/x509) loaded on
 * demand with a dynamic import, so it stays out of the first page load and out
 * of the result page (shared/DESIGN.md). Loaded once, shared.
 */
export type CertTools = typeof import('../../../core/cert');

let loading: Promise<CertTools> | null = null;

export function loadCertTools(): Promise<CertTools> {
  loading ??= import('../../../core/cert');
  // A failed load (a hiccup fetching the lazy chunk) may be retried.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
