/**
 * Every generated key and CSR is checked by the real openssl: the signature
 * verifies, the subject and SANs are exactly what was asked for, and the CSR's
 * public key is the key's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_ALGORITHM_IDS } from '../../../src/core/pki/algorithms';
import {
  InvalidCsrRequestError,
  checkCsrRequest,
  generateKeyAndCsr,
  type CsrRequest,
} from '../../../src/core/pki/generateKeyAndCsr';
import { opensslReqCommand } from '../../../src/core/pki/opensslCommand';
import { x509 } from '../../../src/core/pki/x509';
import { openssl, opensslOk, shell } from '../openssl';

const SUBJECT = {
  commonName: 'www.example.com',
  organizationName: 'Example Ltd',
  organizationalUnitName: 'IT',
  localityName: 'Roseland',
  stateOrProvinceName: 'NJ',
  countryName: 'US',
  streetAddress: ['5 Becker Farm Road', 'Suite 100'],
  postalCode: '07068',
};

/** openssl's view of the subject, one attribute per line, UTF-8, no escaping. */
const subjectLines = (csrPem: string) =>
  opensslOk(
    ['req', '-in', 'r.csr', '-noout', '-subject', '-nameopt', 'sep_multiline,utf8,-esc_msb,sname'],
    { 'r.csr': csrPem },
  )
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter(Boolean);

const sanText = (csrPem: string) => {
  const text = opensslOk(['req', '-in', 'r.csr', '-noout', '-text'], { 'r.csr': csrPem });
  const at = text.indexOf('X509v3 Subject Alternative Name:');
  return at === -1 ? '' : (text.slice(at).split('\n')[1] ?? '').trim();
};

// RSA-8192 takes long in Node and longer on a loaded CI machine; still checked, once.
describe.each(KEY_ALGORITHM_IDS)('%s', (algorithm) => {
  it('makes a CSR that openssl verifies, with exactly the subject and SANs given, for the key returned', async () => {
    const request: CsrRequest = {
      algorithm,
      subject: SUBJECT,
      dnsNames: ['www.example.com', 'example.com', '*.shop.example.com'],
      // Public addresses (a.root-servers.net): reserved ones are refused for public certificates.
      ipAddresses: ['198.41.0.4', '2001:503:ba3e::2:30'],
      emailAddresses: ['admin@example.com'],
    };
    const { csrPem, privateKeyPem } = await generateKeyAndCsr(request);
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(csrPem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n/);

    const verify = openssl(['req', '-in', 'r.csr', '-noout', '-verify'], { 'r.csr': csrPem });
    expect(verify.status).toBe(0);
    expect(verify.stdout + verify.stderr).toMatch(/verify OK/);

    expect(subjectLines(csrPem)).toEqual([
      'C=US',
      'ST=NJ',
      'L=Roseland',
      'street=5 Becker Farm Road',
      'street=Suite 100',
      'postalCode=07068',
      'O=Example Ltd',
      'OU=IT',
      'CN=www.example.com',
    ]);
    expect(sanText(csrPem)).toBe(
      'DNS:www.example.com, DNS:example.com, DNS:*.shop.example.com, IP Address:198.41.0.4, IP Address:2001:503:BA3E:0:0:0:2:30, email:admin@example.com',
    );

    const csrKey = opensslOk(['req', '-in', 'r.csr', '-noout', '-pubkey'], { 'r.csr': csrPem });
    const ownKey = opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': privateKeyPem });
    expect(csrKey).toBe(ownKey);

    const text = opensslOk(['req', '-in', 'r.csr', '-noout', '-text'], { 'r.csr': csrPem });
    if (algorithm.startsWith('RSA')) {
      expect(text).toContain(`Public-Key: (${algorithm.slice(4)} bit)`);
      expect(text).toContain('Exponent: 65537 (0x10001)');
      expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
    } else {
      const curves: Record<string, [string, string]> = {
        'P-256': ['prime256v1', 'ecdsa-with-SHA256'],
        'P-384': ['secp384r1', 'ecdsa-with-SHA384'],
        'P-521': ['secp521r1', 'ecdsa-with-SHA512'],
      };
      const expected = curves[algorithm];
      expect(text).toContain(`ASN1 OID: ${expected?.[0] ?? ''}`);
      expect(text).toContain(`Signature Algorithm: ${expected?.[1] ?? ''}`);
    }
    // No challengePassword or other attribute than the extension request.
    expect(text).not.toMatch(/challengePassword/);
  }, 300_000);
});

describe('hostile subject values stay literal', () => {
  it.each([
    ['a comma and an equals sign', 'a,CN=b'],
    ['a plus, as in a multi-valued RDN', 'Dept+O=x'],
    ['a leading hash', '#0401'],
    ['quotes, backslash, angle brackets', `"quoted" \\ <tag> 'single'`],
    ['Unicode', 'Müller & Søn 株式会社'],
    ['a slash, as in openssl -subj', 'R&D/Ops'],
  ])('%s: %j', async (_, value) => {
    const { csrPem } = await generateKeyAndCsr({
      algorithm: 'P-256',
      subject: {
        commonName: 'example.com',
        organizationName: value,
        organizationalUnitName: value,
      },
    });
    const csr = new x509.Pkcs10CertificateRequest(csrPem);
    expect(csr.subjectName.getField('O')).toEqual([value]);
    expect(csr.subjectName.getField('OU')).toEqual([value]);
    expect(csr.subjectName.getField('CN')).toEqual(['example.com']);
    // One attribute per RDN: nothing was split or added.
    expect(csr.subjectName.toJSON()).toHaveLength(3);
    expect(subjectLines(csrPem)).toEqual([`O=${value}`, `OU=${value}`, 'CN=example.com']);
  });

  it('encodes the country as a PrintableString and the rest as UTF8String', async () => {
    const { csrPem } = await generateKeyAndCsr({
      algorithm: 'P-256',
      subject: { countryName: 'DE', commonName: 'example.com' },
    });
    const parsed = opensslOk(['asn1parse', '-in', 'r.csr'], { 'r.csr': csrPem });
    expect(parsed).toMatch(/PRINTABLESTRING\s+:DE/);
    expect(parsed).toMatch(/UTF8STRING\s+:example\.com/);
  });
});

