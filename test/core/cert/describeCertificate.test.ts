/**
 * describeCertificate against the real openssl: every field it reports is
 * the one `openssl x509` prints for the same certificate, for an RSA root, an
 * ECDSA P-384 intermediate and an S/MIME end entity. Unreadable or non-DER
 * input is a value, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCertificate, validityAt } from '../../../src/core/cert';
import type { CertificateInfo } from '../../../src/core/cert';
import { base64ToBytes, readPemBlocks } from '../../../src/core/encoding/pem';
import { opensslOk } from '../openssl';
import { LEAF_EMAIL, makeTestChain } from './testChain';

const chain = makeTestChain();

/** openssl's view of one certificate. */
function opensslView(pem: string) {
  const files = { 'c.pem': pem };
  const field = (...args: string[]) =>
    opensslOk(['x509', '-in', 'c.pem', '-noout', ...args], files).trim();
  const value = (line: string) => line.slice(line.indexOf('=') + 1);
  const text = field('-text');
  return {
    subject: value(field('-subject', '-nameopt', 'RFC2253')),
    issuer: value(field('-issuer', '-nameopt', 'RFC2253')),
    serial: value(field('-serial')),
    notBefore: new Date(value(field('-startdate'))).toISOString(),
    notAfter: new Date(value(field('-enddate'))).toISOString(),
    sha1: value(field('-fingerprint', '-sha1')),
    sha256: value(field('-fingerprint', '-sha256')),
    signature: /Signature Algorithm: (\S+)/.exec(text)?.[1],
    bits: Number(/Public-Key: \((\d+) bit\)/.exec(text)?.[1]),
    curve: /NIST CURVE: (\S+)/.exec(text)?.[1],
    isCA: /CA:TRUE/.test(text),
    emails: [...text.matchAll(/email:([^,\s]+)/g)].map((match) => match[1]),
  };
}

async function describeOk(input: string | Uint8Array): Promise<CertificateInfo> {
  const result = await describeCertificate(input);
  if (!result.ok) throw new Error(result.message);
  return result.certificate;
}

describe('describeCertificate, compared with openssl x509', () => {
  it.each([
    ['the RSA root', chain.rootPem, { selfSigned: true }],
    ['the ECDSA P-384 intermediate', chain.intermediatePem, { selfSigned: false }],
    ['the S/MIME end entity', chain.leafPem, { selfSigned: false }],
  ])('reads %s as openssl does', async (_name, pem, expected) => {
    const info = await describeOk(pem);
    const openssl = opensslView(pem);
    expect(info.subject).toBe(openssl.subject);
    expect(info.issuer).toBe(openssl.issuer);
    expect(info.serialNumber).toBe(openssl.serial);
    expect(info.notBefore).toBe(openssl.notBefore);
    expect(info.notAfter).toBe(openssl.notAfter);
    expect(info.fingerprints).toEqual({ sha1: openssl.sha1, sha256: openssl.sha256 });
    expect(info.signatureAlgorithm).toBe(openssl.signature);
    expect(info.key.bits).toBe(openssl.bits);
    expect(info.key.curve).toBe(openssl.curve);
    expect(info.isCA).toBe(openssl.isCA);
    expect(info.subjectAltNames.email).toEqual(openssl.emails);
    expect(info.selfSigned).toBe(expected.selfSigned);
    expect(info.selfIssued).toBe(expected.selfSigned);
  });

  it('gives the S/MIME details a support person checks', async () => {
    const info = await describeOk(chain.leafPem);
    expect(info).toMatchObject({
      version: 3,
      commonName: 'Alice Example',
      subjectAltNames: { email: [LEAF_EMAIL], dns: [], ip: [] },
      key: { type: 'RSA', bits: 2048 },
      signatureAlgorithm: 'ecdsa-with-SHA384',
      notBefore: chain.leafDates.notBefore,
      notAfter: chain.leafDates.notAfter,
      isCA: false,
      keyUsage: ['digitalSignature', 'keyEncipherment'],
      extendedKeyUsage: ['emailProtection', 'clientAuth'],
    });
    expect(info.subjectAttributes.map((a) => [a.type, a.value])).toEqual([
      ['CN', 'Alice Example'],
      ['emailAddress', LEAF_EMAIL],
    ]);
    expect(info.serialNumber).toBe('0A1B2C3D4E5F60718293');
    const intermediate = await describeOk(chain.intermediatePem);
    expect(intermediate).toMatchObject({
      isCA: true,
      pathLength: 0,
      key: { type: 'EC', curve: 'P-384', bits: 384 },
    });
    expect(info.authorityKeyId).toBe(intermediate.subjectKeyId);
  });

  it('says where a certificate stands at a given moment', async () => {
    const info = await describeOk(chain.leafPem);
    expect(validityAt(info, new Date('2024-05-13T23:59:59Z'))).toBe('not-yet-valid');
    expect(validityAt(info, new Date('2025-05-13T23:59:59Z'))).toBe('valid');
    expect(validityAt(info, new Date('2025-05-14T00:00:00Z'))).toBe('expired');
  });
});

describe('describeCertificate reads every way a certificate is pasted', () => {
  const der = readPemBlocks(chain.leafPem)[0]?.der ?? new Uint8Array();
  const body = chain.leafPem.replace(/-----[A-Z ]+-----/g, '').trim();

  it.each([
    ['DER bytes', der],
    ['bare Base64', body],
    ['CRLF and indentation', chain.leafPem.replaceAll('\n', '\r\n    ')],
    [
      'the document’s spaced armour',
      `----- BEGIN CERTIFICATE -----\n${body}\n---- END CERTIFICATE -----`,
    ],
    [
      'a PKCS#7 bundle (its first certificate)',
      opensslOk(['crl2pkcs7', '-nocrl', '-certfile', 'c.pem'], { 'c.pem': chain.leafPem }),
    ],
  ])('%s', async (_name, input) => {
    expect((await describeOk(input)).fingerprints.sha256).toBe(opensslView(chain.leafPem).sha256);
  });

  it('refuses what is not a certificate, with a message', async () => {
    for (const input of [
      '',
      'hello',
      chain.leafKeyPem,
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
    ]) {
      const result = await describeCertificate(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toBe('');
    }
    expect((await describeCertificate(null as unknown as string)).ok).toBe(false);
  });

  it('insists on strict DER: a non-minimal length is refused', async () => {
    // Re-encode the outer length with one byte more than needed (BER, not DER).
    const lengthBytes = (der[1] ?? 0) & 0x7f;
    const loose = new Uint8Array([0x30, 0x80 | (lengthBytes + 1), 0, ...der.subarray(2)]);
    const result = await describeCertificate(loose);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/strict DER/);
  });

  it('never throws on arbitrary text or bytes, nor on damaged certificates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.uint8Array({ maxLength: 2000 }),
          fc.tuple(fc.nat(der.length - 1), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
            const copy = new Uint8Array(der);
            copy[at] = byte;
            return copy;
          }),
        ),
        async (input) => {
          const result = await describeCertificate(input);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
    expect(base64ToBytes('AAAA')).not.toBeNull();
  });
});
