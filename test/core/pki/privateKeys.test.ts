/**
 * Encrypted keys open with openssl only with the right passphrase; keys made
 * by openssl in every format are read back, and the wrong ones get a clear,
 * key-free message.
 */
import { describe, expect, it } from 'vitest';
import { encryptPrivateKey, checkPassphrase } from '../../../src/core/pki/encryptPrivateKey';
import { generateKeyAndCsr, createCsr } from '../../../src/core/pki/generateKeyAndCsr';
import { readPrivateKey } from '../../../src/core/pki/readPrivateKey';
import { toPem } from '../../../src/core/encoding/pem';
import { openssl, opensslOk } from '../openssl';

const PASS = 'correct horse battery staple';
/** Fewer iterations in the unit tests only (the default, 600,000, is tested once). */
const FAST = { iterations: 2048 };

describe('encryptPrivateKey', () => {
  it('writes PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 600,000 iterations) that openssl opens with the passphrase only', async () => {
    const { privateKeyPem } = await generateKeyAndCsr({
      algorithm: 'P-256',
      subject: { commonName: 'example.com' },
    });
    const encrypted = await encryptPrivateKey(privateKeyPem, PASS);
    expect(encrypted).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);

    const structure = opensslOk(['asn1parse', '-in', 'e.pem'], { 'e.pem': encrypted });
    expect(structure).toContain('PBES2');
    expect(structure).toContain('PBKDF2');
    expect(structure).toContain('hmacWithSHA256');
    expect(structure).toContain('aes-256-cbc');
    expect(structure).toMatch(/INTEGER\s+:0927C0/); // 600000

    const opened = opensslOk(['pkey', '-in', 'e.pem', '-passin', `pass:${PASS}`], {
      'e.pem': encrypted,
    });
    const plain = opensslOk(['pkey', '-in', 'k.pem'], { 'k.pem': privateKeyPem });
    expect(opened).toBe(plain);

    const wrong = openssl(['pkey', '-in', 'e.pem', '-passin', 'pass:wrong passphrase'], {
      'e.pem': encrypted,
    });
    expect(wrong.status).not.toBe(0);
  }, 60_000);

  it.each(['RSA-2048', 'P-384', 'P-521'] as const)(
    '%s keys round-trip through openssl and back',
    async (algorithm) => {
      const { privateKeyPem } = await generateKeyAndCsr({
        algorithm,
        subject: { commonName: 'example.com' },
      });
      const encrypted = await encryptPrivateKey(privateKeyPem, PASS, FAST);
      expect(
        opensslOk(['pkey', '-in', 'e.pem', '-passin', `pass:${PASS}`, '-noout'], {
          'e.pem': encrypted,
        }),
      ).toBe('');
      const read = await readPrivateKey(encrypted, PASS);
      expect(read.ok && read.info.format).toBe('encrypted PKCS#8');
    },
    60_000,
  );

  it.each([
    ['', 'too short'],
    ['short', 'too short'],
    ['123456789', 'too short'],
  ])('refuses the passphrase %j as %s', async (passphrase, text) => {
    expect(checkPassphrase(passphrase)).toContain(text);
    const { privateKeyPem } = await generateKeyAndCsr({
      algorithm: 'P-256',
      subject: { commonName: 'example.com' },
    });
    await expect(encryptPrivateKey(privateKeyPem, passphrase)).rejects.toThrow(text);
  });
});

/** Keys made by openssl, in every format people paste. */
const opensslKey = (args: string[]) => opensslOk(args);

