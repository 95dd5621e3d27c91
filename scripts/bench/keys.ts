/**
 * Benchmark page: exposes the app's own key + CSR code and raw WebCrypto key
 * generation to scripts/bench-keys.mjs, which drives it in headless Chromium.
 * The PKI module is imported on first use, as the app does, so the first call
 * includes loading it.
 */
import type { KeyAlgorithm } from '../../src/core/pki/keyAlgorithm';

const RAW: Record<KeyAlgorithm, RsaHashedKeyGenParams | EcKeyGenParams> = {
  'RSA-2048': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: Uint8Array.of(1, 0, 1),
    hash: 'SHA-256',
  },
  'RSA-3072': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 3072,
    publicExponent: Uint8Array.of(1, 0, 1),
    hash: 'SHA-256',
  },
  'RSA-4096': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 4096,
    publicExponent: Uint8Array.of(1, 0, 1),
    hash: 'SHA-256',
  },
  'RSA-8192': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 8192,
    publicExponent: Uint8Array.of(1, 0, 1),
    hash: 'SHA-256',
  },
  'P-256': { name: 'ECDSA', namedCurve: 'P-256' },
  'P-384': { name: 'ECDSA', namedCurve: 'P-384' },
  'P-521': { name: 'ECDSA', namedCurve: 'P-521' },
};

async function app(algorithm: KeyAlgorithm): Promise<number> {
  const started = performance.now();
  const { generateKeyAndCsr } = await import('../../src/core/pki/generateKeyAndCsr');
  await generateKeyAndCsr({
    algorithm,
    subject: { commonName: 'bench.example.com' },
    dnsNames: ['bench.example.com'],
  });
  return performance.now() - started;
}

async function raw(algorithm: KeyAlgorithm): Promise<number> {
  const started = performance.now();
  await crypto.subtle.generateKey(RAW[algorithm], true, ['sign', 'verify']);
  return performance.now() - started;
}

/** Where the time of app() goes: key generation, the CSR, the PKCS#8 export. */
async function parts(
  algorithm: KeyAlgorithm,
): Promise<{ keygen: number; csr: number; exportKey: number }> {
  const { createCsr } = await import('../../src/core/pki/generateKeyAndCsr');
  const t0 = performance.now();
  const keys = await crypto.subtle.generateKey(RAW[algorithm], true, ['sign', 'verify']);
  const t1 = performance.now();
  await createCsr(keys, {
    algorithm,
    subject: { commonName: 'bench.example.com' },
    dnsNames: ['bench.example.com'],
  });
  const t2 = performance.now();
  await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  const t3 = performance.now();
  return { keygen: t1 - t0, csr: t2 - t1, exportKey: t3 - t2 };
}

(window as unknown as { bench: unknown }).bench = { app, raw, parts };
