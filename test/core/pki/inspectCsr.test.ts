/**
 * inspectCsr against real CSRs made by openssl (and by the app), one case per
 * finding, and against every kind of wrong input people paste.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKeyAndCsr } from '../../../src/core/pki/generateKeyAndCsr';
import { inspectCsr, type InspectResult } from '../../../src/core/pki/inspectCsr';
import { subtle } from '../../../src/core/pki/webcrypto';
import { base64ToBytes, readPemBlocks, toPem } from '../../../src/core/encoding/pem';
import { openssl, opensslOk } from '../openssl';
import { TAG, explicit, oid, readDer, seq, tlv } from '../../../src/core/encoding/der';

/** A CSR made by openssl: `req -new` with a fresh key of the given kind. */
function opensslCsr(
  subj: string,
  options: { key?: string[]; digest?: string; extra?: string[]; outform?: 'PEM' | 'DER' } = {},
): string {
  const key = options.key ?? ['-newkey', 'rsa:2048'];
  return opensslOk([
    'req',
    '-new',
    ...key,
    '-noenc',
    '-keyout',
    '/dev/null',
    '-subj',
    subj,
    ...(options.digest ? [`-${options.digest}`] : []),
    ...(options.extra ?? []),
  ]);
}

const codes = (inspected: InspectResult) =>
  inspected.findings.map((finding) => finding.code).filter((code) => code !== undefined);
const messages = (inspected: InspectResult) =>
  inspected.findings.map((finding) => `${finding.severity}: ${finding.message}`).join('\n');

