/**
 * keyBelongsToCertificate and certificateForKey against keys and certificates
 * made by the real openssl: a certificate issued by a test CA for an RSA key,
 * the CA's own EC certificate, and keys that match neither.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateForKey, checkChain, keyBelongsToCertificate } from '../../../src/core/cert';
import { readPrivateKey } from '../../../src/core/pki';
import { makeTestCa, issueSmimeCertificate, type TestCa } from '../../fixtures/testCa';
import { opensslOk } from '../openssl';

let ca: TestCa;
let leafKey: string;
let otherKey: string;
let leaf: string;

beforeAll(() => {
  ca = makeTestCa();
  leafKey = opensslOk(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']);
  const csr = opensslOk(['req', '-new', '-key', 'k.pem', '-subj', '/emailAddress=a@example.com'], {
    'k.pem': leafKey,
  });
  leaf = issueSmimeCertificate(ca, csr, 'a@example.com');
  otherKey = opensslOk(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']);
}, 60_000);

async function publicKeyOf(pem: string): Promise<CryptoKey> {
  const read = await readPrivateKey(pem, '');
  if (!read.ok) throw new Error(read.message);
  return read.keys.publicKey;
}

async function derOf(pem: string): Promise<Uint8Array> {
  const [certificate] = (await checkChain([pem])).certificates;
  if (!certificate) throw new Error('no certificate read');
  return certificate.der;
}

describe('keyBelongsToCertificate', () => {
  it.each([
    ['the key the certificate was issued for', () => leafKey, () => leaf, true],
    ['the CA key and the CA certificate (EC P-256)', () => ca.key, () => ca.cert, true],
    ['another RSA key', () => otherKey, () => leaf, false],
    ['the CA key and the customer’s certificate', () => ca.key, () => leaf, false],
    ['the customer’s key and the CA certificate', () => leafKey, () => ca.cert, false],
  ])('%s: %s', async (_name, key, certificate, expected) => {
    expect(
      await keyBelongsToCertificate(await publicKeyOf(key()), await derOf(certificate())),
    ).toBe(expected);
  });

  it('says no, without throwing, for bytes that are not a certificate', async () => {
    expect(
      await keyBelongsToCertificate(await publicKeyOf(leafKey), Uint8Array.of(0x30, 0x03, 1, 2, 3)),
    ).toBe(false);
  });
});

describe('certificateForKey', () => {
  it('finds the key’s certificate in a chain given root first', async () => {
    const chain = await checkChain([ca.cert, leaf]);
    expect(await certificateForKey(await publicKeyOf(leafKey), chain.certificates)).toBe(1);
    expect(await certificateForKey(await publicKeyOf(ca.key), chain.certificates)).toBe(0);
  });

  it('answers -1 where no certificate was issued for the key', async () => {
    const chain = await checkChain([ca.cert, leaf]);
    expect(await certificateForKey(await publicKeyOf(otherKey), chain.certificates)).toBe(-1);
    expect(await certificateForKey(await publicKeyOf(leafKey), [])).toBe(-1);
  });
});
