/**
 * Certificates in a pasted response: decoded, the chain checked, the validity
 * line compared, downloads offered, and a PKCS#12 file built from the key of
 * this visit or a pasted one. The chain is made here with @peculiar/x509.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { toPem } from '../../../src/core/encoding/pem';
import { x509 } from '../../../src/core/pki/x509';
import { parseHash } from '../../../src/ui/route';
import { clearSession, updateSession } from '../../../src/ui/session';
import { DecodeView } from '../../../src/ui/views/decode/DecodeView';
import { expectSeen } from '../expectSeen';
import { captureDownloads } from '../captureDownloads';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

let rootPem: string;
let leafPem: string;
let leafKeyPem: string;

beforeAll(async () => {
  const rootKeys = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const leafKeys = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=Test Root CA, O=Test Trust Ltd, C=GB',
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2040-01-01T00:00:00Z'),
    keys: rootKeys,
    signingAlgorithm: ALGORITHM,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '0a1b2c',
    subject: 'CN=Alice Example',
    issuer: root.subject,
    notBefore: new Date('2024-05-14T00:00:00Z'),
    notAfter: new Date('2025-05-13T23:59:59Z'),
    publicKey: leafKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.SubjectAlternativeNameExtension([{ type: 'email', value: 'alice@example.com' }]),
    ],
  });
  rootPem = root.toString('pem');
  leafPem = leaf.toString('pem');
  leafKeyPem = toPem(
    'PRIVATE KEY',
    new Uint8Array(await crypto.subtle.exportKey('pkcs8', leafKeys.privateKey)),
  );
});

let saved: Map<string, Blob>;
beforeEach(() => {
  saved = captureDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
  clearSession();
});

/** A RequestAndCollectSMIME answer as documented: status 2, the validity line, root first. */
const response = (validity = '14/05/2024 13/05/2025') => `2\n${validity}\n${rootPem}${leafPem}`;

function renderWith(text: string) {
  render(<DecodeView route={parseHash('#/decode')} />);
  fireEvent.input(screen.getByRole('textbox', { name: 'Response text' }), {
    target: { value: text },
  });
}

describe('DecodeView, certificates', () => {
  it('decodes each certificate and checks the chain and the validity line', async () => {
    renderWith(response());
    const leaf = await screen.findByRole(
      'article',
      { name: 'Certificate 2: Alice Example' },
      { timeout: 5000 },
    );
    expect(leaf.textContent).toContain('alice@example.com');
    expect(leaf.textContent).toContain('0A1B2C');
    expect(leaf.textContent).toContain('2024-05-14 00:00:00 UTC');
    expect(leaf.textContent).toContain('Elliptic curve (ECDSA), P-256');
    expectSeen(within(leaf).getByText('End entity'));
    const root = screen.getByRole('article', { name: 'Certificate 1: Test Root CA' });
    expectSeen(within(root).getByText('Root CA'));

    const checks = screen.getByRole('list', { name: 'Chain check' }).textContent;
    expect(checks).toMatch(/Root first: .*RequestAndCollectSMIME documents/);
    expect(checks).toMatch(/Complete: it ends at the self-signed root “Test Root CA”/);
    expect(checks).toContain('The validity line matches the certificate’s dates.');
  });

  it('counts the certificates once read', async () => {
    renderWith(response());
    expectSeen(await screen.findByRole('heading', { name: 'Certificates (2)' }, { timeout: 5000 }));
  });

  it('says when the validity line does not match', async () => {
    renderWith(response('15/05/2024 13/05/2025'));
    const checks = await screen.findByRole('list', { name: 'Chain check' }, { timeout: 5000 });
    expect(checks.textContent).toMatch(
      /does not match the certificate \(not before: line 15\/05\/2024, certificate 14\/05\/2024\)/,
    );
  });

  it('offers the certificate, the chain and the full bundle, end entity first', async () => {
    renderWith(response());
    await screen.findByRole('article', { name: /^Certificate 2/ }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Download certificate (.pem)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download chain (.pem)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download full bundle (.pem)' }));
    expect(await saved.get('certificate.pem')?.text()).toBe(leafPem.trim() + '\n');
    expect(await saved.get('chain.pem')?.text()).toBe(rootPem.trim() + '\n');
    expect(await saved.get('fullchain.pem')?.text()).toBe(`${leafPem.trim()}\n${rootPem.trim()}\n`);
  });

  it('builds a PKCS#12 file with the key of this visit, after two matching passwords', async () => {
    updateSession({ privateKeyPem: leafKeyPem });
    renderWith(response());
    await screen.findByRole(
      'heading',
      { name: 'PKCS#12 file for mail clients' },
      { timeout: 5000 },
    );
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: 'The key generated in this visit' })
        .checked,
    ).toBe(true);
    const password = screen.getByLabelText(/^Password for the file/);
    const again = screen.getByLabelText(/^Password again/);
    fireEvent.input(password, { target: { value: 'correct horse battery' } });
    fireEvent.input(again, { target: { value: 'correct horse' } });
    expectSeen(screen.getByText('The two passwords differ.'));
    fireEvent.input(again, { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Legacy file/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Build the PKCS#12 file' }));
    await waitFor(
      () => {
        expectSeen(
          screen.getByText(/^Ready: “alice@example.com”, 2 certificates and the key; legacy: 3DES/),
        );
      },
      { timeout: 10_000 },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download certificate-legacy.p12' }));
    const p12 = new Uint8Array(
      await (saved.get('certificate-legacy.p12')?.arrayBuffer() ??
        Promise.resolve(new ArrayBuffer(0))),
    );
    expect(p12[0]).toBe(0x30);
    expect(p12.length).toBeGreaterThan(500);
  });

  it('builds with a pasted key, and refuses a key that does not fit', async () => {
    renderWith(response());
    const key = await screen.findByRole(
      'textbox',
      { name: 'Private key (PEM)' },
      { timeout: 5000 },
    );
    fireEvent.input(key, { target: { value: rootPem } });
    fireEvent.input(screen.getByLabelText(/^Password for the file/), {
      target: { value: 'correct horse battery' },
    });
    fireEvent.input(screen.getByLabelText(/^Password again/), {
      target: { value: 'correct horse battery' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Build the PKCS#12 file' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a private key/);
    fireEvent.input(key, { target: { value: leafKeyPem } });
    fireEvent.click(screen.getByRole('button', { name: 'Build the PKCS#12 file' }));
    await waitFor(
      () => {
        expectSeen(screen.getByText(/^Ready: .*AES-256-CBC with PBKDF2-HMAC-SHA256/));
      },
      { timeout: 10_000 },
    );
    expectSeen(screen.getByRole('button', { name: 'Download certificate.p12' }));
  });
});