describe('checkCsrRequest', () => {
  it.each([
    [
      'CN over 64 characters',
      { subject: { commonName: `${'a'.repeat(61)}.com` + 'x' } },
      'subject.commonName',
      'at most 64',
    ],
    [
      'street over 128',
      { subject: { commonName: 'a.com', streetAddress: ['ok', 'b'.repeat(129)] } },
      'subject.streetAddress.1',
      'at most 128',
    ],
    [
      'postal code over 40',
      { subject: { commonName: 'a.com', postalCode: '1'.repeat(41) } },
      'subject.postalCode',
      'at most 40',
    ],
    [
      'country not ISO 3166',
      { subject: { commonName: 'a.com', countryName: 'UK' } },
      'subject.countryName',
      'ISO 3166',
    ],
    [
      'country lower case',
      { subject: { commonName: 'a.com', countryName: 'us' } },
      'subject.countryName',
      'ISO 3166',
    ],
    [
      'four street lines',
      { subject: { commonName: 'a.com', streetAddress: ['1', '2', '3', '4'] } },
      'subject.streetAddress',
      'at most 3',
    ],
    [
      'a line break in O',
      { subject: { commonName: 'a.com', organizationName: 'A\nB' } },
      'subject.organizationName',
      'control character',
    ],
    [
      'wildcard not left-most',
      { subject: {}, dnsNames: ['www.*.example.com'] },
      'dnsNames.0',
      'left-most',
    ],
    [
      'bare wildcard on a TLD',
      { subject: {}, dnsNames: ['*.com'] },
      'dnsNames.0',
      'registered domain',
    ],
    [
      'label with underscore',
      { subject: {}, dnsNames: ['a_b.example.com'] },
      'dnsNames.0',
      'invalid label',
    ],
    [
      'IP address as DNS name',
      { subject: {}, dnsNames: ['192.0.2.1'] },
      'dnsNames.0',
      'IP address',
    ],
    ['bad IP', { subject: {}, ipAddresses: ['256.1.1.1'] }, 'ipAddresses.0', 'not an IPv4'],
    ['bad email', { subject: {}, emailAddresses: ['fred'] }, 'emailAddresses.0', 'not an email'],
    ['nothing at all', { subject: {} }, 'subject.commonName', 'at least'],
    [
      'CN wildcard in the middle',
      { subject: { commonName: 'a.*.example.com' } },
      'subject.commonName',
      'left-most',
    ],
  ] as const)('%s → %s', (_, request, field, text) => {
    const { issues } = checkCsrRequest(request);
    expect(issues.find((issue) => issue.field === field)?.message).toContain(text);
  });

  it('writes internationalised domain names in their punycode form, and says so', () => {
    const checked = checkCsrRequest({
      subject: {},
      dnsNames: ['bücher.example.com', 'BÜCHER.example.com'],
    });
    expect(checked.issues).toEqual([]);
    expect(checked.names.dnsNames).toEqual(['xn--bcher-kva.example.com']);
    expect(checked.notes).toEqual([
      {
        kind: 'punycode',
        values: { value: 'bücher.example.com', ascii: 'xn--bcher-kva.example.com' },
        text: 'bücher.example.com is written xn--bcher-kva.example.com in the certificate.',
      },
    ]);
  });

  it('refuses to generate from a request that breaks a rule, naming the fields', async () => {
    await expect(
      generateKeyAndCsr({ algorithm: 'P-256', subject: { countryName: 'XX' } }),
    ).rejects.toBeInstanceOf(InvalidCsrRequestError);
  });

  it('can be cancelled: the promise rejects and no key is returned', async () => {
    const controller = new AbortController();
    const pending = generateKeyAndCsr(
      { algorithm: 'RSA-2048', subject: { commonName: 'example.com' } },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the equivalent openssl req command', () => {
  it('makes a key and CSR with the same subject and SANs when run by a real shell', () => {
    const request: CsrRequest = {
      algorithm: 'P-384',
      subject: { ...SUBJECT, organizationName: `O'Brien & Sons/R+D = "best"` },
      dnsNames: ['www.example.com', 'example.com'],
    };
    const dir = mkdtempSync(join(tmpdir(), 'order-desk-req-'));
    try {
      shell(opensslReqCommand(request), dir);
      const csrPem = readFileSync(join(dir, 'www.example.com.csr'), 'utf8');
      expect(subjectLines(csrPem)).toContain(`O=O'Brien & Sons/R+D = "best"`);
      expect(subjectLines(csrPem)).toContain('CN=www.example.com');
      expect(sanText(csrPem)).toBe('DNS:www.example.com, DNS:example.com');
      expect(opensslOk(['req', '-in', 'r.csr', '-noout', '-text'], { 'r.csr': csrPem })).toContain(
        'ecdsa-with-SHA384',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
