/** The README's "Public core API" examples, run as written against src/core/index.ts. */
import { describe, expect, it } from 'vitest';
import {
  buildRequest,
  decodeResponse,
  encryptPrivateKey,
  findParam,
  generateKeyAndCsr,
  inspectCsr,
  searchCatalogue,
} from '../../src/core';

describe('README examples', () => {
  it('generate, encrypt, inspect, build and decode', async () => {
    const { csrPem, privateKeyPem } = await generateKeyAndCsr({
      algorithm: 'P-256',
      subject: {
        commonName: 'www.example.com',
        organizationName: 'Example Ltd',
        countryName: 'GB',
      },
      dnsNames: ['www.example.com', 'example.com'],
    });
    expect(csrPem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----/);
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);

    const encrypted = await encryptPrivateKey(privateKeyPem, 'correct horse battery');
    expect(encrypted).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);

    const report = await inspectCsr(csrPem, { product: 289 });
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ severity: 'error', code: -6 });
    expect(report.findings[0]?.message).toContain('must contain exactly one wildcard');
    expect(report.dcv?.httpFile.path).toMatch(
      /^\/\.well-known\/pki-validation\/[0-9A-F]{32}\.txt$/,
    );

    const order = buildRequest('PlaceOrder', {
      ap: 'mybrand',
      reseller: 'Y',
      '1_PPP': '2411',
      name: 'Fred Bloggs',
      emailAddress: 'fred@example.com',
      loginName: 'fred',
      loginPassword: 'secret',
      '1_csr': csrPem,
      successURL: 'https://shop.example.com/result',
      errorURL: 'https://shop.example.com/result',
    });
    expect(order.form).toMatchObject({
      action: 'https://secure.trust-provider.com/products/!PlaceOrder',
      method: 'POST',
    });
    expect(order.url).toBeUndefined();
    expect(order.issues.some((issue) => issue.field === 'loginPassword')).toBe(true);
    expect(order.html).toContain('<form');
    expect(order.curl).toMatch(/^curl --location /);

    const decoded = decodeResponse('errorCode=-3&errorItem=loginName');
    expect(decoded).toMatchObject({
      format: 'urlencoded',
      endpoint: 'PlaceOrder',
      status: -3,
      ok: false,
    });
    expect(decoded.error).toMatchObject({
      code: -3,
      message: "The 'loginName' argument is missing!",
    });

    expect(findParam('AutoApplyOrder', 'DCVMETHOD')?.default).toBe('EMAIL');
    const [first] = searchCatalogue('what does -55 mean on AutoApplyOrder?');
    expect(first?.kind === 'error' && first.error.message).toBe(
      'This Request Token is not unique!',
    );
  });
});