describe('readPrivateKey', () => {
  const cases: [string, () => string, string, string][] = [
    [
      'PKCS#8 RSA 3072',
      () => opensslKey(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:3072']),
      'PKCS#8',
      'RSA 3072',
    ],
    ['PKCS#1 RSA 2048', () => opensslKey(['genrsa', '-traditional', '2048']), 'PKCS#1', 'RSA 2048'],
    [
      'SEC1 P-256 with EC PARAMETERS',
      () => opensslKey(['ecparam', '-name', 'prime256v1', '-genkey']),
      'SEC1',
      'ECDSA P-256',
    ],
    [
      'PKCS#8 P-521',
      () => opensslKey(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521']),
      'PKCS#8',
      'ECDSA P-521',
    ],
  ];

  it.each(cases)(
    'reads %s and makes a CSR with it that openssl verifies against the same key',
    async (_, make, format, label) => {
      const pem = make();
      const read = await readPrivateKey(pem);
      if (!read.ok) throw new Error(read.message);
      expect(read.info.format).toBe(format);
      expect(read.info.label).toBe(label);
      const { csrPem } = await createCsr(read.keys, {
        algorithm: read.info.signWith,
        subject: { commonName: 'renew.example.com' },
      });
      expect(
        openssl(['req', '-in', 'r.csr', '-noout', '-verify'], { 'r.csr': csrPem }).status,
      ).toBe(0);
      const csrKey = opensslOk(['req', '-in', 'r.csr', '-noout', '-pubkey'], { 'r.csr': csrPem });
      expect(csrKey).toBe(opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': pem }));
    },
    60_000,
  );

  it('reads a key openssl encrypted with PBES2 (AES-128, HMAC-SHA256), with and without the passphrase', async () => {
    const pem = opensslOk([
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-384',
      '-aes-128-cbc',
      '-pass',
      `pass:${PASS}`,
    ]);
    expect((await readPrivateKey(pem)).ok).toBe(false);
    expect(await readPrivateKey(pem)).toMatchObject({ reason: 'needs-passphrase' });
    expect(await readPrivateKey(pem, 'not the passphrase')).toMatchObject({
      reason: 'wrong-passphrase',
    });
    const read = await readPrivateKey(pem, PASS);
    expect(read.ok && read.info.label).toBe('ECDSA P-384');
  });

  /** The Base64 body alone: the key pasted without its BEGIN/END lines. */
  const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').trim();
  it.each([
    ['PKCS#1 RSA 2048', () => opensslKey(['genrsa', '-traditional', '2048']), 'PKCS#1', 'RSA 2048'],
    [
      'SEC1 P-384',
      () => opensslKey(['ecparam', '-name', 'secp384r1', '-genkey', '-noout']),
      'SEC1',
      'ECDSA P-384',
    ],
    [
      'PKCS#8 P-256',
      () => opensslKey(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']),
      'PKCS#8',
      'ECDSA P-256',
    ],
  ])(
    'reads a bare Base64 %s key (no PEM label), as openssl does',
    async (_, make, format, label) => {
      const pem = make();
      const body = bare(pem);
      // openssl reads the same bytes as DER without being told the structure.
      const der = Buffer.from(body, 'base64');
      expect(
        opensslOk(['pkey', '-inform', 'DER', '-in', 'k.der', '-noout', '-text'], { 'k.der': der }),
      ).toContain('Private-Key');
      const read = await readPrivateKey(body);
      if (!read.ok) throw new Error(read.message);
      expect(read.info).toMatchObject({ format, label });
      // The same key: openssl derives the same public key from what was read.
      const publicOf = (key: string) =>
        opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': key });
      expect(publicOf(toPem('PRIVATE KEY', read.pkcs8))).toBe(publicOf(pem));
    },
  );

  it('asks for the passphrase of a bare Base64 encrypted PKCS#8 key', async () => {
    const encrypted = opensslOk([
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-aes-256-cbc',
      '-pass',
      `pass:${PASS}`,
    ]);
    expect(await readPrivateKey(bare(encrypted))).toMatchObject({ reason: 'needs-passphrase' });
    const read = await readPrivateKey(bare(encrypted), PASS);
    expect(read.ok && read.info.label).toBe('ECDSA P-256');
  });

  // `openssl pkcs8 -topk8 -v1 <scheme>`: the legacy schemes, the default of
  // older tools. DES needs OpenSSL 3's legacy provider to write.
  const legacyProvider = ['-provider', 'legacy', '-provider', 'default'];
  it.each([
    ['PBE-SHA1-3DES', PASS, []],
    ['PBE-SHA1-3DES', 'pässwörd ünïcode', []],
    ['PBE-SHA1-2DES', PASS, []],
    ['PBE-MD5-DES', PASS, legacyProvider],
    ['PBE-SHA1-DES', PASS, legacyProvider],
  ])(
    'decrypts a key openssl encrypted with -v1 %s, passphrase %j',
    async (scheme, passphrase, providers) => {
      const plain = opensslKey([
        'genpkey',
        '-algorithm',
        'EC',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
      ]);
      const encrypted = opensslOk(
        [
          'pkcs8',
          '-topk8',
          '-v1',
          scheme,
          ...providers,
          '-in',
          'k.pem',
          '-passout',
          `pass:${passphrase}`,
        ],
        { 'k.pem': plain },
      );
      expect(opensslOk(['asn1parse', '-in', 'e.pem'], { 'e.pem': encrypted })).toMatch(/pbeWith/);
      expect(await readPrivateKey(encrypted)).toMatchObject({ reason: 'needs-passphrase' });
      expect(await readPrivateKey(encrypted, 'not the passphrase')).toMatchObject({
        reason: 'wrong-passphrase',
      });
      const read = await readPrivateKey(encrypted, passphrase);
      if (!read.ok) throw new Error(read.message);
      expect(read.info).toMatchObject({ format: 'encrypted PKCS#8', label: 'ECDSA P-256' });
      expect(toPem('PRIVATE KEY', read.pkcs8)).toBe(plain);
    },
    60_000,
  );

  it('names the conversion for a -v1 scheme it cannot decrypt (RC2)', async () => {
    const encrypted = opensslOk(
      [
        'pkcs8',
        '-topk8',
        '-v1',
        'PBE-SHA1-RC2-40',
        ...legacyProvider,
        '-in',
        'k.pem',
        '-passout',
        `pass:${PASS}`,
      ],
      {
        'k.pem': opensslKey(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']),
      },
    );
    const read = await readPrivateKey(encrypted, PASS);
    expect(read).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(read.ok ? '' : read.message).toContain('openssl pkcs8 -topk8 -v2 aes-256-cbc');
  });

  const refusals: [string, () => string, string, RegExp][] = [
    [
      'RSA 1024',
      () => opensslKey(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024']),
      'unsupported',
      /1024 bits.*at least 2048.*-13/,
    ],
    [
      'Ed25519',
      () => opensslKey(['genpkey', '-algorithm', 'ED25519']),
      'unsupported',
      /Ed25519 keys are not accepted/,
    ],
    [
      'DSA',
      () =>
        opensslKey([
          'genpkey',
          '-genparam',
          '-algorithm',
          'DSA',
          '-pkeyopt',
          'dsa_paramgen_bits:1024',
        ]).replace(/[\s\S]*?(?=-----BEGIN DSA)/, ''),
      'not-a-key',
      /not a private key/,
    ],
    [
      'secp256k1',
      () => opensslKey(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1']),
      'unsupported',
      /P-256, P-384 and P-521/,
    ],
    [
      'legacy encrypted PEM',
      () =>
        opensslKey(['genrsa', '-traditional', '-aes128', '-passout', 'pass:abcdefghijkl', '2048']),
      'unsupported',
      /Proc-Type/,
    ],
    [
      'a CSR pasted by mistake',
      () => '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----',
      'not-a-key',
      /found: CERTIFICATE REQUEST/,
    ],
    ['binary junk', () => '\u0000\u0001garbage!!', 'invalid', /neither PEM nor Base64/],
    [
      'damaged key',
      () =>
        '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA\n-----END PRIVATE KEY-----',
      'invalid',
      /could not be read/,
    ],
    ['empty', () => '  ', 'empty', /Paste a private key/],
  ];

  it.each(refusals)(
    'refuses %s clearly, without echoing the key',
    async (_, make, reason, message) => {
      const pem = make();
      const read = await readPrivateKey(pem);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.reason).toBe(reason);
      expect(read.message).toMatch(message);
      const body = pem.split('\n').find((line) => line.length > 40);
      if (body) expect(read.message).not.toContain(body.slice(0, 20));
    },
    60_000,
  );
});