describe('clean CSRs', () => {
  it('an openssl RSA 2048 CSR with SANs is clean and fully decoded', async () => {
    const pem = opensslCsr('/C=US/ST=NJ/L=Roseland/O=Example Ltd/CN=www.example.com', {
      // 198.41.0.4 is public (a.root-servers.net); a reserved one is an error (see "names").
      extra: ['-addext', 'subjectAltName=DNS:www.example.com,DNS:example.com,IP:198.41.0.4'],
    });
    const inspected = await inspectCsr(pem);
    expect(messages(inspected)).not.toMatch(/^error/m);
    expect(inspected.ok).toBe(true);
    expect(inspected.csr).toMatchObject({
      subject: {
        C: ['US'],
        ST: ['NJ'],
        L: ['Roseland'],
        O: ['Example Ltd'],
        CN: ['www.example.com'],
      },
      dnsNames: ['www.example.com', 'example.com'],
      ipAddresses: ['198.41.0.4'],
      key: { type: 'RSA', bits: 2048, exponent: '65537' },
      signatureAlgorithm: 'sha256WithRSAEncryption',
      signatureValid: true,
    });
  });

  it.each(['P-256', 'P-384', 'P-521', 'RSA-3072'] as const)(
    'an app-made %s CSR is clean, with its signature verified',
    async (algorithm) => {
      const { csrPem } = await generateKeyAndCsr({
        algorithm,
        subject: { commonName: 'example.com', countryName: 'DE' },
        dnsNames: ['example.com'],
      });
      const inspected = await inspectCsr(csrPem);
      expect(inspected.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(inspected.csr?.signatureValid).toBe(true);
    },
  );

  it('decodes IPv6 SANs in RFC 5952 form', async () => {
    const pem = opensslCsr('/CN=example.com', {
      extra: ['-addext', 'subjectAltName=IP:2001:db8:0:0:0:0:0:1,IP:2001:db8:1:0:0:1:0:0'],
    });
    expect((await inspectCsr(pem)).csr?.ipAddresses).toEqual(['2001:db8::1', '2001:db8:1::1:0:0']);
  });
});

describe('input forms', () => {
  const pemPromise = Promise.resolve(opensslCsr('/CN=forms.example.com'));

  it.each([
    ['PEM as openssl writes it', (pem: string) => pem],
    [
      'NEW CERTIFICATE REQUEST headers',
      (pem: string) => pem.replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST'),
    ],
    ['CRLF line ends', (pem: string) => pem.replace(/\n/g, '\r\n')],
    [
      'indented, as pasted from an email',
      (pem: string) =>
        pem
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n'),
    ],
    ['bare Base64 without headers', (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '')],
    [
      'one long Base64 line',
      (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, ''),
    ],
    ['text around it', (pem: string) => `Hello, here is my CSR:\n\n${pem}\nThanks!`],
  ])('reads %s', async (_, transform) => {
    const inspected = await inspectCsr(transform(await pemPromise));
    expect(inspected.recognised).toBe('csr');
    expect(inspected.csr?.subject.CN).toEqual(['forms.example.com']);
  });

  it('reads DER bytes', async () => {
    const der = readPemBlocks(await pemPromise)[0]?.der ?? new Uint8Array();
    expect((await inspectCsr(der)).csr?.subject.CN).toEqual(['forms.example.com']);
  });
});

describe('findings, with the code Sectigo would answer', () => {
  it.each([
    [
      'RSA 1024 key',
      () => opensslCsr('/CN=a.example.com', { key: ['-newkey', 'rsa:1024'] }),
      {},
      -13,
    ],
    [
      'secp256k1 key',
      () =>
        opensslCsr('/CN=a.example.com', {
          key: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp256k1'],
        }),
      {},
      -11,
    ],
    [
      'Ed25519 key and signature',
      () => opensslCsr('/CN=a.example.com', { key: ['-newkey', 'ed25519'] }),
      {},
      -11,
    ],
    ['no common name', () => opensslCsr('/O=Example'), {}, -8],
    [
      'wildcard CN on a non-wildcard product (287)',
      () => opensslCsr('/CN=*.example.com'),
      { product: 287 },
      -5,
    ],
    [
      'no wildcard on a wildcard product (289)',
      () => opensslCsr('/CN=www.example.com'),
      { product: 289 },
      -6,
    ],
    ['country UK (not ISO 3166)', () => opensslCsr('/C=UK/CN=a.example.com'), {}, -7],
    ['CN a public IP address', () => opensslCsr('/CN=8.8.8.8'), {}, -19],
    ['CN a private IP address', () => opensslCsr('/CN=10.1.2.3'), {}, -35],
  ] as const)('%s → %s', async (_, make, options, code) => {
    const inspected = await inspectCsr(make(), options);
    expect(inspected.ok).toBe(false);
    expect(codes(inspected)).toContain(code);
  });

  it('passes a wildcard CN on a wildcard product', async () => {
    const inspected = await inspectCsr(opensslCsr('/CN=*.example.com'), { product: 289 });
    expect(codes(inspected)).toEqual([]);
    expect(inspected.ok).toBe(true);
  });

  it('does not need a CN for S/MIME products', async () => {
    const inspected = await inspectCsr(opensslCsr('/emailAddress=fred@example.com'), {
      product: 2411,
    });
    expect(inspected.ok).toBe(true);
  });

  it('flags a field over its length limit', async () => {
    // openssl itself refuses an O of 65 characters, so this CSR is made directly with @peculiar/x509.
    const { x509 } = await import('../../../src/core/pki/x509');
    // The provider the core uses (Node's, or the core-peculiar project's), which x509 is set to.
    const keys = await subtle().generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]);
    const csr = await x509.Pkcs10CertificateRequestGenerator.create({
      name: new x509.Name([
        { '2.5.4.10': [{ utf8String: 'x'.repeat(65) }] },
        { '2.5.4.3': [{ utf8String: 'a.example.com' }] },
      ]),
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    });
    const inspected = await inspectCsr(csr.toString('pem'));
    expect(messages(inspected)).toMatch(
      /error: Organization \(O\) is 65 characters long; Sectigo allows at most 64/,
    );
  });

  it.each([
    ['md5', 'MD5', 'md5WithRSAEncryption'],
    ['sha1', 'SHA-1', 'sha1WithRSAEncryption'],
  ])(
    'accepts a %s signature with a warning (the guide lists it), and verifies it',
    async (digest, hash, name) => {
      const inspected = await inspectCsr(opensslCsr('/CN=a.example.com', { digest }));
      expect(inspected.ok).toBe(true);
      expect(inspected.csr?.signatureAlgorithm).toBe(name);
      expect(inspected.csr?.signatureValid).toBe(true);
      expect(messages(inspected)).toContain(`warning: The CSR is signed with ${hash}`);
    },
  );

  it('verifies sha224WithRSAEncryption by hand (not in WebCrypto)', async () => {
    const inspected = await inspectCsr(opensslCsr('/CN=a.example.com', { digest: 'sha224' }));
    expect(inspected.csr?.signatureAlgorithm).toBe('sha224WithRSAEncryption');
    expect(inspected.csr?.signatureValid).toBe(true);
  });

  it.each(['P-256', 'P-384', 'P-521'])(
    'verifies ecdsa-with-SHA224 on %s (not in WebCrypto), and finds a flipped signature byte (-12)',
    async (curve) => {
      const pem = opensslCsr('/CN=a.example.com', {
        key: ['-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${curve}`],
        digest: 'sha224',
      });
      const genuine = await inspectCsr(pem);
      expect(genuine.csr?.signatureAlgorithm).toBe('ecdsa-with-SHA224');
      expect(genuine.csr?.signatureChecked).toBe(true);
      expect(genuine.csr?.signatureValid).toBe(true);
      expect(genuine.ok).toBe(true);

      // The last byte of the DER is the last byte of the signature's s value.
      const der = Uint8Array.from(readPemBlocks(pem)[0]?.der ?? []);
      der[der.length - 1] = (der[der.length - 1] ?? 0) ^ 0x01;
      // openssl 3.0 exits 0 either way; its verdict is in the output.
      const verdict = openssl(['req', '-verify', '-noout', '-inform', 'DER', '-in', 'r.der'], {
        'r.der': der,
      });
      expect(verdict.stdout + verdict.stderr).toContain('verify failure');
      const flipped = await inspectCsr(der);
      expect(flipped.csr?.signatureValid).toBe(false);
      expect(flipped.ok).toBe(false);
      expect(codes(flipped)).toContain(-12);
    },
  );

  it('finds a signature that does not match (-12) after one byte of the subject changed', async () => {
    const der = readPemBlocks(opensslCsr('/CN=aaaa.example.com'))[0]?.der ?? new Uint8Array();
    const text = new TextDecoder('latin1').decode(der);
    const at = text.indexOf('aaaa');
    const tampered = Uint8Array.from(der);
    tampered[at] = 'b'.charCodeAt(0);
    const inspected = await inspectCsr(tampered);
    expect(inspected.csr?.subject.CN).toEqual(['baaa.example.com']);
    expect(codes(inspected)).toContain(-12);
  });

  it('reports trailing bytes after the CSR (-10) but still decodes it', async () => {
    const der = readPemBlocks(opensslCsr('/CN=a.example.com'))[0]?.der ?? new Uint8Array();
    const inspected = await inspectCsr(Uint8Array.from([...der, 0, 0, 0]));
    expect(codes(inspected)).toContain(-10);
    expect(messages(inspected)).toContain('3 trailing byte(s)');
    expect(inspected.csr?.subject.CN).toEqual(['a.example.com']);
  });

  it('refuses a BER indefinite-length encoding (-10)', async () => {
    const der = readPemBlocks(opensslCsr('/CN=a.example.com'))[0]?.der ?? new Uint8Array();
    // 30 82 LL LL <body> → 30 80 <body> 00 00
    const ber = Uint8Array.from([0x30, 0x80, ...der.subarray(4), 0, 0]);
    const inspected = await inspectCsr(ber);
    expect(inspected.recognised).toBe('not-der');
    expect(messages(inspected)).toContain('indefinite length');
    expect(codes(inspected)).toEqual([-10]);
  });

  it('warns of a challenge password and of a small RSA exponent', async () => {
    const key = opensslOk(['genrsa', '-3', '2048']);
    const pem = opensslOk(['req', '-new', '-key', 'k.pem', '-config', 'c.cnf'], {
      'k.pem': key,
      'c.cnf':
        '[req]\nprompt=no\ndistinguished_name=dn\nattributes=attrs\n[dn]\nCN=a.example.com\n[attrs]\nchallengePassword=hunter2hunter2\n',
    });
    const text = messages(await inspectCsr(pem));
    expect(text).toContain('warning: The CSR carries a challenge password');
    expect(text).toContain('warning: The RSA public exponent 3 is below 65537');
  });

  it('finds Fermat-close primes (CA/B BR 6.1.1.3) in a CSR whose key has them', async () => {
    const { fermatWeakKeyPem } = await import('./weakKeys');
    const { readPrivateKey } = await import('../../../src/core/pki/readPrivateKey');
    const { createCsr } = await import('../../../src/core/pki/generateKeyAndCsr');
    const read = await readPrivateKey(fermatWeakKeyPem());
    if (!read.ok) throw new Error(read.message);
    const { csrPem } = await createCsr(read.keys, {
      algorithm: 'RSA-2048',
      subject: { commonName: 'weak.example.com' },
    });
    expect(messages(await inspectCsr(csrPem))).toContain("Fermat's method factors it");
  }, 60_000);

  it('with a product: single-domain products warn of extra SANs; OV products ask for the organization', async () => {
    const pem = opensslCsr('/CN=www.example.com', {
      extra: ['-addext', 'subjectAltName=DNS:www.example.com,DNS:example.com,DNS:shop.example.com'],
    });
    expect(messages(await inspectCsr(pem, { product: 488 }))).toContain('shop.example.com');
    expect(messages(await inspectCsr(pem, { product: 583 }))).not.toContain(
      'shop.example.com) will not',
    );
    expect(messages(await inspectCsr(pem, { product: 316 }))).toContain(
      'give the organization name',
    );
  });
});

