/**
 * The collect step's key work against files made by the real openssl: an
 * answer with a CA and a certificate issued for the customer's key (as
 * requestandcollectsmime.txt shows: status 2, then the PEM blocks), the key
 * saved plain or encrypted, the wrong key, and the .p12 opened by
 * `openssl pkcs12` with the chosen password.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKey, makeP12 } from '../../src/ui/views/shop/collect/collectCrypto';
import { readAnswer } from '../../src/ui/views/shop/collect/readAnswer';
import { issueSmimeCertificate, makeTestCa } from '../fixtures/testCa';
import { openssl, opensslOk } from './openssl';

let files: {
  key: string;
  encrypted: string;
  other: string;
  ca: string;
  leaf: string;
  answer: string;
};

beforeAll(() => {
  const ca = makeTestCa('Test CA');
  const key = opensslOk(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']);
  const csr = opensslOk(
    ['req', '-new', '-key', 'k.pem', '-subj', '/emailAddress=fred@example.com'],
    { 'k.pem': key },
  );
  const leaf = issueSmimeCertificate(ca, csr, 'fred@example.com', '7');
  const encrypted = opensslOk(
    ['pkcs8', '-topk8', '-in', 'k.pem', '-v2', 'aes-256-cbc', '-passout', 'pass:key passphrase 1'],
    { 'k.pem': key },
  );
  const other = opensslOk(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']);
  files = { key, encrypted, other, ca: ca.cert, leaf, answer: `2\n${ca.cert}${leaf}` };
});

const certificates = () => {
  const answer = readAnswer(files.answer);
  if (answer.kind !== 'ready') throw new Error(`answer read as ${answer.kind}`);
  return answer.certificates;
};

describe('the collected certificate and the saved key', () => {
  it('reads the documented answer: the CA and the customer’s certificate', () => {
    expect(certificates()).toHaveLength(2);
  });

  it.each([
    ['the plain key', () => files.key, '', { ok: true, email: 'fred@example.com' }],
    [
      'the encrypted key with its passphrase',
      () => files.encrypted,
      'key passphrase 1',
      { ok: true },
    ],
    [
      'the encrypted key without it',
      () => files.encrypted,
      '',
      { ok: false, reason: 'needs-passphrase' },
    ],
    [
      'the encrypted key with a wrong one',
      () => files.encrypted,
      'wrong passphrase',
      { ok: false, reason: 'wrong-passphrase' },
    ],
    ['another key', () => files.other, '', { ok: false, reason: 'mismatch' }],
    ['the certificate instead of a key', () => files.leaf, '', { ok: false, reason: 'unreadable' }],
    ['nothing', () => '', '', { ok: false, reason: 'empty' }],
  ])('%s', async (_, key, passphrase, expected) => {
    expect(await checkKey(key(), passphrase, certificates())).toMatchObject(expected);
  });

  it.each([
    ['modern', false],
    ['legacy', true],
  ])(
    'builds a %s .p12 that openssl opens with the chosen password',
    async (_, legacy) => {
      const made = await makeP12({
        keyText: files.encrypted,
        passphrase: 'key passphrase 1',
        certificates: certificates(),
        password: 'file password 9',
        legacy,
      });
      if (!made.ok) throw new Error('not built');
      const p12 = { 'f.p12': made.der };
      const args = [
        'pkcs12',
        '-in',
        'f.p12',
        '-passin',
        'pass:file password 9',
        ...(legacy ? ['-legacy'] : []),
      ];
      const leaf = opensslOk([...args, '-nokeys', '-clcerts'], p12);
      const key = opensslOk([...args, '-nocerts', '-nodes'], p12);
      const fingerprint = (pem: string) =>
        opensslOk(['x509', '-in', 'c.pem', '-noout', '-fingerprint'], { 'c.pem': pem });
      expect(fingerprint(leaf)).toBe(fingerprint(files.leaf));
      const publicKey = (pem: string) =>
        opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': pem });
      expect(publicKey(key)).toBe(publicKey(files.key));
      expect(
        openssl([...args.slice(0, 3), '-passin', 'pass:not it', '-noout'], p12).status,
      ).not.toBe(0);
    },
    60_000,
  );
});
