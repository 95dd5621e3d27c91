/**
 * PKCS#12 files built in the page open with `openssl pkcs12` with the right
 * password only, and give back the same key and the chain, end entity first:
 * the default (PBES2 AES-256-CBC, PBKDF2-HMAC-SHA256, HMAC-SHA256 MAC) and the
 * legacy file (3DES, SHA-1 MAC) alike.
 */
import { describe, expect, it } from 'vitest';
import { PKCS12_DEFAULTS, buildPkcs12 } from '../../../src/core/cert';
import type { Pkcs12Request } from '../../../src/core/cert';
import { encryptPrivateKey } from '../../../src/core/pki/encryptPrivateKey';
import { openssl, opensslOk } from '../openssl';
import { LEAF_EMAIL, makeTestChain } from './testChain';

const chain = makeTestChain();
const PASSWORD = 'correct horse battery';
/** The documented root-first order, as RequestAndCollectSMIME returns it. */
const RESPONSE_CHAIN = chain.rootPem + chain.intermediatePem + chain.leafPem;

async function build(request: Partial<Pkcs12Request> = {}): Promise<Uint8Array> {
  const result = await buildPkcs12({
    privateKeyPem: chain.leafKeyPem,
    certificatesPem: [RESPONSE_CHAIN],
    password: PASSWORD,
    ...request,
  });
  if (!result.ok) throw new Error(result.message);
  return result.der;
}

const open = (p12: Uint8Array, password: string, ...args: string[]) =>
  openssl(['pkcs12', '-in', 'f.p12', '-passin', `pass:${password}`, ...args], { 'f.p12': p12 });
const normaliseKey = (pem: string) => opensslOk(['pkey', '-in', 'k.pem'], { 'k.pem': pem });
const pemBlocks = (text: string) =>
  text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n/g) ?? [];

describe('buildPkcs12', () => {
  it.each([
    [
      'default',
      false,
      /MAC: sha256, Iteration 100000/,
      /PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256/,
    ],
    [
      'legacy',
      true,
      /MAC: sha1, Iteration 2048/,
      /pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/,
    ],
  ])(
    '%s: openssl opens it with the password and finds the same key and chain',
    async (_name, legacy, mac, cipher) => {
      const p12 = await build({ legacy });
      const info = open(p12, PASSWORD, '-info', '-nodes');
      expect(info.status).toBe(0);
      const report = info.stderr + info.stdout;
      expect(report).toMatch(mac);
      expect(report).toMatch(new RegExp(`Encrypted data: ${cipher.source}`));
      expect(report).toMatch(new RegExp(`Shrouded Keybag: ${cipher.source}`));
      expect(report).toMatch(`friendlyName: ${LEAF_EMAIL}`);

      const key = open(p12, PASSWORD, '-nocerts', '-nodes');
      expect(normaliseKey(key.stdout)).toBe(normaliseKey(chain.leafKeyPem));
      const certs = open(p12, PASSWORD, '-nokeys');
      expect(pemBlocks(certs.stdout)).toEqual([
        chain.leafPem,
        chain.intermediatePem,
        chain.rootPem,
      ]);
      // The key and the end entity share a localKeyID, so importers pair them.
      const ids = [...report.matchAll(/localKeyID: ([0-9A-F ]+)/g)].map((match) => match[1]);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBe(ids[1]);
    },
    60_000,
  );

  it.each([false, true])(
    'legacy=%s: the wrong password opens nothing',
    async (legacy) => {
      const p12 = await build({ legacy });
      const wrong = open(p12, 'wrong horse battery', '-info', '-nodes');
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toMatch(/mac verify error: invalid password/i);
      // Skipping the MAC check does not help: the key itself is encrypted.
      const unchecked = open(p12, 'wrong horse battery', '-nomacver', '-nocerts', '-nodes');
      expect(unchecked.stdout).not.toContain('PRIVATE KEY');
    },
    60_000,
  );

  it('takes an ECDSA key, a passphrase-protected key, a friendly name and a non-ASCII password', async () => {
    const password = 'Pässwörter für Ålice';
    const encrypted = await encryptPrivateKey(chain.intermediateKeyPem, 'key passphrase here', {
      iterations: 2048,
    });
    const result = await buildPkcs12({
      privateKeyPem: encrypted,
      privateKeyPassphrase: 'key passphrase here',
      certificatesPem: [chain.intermediatePem, chain.rootPem],
      password,
      friendlyName: 'Test intermediate',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.certificates.map((c) => c.commonName)).toEqual([
      'Test SMIME Intermediate CA',
      'Test Root CA R1',
    ]);
    const info = open(result.der, password, '-info', '-nodes');
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch('friendlyName: Test intermediate');
    expect(normaliseKey(open(result.der, password, '-nocerts', '-nodes').stdout)).toBe(
      normaliseKey(chain.intermediateKeyPem),
    );
  }, 60_000);

  it('uses the documented defaults', () => {
    expect(PKCS12_DEFAULTS).toMatchObject({ iterations: 100_000, legacyIterations: 2048 });
  });

  it.each([
    ['a short password', { password: 'short' }, 'password', /too short/],
    [
      'a key that fits no certificate',
      { privateKeyPem: chain.strangerKeyPem },
      'mismatch',
      /belongs to none of these certificates/,
    ],
    ['no certificates', { certificatesPem: [] }, 'certificates', /Add the certificate/],
    ['no key', { privateKeyPem: '' }, 'key', /Paste a private key/],
    [
      'an encrypted key without its passphrase',
      {
        privateKeyPem:
          '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----',
      },
      'key',
      /./,
    ],
  ] as const)('refuses %s with a message', async (_name, change, reason, message) => {
    const result = await buildPkcs12({
      privateKeyPem: chain.leafKeyPem,
      certificatesPem: [RESPONSE_CHAIN],
      password: PASSWORD,
      ...change,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(message);
      expect(result.message).not.toContain('PRIVATE KEY-----');
    }
  });
});