describe('high tag numbers (X.690 8.1.2.4), legal DER that openssl reads', () => {
  it("reads pyca's long-form-attribute CSR and agrees with openssl on it", async () => {
    // test/fixtures/pyca/README.md: an attribute value tagged [APPLICATION 32].
    const pem = readFileSync(
      fileURLToPath(new URL('../../fixtures/pyca/long-form-attribute.pem', import.meta.url)),
      'utf8',
    );
    const verdict = openssl(['req', '-verify', '-noout', '-in', 'r.pem'], { 'r.pem': pem });
    expect(verdict.stdout + verdict.stderr).toContain('verify failure');
    const inspected = await inspectCsr(pem);
    expect(inspected.recognised).toBe('csr');
    expect(messages(inspected)).not.toContain('cannot be decoded');
    expect(inspected.csr?.subject).toEqual({ C: ['US'] });
    expect(inspected.csr?.attributes).toEqual(['challengePassword']);
    expect(messages(inspected)).toContain(
      'info: The challengePassword attribute holds a value of type [APPLICATION 32]',
    );
    // As openssl: the signature does not verify; and Sectigo needs a CN.
    expect(inspected.csr?.signatureValid).toBe(false);
    expect(codes(inspected).sort()).toEqual([-12, -8]);
  });

  it('verifies a CSR with an [APPLICATION 32] attribute signed by openssl', async () => {
    // A CSR from openssl, its attributes replaced by one whose value is
    // 7f 20 00, then the new CertificationRequestInfo signed by openssl dgst.
    const key = opensslOk(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']);
    const base = opensslOk(['req', '-new', '-key', 'k.pem', '-subj', '/CN=a.example.com'], {
      'k.pem': key,
    });
    const der = readPemBlocks(base)[0]?.der ?? new Uint8Array();
    const info = readDer(der).children[0];
    if (!info) throw new Error('no CertificationRequestInfo');
    const [version, subject, spki] = info.children.map((node) =>
      der.subarray(node.start, node.end),
    );
    const attribute = seq(
      oid('1.2.840.113549.1.9.7'),
      tlv(TAG.SET, Uint8Array.of(0x7f, 0x20, 0x00)),
    );
    const tbs = seq(
      version ?? new Uint8Array(),
      subject ?? new Uint8Array(),
      spki ?? new Uint8Array(),
      explicit(0, attribute),
    );
    const printed = opensslOk(['dgst', '-sha256', '-sign', 'k.pem', '-hex', 't.bin'], {
      'k.pem': key,
      't.bin': tbs,
    });
    const signed = Uint8Array.from(
      (printed.split('= ')[1]?.trim().match(/../g) ?? []).map((pair) => parseInt(pair, 16)),
    );
    const csr = seq(
      tbs,
      seq(oid('1.2.840.10045.4.3.2')),
      tlv(TAG.BIT_STRING, Uint8Array.from([0, ...signed])),
    );
    const verdict = openssl(['req', '-verify', '-noout', '-inform', 'DER', '-in', 'r.der'], {
      'r.der': csr,
    });
    expect(verdict.stdout + verdict.stderr).toContain('verify OK');
    const inspected = await inspectCsr(csr);
    expect(inspected.ok).toBe(true);
    expect(inspected.csr?.signatureValid).toBe(true);
    expect(messages(inspected)).toContain('[APPLICATION 32]');
  });

  it.each([
    [
      'a leading 0x80 in the tag number',
      [0x1f, 0x80, 0x20, 0x00],
      'tag number not minimally encoded',
    ],
    ['a number below 31 in high-tag form', [0x1f, 0x05, 0x00], 'tag number 5 in high-tag form'],
    ['a tag number cut off', [0x1f, 0x81], 'truncated tag number'],
  ])('still refuses %s', (_case, bytes, reason) => {
    expect(() => readDer(Uint8Array.from(bytes))).toThrow(reason);
  });

  it('reads the tag number of [APPLICATION 32] and of a two-octet tag', () => {
    expect(readDer(Uint8Array.of(0x7f, 0x20, 0x00)).tagNumber).toBe(32);
    expect(readDer(Uint8Array.of(0x9f, 0x81, 0x00, 0x00)).tagNumber).toBe(128);
  });
});

describe('not a CSR', () => {
  it('says a certificate is a certificate', async () => {
    const cert = opensslOk([
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-noenc',
      '-keyout',
      '/dev/null',
      '-subj',
      '/CN=cert.example.com',
      '-days',
      '1',
    ]);
    const inspected = await inspectCsr(cert);
    expect(inspected.recognised).toBe('certificate');
    expect(inspected.findings[0]?.message).toContain(
      'certificate, not a certificate signing request',
    );
    const der = base64ToBytes(cert.replace(/-----[A-Z ]+-----/g, '')) ?? new Uint8Array();
    expect((await inspectCsr(der)).recognised).toBe('certificate');
  });

  it.each([
    ['PKCS#8', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']],
    ['PKCS#1', ['genrsa', '-traditional', '2048']],
    ['SEC1', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout']],
  ])(
    'says a %s private key is a private key, with or without its label, and never echoes it',
    async (_, args) => {
      const key = opensslOk(args);
      for (const input of [key, key.replace(/-----[A-Z ]+-----/g, '')]) {
        const inspected = await inspectCsr(input);
        expect(inspected.recognised).toBe('private-key');
        expect(inspected.ok).toBe(false);
        const body = key.split('\n')[1] ?? '';
        expect(JSON.stringify(inspected)).not.toContain(body.slice(0, 16));
      }
    },
  );

  it.each([
    ['empty input', '   \n', 'empty', undefined],
    ['binary junk', '\u0000\u0001\u0002ÿþ garbage', 'not-base64', -9],
    ['a PUBLIC KEY', toPem('PUBLIC KEY', Uint8Array.of(0x30, 0x00)), 'public-key', -10],
    ['some other PEM', toPem('PKCS7', Uint8Array.of(0x30, 0x00)), 'other-pem', -10],
    ['Base64 of nonsense', 'aGVsbG8gd29ybGQ=', 'not-der', -10],
  ])('%s → %s', async (_, input, recognised, code) => {
    const inspected = await inspectCsr(input);
    expect(inspected.recognised).toBe(recognised);
    expect(inspected.ok).toBe(false);
    expect(inspected.findings[0]?.code).toBe(code);
    expect(inspected.findings[0]?.fix).toBeTruthy();
  });
});

describe('DCV records', () => {
  it('hashes the DER exactly as openssl dgst does, and lays out the file and CNAME', async () => {
    const pem = opensslCsr('/CN=www.example.com', {
      extra: ['-addext', 'subjectAltName=DNS:www.example.com,DNS:*.example.com'],
    });
    const der = readPemBlocks(pem)[0]?.der ?? new Uint8Array();
    const md5 = opensslOk(['dgst', '-md5', '-r', 'r.der'], { 'r.der': der }).split(' ')[0] ?? '';
    const sha256 =
      opensslOk(['dgst', '-sha256', '-r', 'r.der'], { 'r.der': der }).split(' ')[0] ?? '';
    const { dcv } = await inspectCsr(pem, { uniqueValue: 'ImWhh1J1' });
    expect(dcv?.md5).toBe(md5);
    expect(dcv?.sha256).toBe(sha256);
    expect(dcv?.httpFile).toEqual({
      path: `/.well-known/pki-validation/${md5.toUpperCase()}.txt`,
      content: `${sha256}\nsectigo.com\nImWhh1J1`,
    });
    expect(dcv?.cname).toEqual({
      host: `_${md5}.www.example.com.`,
      value: `${sha256.slice(0, 32)}.${sha256.slice(32)}.ImWhh1J1.sectigo.com.`,
    });
    expect(dcv?.domains.map((d) => [d.domain, d.httpUrl])).toEqual([
      [
        'www.example.com',
        `http://www.example.com/.well-known/pki-validation/${md5.toUpperCase()}.txt`,
      ],
      ['*.example.com', null],
    ]);
    expect(dcv?.domains[1]?.cname.host).toBe(`_${md5}.example.com.`);
  });

  it('leaves the unique value out when none is given', async () => {
    const { dcv } = await inspectCsr(opensslCsr('/CN=www.example.com'));
    expect(dcv?.httpFile.content).toMatch(/^[0-9a-f]{64}\nsectigo\.com$/);
    expect(dcv?.cname.value).toMatch(/^[0-9a-f]{32}\.[0-9a-f]{32}\.sectigo\.com\.$/);
  });
});

describe('hostile input', () => {
  const sample = opensslCsr('/C=US/O=Fuzz/CN=fuzz.example.com', {
    extra: ['-addext', 'subjectAltName=DNS:fuzz.example.com'],
  });
  const sampleDer = readPemBlocks(sample)[0]?.der ?? new Uint8Array();

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2000 }), async (text) => {
        const inspected = await inspectCsr(text);
        expect(inspected.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated CSR bytes, and never calls a mutated CSR valid unless its signature verifies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: sampleDer.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 8 }),
        async (at, byte, cut) => {
          const mutated = Uint8Array.from(sampleDer);
          mutated[at] = byte;
          const inspected = await inspectCsr(mutated.subarray(0, mutated.length - cut));
          if (inspected.ok) expect(inspected.csr?.signatureValid).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  // How long each takes is measured in test/core/hostileInput.bench.ts (npm run bench).
  it('answers 1 MiB of text, of Base64 and of armour with a refusal', async () => {
    const inputs = [
      'A'.repeat(1 << 20),
      `-----BEGIN CERTIFICATE REQUEST-----\n${'QUFB'.repeat(1 << 18)}\n-----END CERTIFICATE REQUEST-----`,
      '-----BEGIN X-----'.repeat(1 << 16),
      '-'.repeat(1 << 20),
      '0'.repeat(1 << 20),
    ];
    for (const input of inputs) {
      const inspected = await inspectCsr(input);
      expect(inspected.ok).toBe(false);
    }
  });
});

describe('names a CA refuses, in CSRs made by openssl req', () => {
  const findingsOf = (inspected: InspectResult, severity: string) =>
    inspected.findings.filter((f) => f.severity === severity).map((f) => f.message);

  it('reports every internal name, each naming itself, and the CN', async () => {
    const pem = opensslCsr('/CN=intranet.local', {
      extra: [
        '-addext',
        'subjectAltName=DNS:intranet.local,DNS:nas.lan,DNS:www.example.com,DNS:fileserver,DNS:app.internal',
      ],
    });
    const inspected = await inspectCsr(pem);
    expect(inspected.ok).toBe(false);
    const errors = findingsOf(inspected, 'error');
    expect(errors).toEqual([
      expect.stringMatching(/^Common name: "intranet\.local" ends in \.local/),
      expect.stringMatching(/^SAN DNS name: "intranet\.local" ends in \.local/),
      expect.stringMatching(/^SAN DNS name: "nas\.lan" ends in \.lan/),
      expect.stringMatching(/^SAN DNS name: "fileserver" is a single-label name/),
      expect.stringMatching(/^SAN DNS name: "app\.internal" ends in \.internal/),
    ]);
    expect(errors.join('\n')).toContain('Baseline Requirements 4.2.2');
  });

  it('reports each reserved IP address and passes the public one', async () => {
    const pem = opensslCsr('/CN=www.example.com', {
      extra: [
        '-addext',
        'subjectAltName=DNS:www.example.com,IP:10.0.0.1,IP:fd00::1,IP:100.64.1.1,IP:8.8.8.8',
      ],
    });
    const errors = findingsOf(await inspectCsr(pem), 'error');
    expect(errors).toEqual([
      expect.stringMatching(
        /^SAN IP address: 10\.0\.0\.1 is a reserved address \(private use, RFC 1918\)/,
      ),
      expect.stringMatching(
        /^SAN IP address: fd00::1 is a reserved address \(unique local \(ULA\), RFC 4193\)/,
      ),
      expect.stringMatching(
        /^SAN IP address: 100\.64\.1\.1 is a reserved address \(shared address space/,
      ),
    ]);
  });

  it('warns about an OU in a TLS CSR (ballot SC47), with or without a product', async () => {
    const pem = opensslCsr('/C=US/O=Example Ltd/OU=IT Department/CN=www.example.com');
    for (const options of [{}, { product: 7 }]) {
      const inspected = await inspectCsr(pem, options);
      expect(inspected.ok).toBe(true);
      expect(findingsOf(inspected, 'warning')).toContainEqual(
        expect.stringMatching(
          /OU "IT Department".*September 2022 \(CA\/Browser Forum ballot SC47\)/,
        ),
      );
    }
  });

  it('does not warn about an OU in an S/MIME organization CSR', async () => {
    const pem = opensslCsr('/C=US/O=Example Ltd/OU=IT/emailAddress=fred@example.com');
    const inspected = await inspectCsr(pem, { product: 243 });
    expect(messages(inspected)).not.toMatch(/SC47/);
  });

  it.each([
    [
      'a DV product names the DV wildcard products',
      287,
      'Choose a wildcard product: PositiveSSL Wildcard DV (code 289), InstantSSL Wildcard DV (code 331) or SectigoSSL Wildcard DV (code 489); or make a new CSR for a specific name.',
    ],
    [
      'an OV product names the OV wildcard products',
      316,
      'Choose a wildcard product: InstantSSL OV Wildcard (code 35), EnterpriseSSL Pro Wildcard OV (code 65) or SectigoSSL OV Wildcard (code 322); or make a new CSR for a specific name.',
    ],
    [
      'an EV product says there is none',
      556,
      'No EV product covers wildcards: make a new CSR for specific names.',
    ],
  ])('a wildcard CN on a non-wildcard product: %s', async (_, product, fix) => {
    const inspected = await inspectCsr(opensslCsr('/CN=*.example.com'), { product });
    expect(inspected.findings.find((f) => f.code === -5)?.fix).toBe(fix);
  });

  it('a wildcard CN without a product names every wildcard product', async () => {
    const inspected = await inspectCsr(opensslCsr('/CN=*.example.com'));
    const info = findingsOf(inspected, 'info').find((m) => m.includes('wildcard product'));
    for (const code of [289, 331, 35, 65, 489, 322]) expect(info).toContain(`(code ${code})`);
  });

  it('names the multi-domain products when a single-domain product gets several names', async () => {
    const pem = opensslCsr('/CN=www.example.com', {
      extra: ['-addext', 'subjectAltName=DNS:www.example.com,DNS:shop.example.com'],
    });
    const inspected = await inspectCsr(pem, { product: 287 });
    expect(inspected.findings.find((f) => f.message.includes('covers one domain'))?.fix).toBe(
      'Choose a multi-domain product to cover them all: PositiveSSL Multi-Domain DV (code 279) or SectigoSSL UCC DV (code 492).',
    );
  });
});
