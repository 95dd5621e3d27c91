/**
 * Importing the x509 module must do no work that can fail: a page served over
 * plain http has `crypto` without `crypto.subtle` (browsers offer WebCrypto only
 * to secure contexts), and every view that imports the PKI code must still load
 * there. The provider is set on first use instead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

// What a browser gives an insecure (plain-http, non-localhost) page: random
// numbers, but no SubtleCrypto.
const insecureCrypto = {
  getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array),
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('x509 module', () => {
  it('imports without crypto.subtle, and says why when first used there', async () => {
    vi.stubGlobal('crypto', insecureCrypto);
    vi.resetModules();
    const { x509 } = await import('../../../src/core/pki/x509');
    expect(() => new x509.Name('CN=example.com')).toThrow(
      /WebCrypto is not available: open this page over https:\/\//,
    );
  });

  it('sets the platform WebCrypto as provider on first use, and works', async () => {
    vi.stubGlobal('crypto', insecureCrypto);
    vi.resetModules();
    const { x509 } = await import('../../../src/core/pki/x509');
    vi.unstubAllGlobals();
    expect(x509.cryptoProvider.get()).toBe(globalThis.crypto);
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const csr = await x509.Pkcs10CertificateRequestGenerator.create({
      name: 'CN=example.com',
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    });
    expect(await csr.verify()).toBe(true);
    expect(csr.subject).toBe('CN=example.com');
  });
});
