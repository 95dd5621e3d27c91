/**
 * The core takes its WebCrypto provider as a value (setCryptoProvider), the
 * platform's by default. Runs in both core projects: with Node's built-in
 * WebCrypto, and with @peculiar/webcrypto (test/core/setup/peculiarWebcrypto.ts).
 */
import { Crypto as PeculiarCrypto } from '@peculiar/webcrypto';
import { describe, expect, it } from 'vitest';
import { generateKeyAndCsr, getCrypto, setCryptoProvider } from '../../../src/core/pki';
import { openssl } from '../openssl';

const peculiar = process.env['CORE_CRYPTO'] === 'peculiar';

describe(`the crypto provider (${peculiar ? '@peculiar/webcrypto' : 'Node built-in'})`, () => {
  it('is the one this project selected', () => {
    if (peculiar) expect(getCrypto()).toBeInstanceOf(PeculiarCrypto);
    else expect(getCrypto()).toBe(globalThis.crypto);
  });

  it('makes a key and CSR that openssl verifies', async () => {
    const { csrPem } = await generateKeyAndCsr({
      algorithm: 'P-384',
      subject: { commonName: 'provider.example.com' },
      dnsNames: ['provider.example.com'],
    });
    const verify = openssl(['req', '-in', 'r.csr', '-noout', '-verify'], { 'r.csr': csrPem });
    expect(verify.status).toBe(0);
    expect(verify.stdout + verify.stderr).toMatch(/verify OK/);
  });

  it('passes a provider set later on to @peculiar/x509 as well', async () => {
    const before = getCrypto();
    const other = peculiar ? globalThis.crypto : new PeculiarCrypto();
    setCryptoProvider(other);
    try {
      expect(getCrypto()).toBe(other);
      const { csrPem } = await generateKeyAndCsr({
        algorithm: 'P-256',
        subject: { commonName: 'switched.example.com' },
      });
      expect(csrPem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n/);
    } finally {
      setCryptoProvider(before);
    }
  });

  it('falls back to the platform’s WebCrypto when set to undefined', () => {
    const before = getCrypto();
    setCryptoProvider(undefined);
    try {
      expect(getCrypto()).toBe(globalThis.crypto);
    } finally {
      setCryptoProvider(before);
    }
  });
});
