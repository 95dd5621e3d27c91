/**
 * The Inspect view with real CSRs made by the core's generateKeyAndCsr: paste,
 * findings, decoded fields, product rules, DCV records, key matching and the
 * wrong things people paste.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { encryptPrivateKey } from '../../../src/core/pki/encryptPrivateKey';
import { generateKeyAndCsr } from '../../../src/core/pki/generateKeyAndCsr';
import { inspectCsr } from '../../../src/core/pki/inspectCsr';
import { readPemBlocks } from '../../../src/core/encoding/pem';
import { x509 } from '../../../src/core/pki/x509';
import { parseHash } from '../../../src/ui/route';
import { clearSession, updateSession } from '../../../src/ui/session';
import { InspectView } from '../../../src/ui/views/inspect/InspectView';
import { expectSeen } from '../expectSeen';
import { captureDownloads } from '../captureDownloads';

const WAIT = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });

interface Pair {
  readonly csrPem: string;
  readonly privateKeyPem: string;
}

let shop: Pair; // CN shop.example.com + SANs, P-256
let wildcard: Pair; // CN *.example.com
let other: Pair; // an unrelated key
let certificatePem: string;

beforeAll(async () => {
  [shop, wildcard, other] = await Promise.all([
    generateKeyAndCsr({
      algorithm: 'P-256',
      subject: {
        commonName: 'shop.example.com',
        organizationName: 'Example Ltd',
        countryName: 'GB',
      },
      dnsNames: ['shop.example.com', 'www.shop.example.com'],
    }),
    generateKeyAndCsr({
      algorithm: 'P-256',
      subject: { commonName: '*.example.com' },
      dnsNames: ['*.example.com'],
    }),
    generateKeyAndCsr({ algorithm: 'P-256', subject: { commonName: 'other.example.com' } }),
  ]);
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=cert.example.com',
    notBefore: new Date('2024-01-01'),
    notAfter: new Date('2025-01-01'),
    keys,
    signingAlgorithm: algorithm,
  });
  certificatePem = certificate.toString('pem');
}, 60_000);

afterEach(() => {
  clearSession();
  vi.restoreAllMocks();
});

const renderAt = (hash = '#/inspect') => render(<InspectView route={parseHash(hash)} />);
const csrBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'CSR' });
const paste = (text: string) => {
  fireEvent.input(csrBox(), { target: { value: text } });
};
const inspected = () => screen.findByText(/^CSR inspected:/, undefined, WAIT);
const findingsList = () =>
  within(screen.getByRole('region', { name: 'Findings' })).queryByRole('list');

describe('InspectView', () => {
  it('starts empty, explaining what to paste, with every control labelled', () => {
    renderAt();
    expectSeen(screen.getByRole('heading', { level: 1, name: 'Inspect a CSR' }));
    expectSeen(screen.getByText(/Nothing to inspect yet/));
    expectSeen(screen.getByText('-----BEGIN CERTIFICATE REQUEST-----'));
    expect(csrBox().value).toBe('');
    const product = screen.getByRole('combobox', { name: 'Check against product' });
    expect((product as HTMLSelectElement).value).toBe('');
    expect(within(product).getByRole('option', { selected: true }).textContent).toBe(
      'No product (general rules)',
    );
    expectSeen(screen.getByRole('textbox', { name: 'uniqueValue (optional)' }));
    expect(screen.queryByRole('region', { name: 'Findings' })).toBeNull();
  });

  it('groups the product choices by family and validation level', () => {
    renderAt();
    const product = screen.getByRole('combobox', { name: 'Check against product' });
    const groups = [...product.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toContain('SSL/TLS, domain validated (DV)');
    expect(groups).toContain('S/MIME, mailbox validated');
    expectSeen(within(product).getByRole('option', { name: 'PositiveSSL DV (287)' }));
  });

  it('inspects a pasted CSR: findings first, then the decoded fields', async () => {
    renderAt();
    paste(shop.csrPem);
    expectSeen(await screen.findByText('Inspecting…', undefined, WAIT));
    await inspected();
    const regions = screen
      .getAllByRole('region')
      .map((region) => region.getAttribute('aria-labelledby'));
    expect(regions.indexOf('inspect-findings-title')).toBeLessThan(
      regions.indexOf('inspect-decoded-title'),
    );
    expectSeen(screen.getByText(/this CSR follows Sectigo's rules/));

    const subject = screen.getByRole('table', { name: 'Subject' });
    expectSeen(within(subject).getByRole('row', { name: /Common name.*shop\.example\.com/ }));
    expectSeen(within(subject).getByRole('row', { name: /Organization.*Example Ltd/ }));
    expectSeen(within(subject).getByRole('row', { name: /Country.*GB/ }));
    const names = screen.getByRole('table', { name: 'Subject alternative names' });
    expect(within(names).getByRole('row', { name: /DNS names \(2\)/ }).textContent).toContain(
      'www.shop.example.com',
    );
    const key = screen.getByRole('table', { name: 'Key and signature' });
    expect(within(key).getByRole('row', { name: /Public key/ }).textContent).toContain('P-256');
    expect(within(key).getByRole('row', { name: /Signature algorithm/ }).textContent).toMatch(
      /ecdsa-with-SHA256/i,
    );
    expectSeen(within(key).getByRole('row', { name: /^Signature Verifies/ }));
    expectSeen(
      within(screen.getByRole('table', { name: 'Requested extensions' })).getByText(
        'Subject Alternative Name',
      ),
    );
    expectSeen(
      within(screen.getByRole('table', { name: 'Attributes' })).getByText('extensionRequest'),
    );
  });

  it('lists errors worst first, with the Sectigo code and the fix', async () => {
    renderAt('#/inspect?product=287');
    paste(wildcard.csrPem);
    await inspected();
    expectSeen(screen.getByText(/Sectigo would refuse this CSR for PositiveSSL DV/));
    const list = findingsList();
    expect(list?.tagName).toBe('OL');
    const items = within(list as HTMLElement).getAllByRole('listitem');
    const first = items[0] as HTMLElement;
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toMatch(/^Error /);
    expect(first.textContent).toContain('Sectigo would answer -5.');
    expectSeen(within(first).getByText('Fix:'));
    const severities = items.map(
      (item) => /^(Error|Warning|Note)/.exec(within(item).getByRole('heading').textContent)?.[1],
    );
    const rank = { Error: 0, Warning: 1, Note: 2 } as Record<string, number>;
    const ranks = severities.map((severity) => rank[severity ?? ''] ?? 9);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('names every name a public CA refuses, the OU, and the wildcard products to choose', async () => {
    // A private-CA request (publicTrust: false) is the only way the core makes such a CSR.
    const refused = await generateKeyAndCsr({
      algorithm: 'P-256',
      publicTrust: false,
      subject: { commonName: '*.example.com', organizationalUnitName: 'IT Department' },
      dnsNames: ['*.example.com', 'intranet.local', 'nas.lan', 'fileserver.corp'],
      ipAddresses: ['10.0.0.1', '8.8.8.8'],
    });
    renderAt('#/inspect?product=287');
    paste(refused.csrPem);
    await inspected();
    const items = within(findingsList() as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    for (const [name, suffix] of [
      ['intranet.local', '.local'],
      ['nas.lan', '.lan'],
      ['fileserver.corp', '.corp'],
    ])
      expect(items).toContainEqual(
        expect.stringContaining(`"${name}" ends in ${suffix}, a name for private networks`),
      );
    expect(items).toContainEqual(
      expect.stringContaining('10.0.0.1 is a reserved address (private use, RFC 1918)'),
    );
    expect(items.join('\n')).not.toContain('8.8.8.8 is a reserved');
    expect(items).toContainEqual(expect.stringContaining('(CA/Browser Forum ballot SC47)'));
    expect(items).toContainEqual(
      expect.stringContaining(
        'Choose a wildcard product: PositiveSSL Wildcard DV (code 289), InstantSSL Wildcard DV (code 331) or SectigoSSL Wildcard DV (code 489)',
      ),
    );
  });

  it('re-lints when the product changes, and keeps the product in the address', async () => {
    renderAt();
    paste(wildcard.csrPem);
    await inspected();
    expect(screen.queryByText(/Sectigo would answer -5/)).toBeNull();
    const product = screen.getByRole('combobox', { name: 'Check against product' });
    fireEvent.change(product, { target: { value: '287' } });
    expectSeen(await screen.findByText('Sectigo would answer', { exact: false }, WAIT));
    await waitFor(() => {
      expect(screen.getByText(/Sectigo would answer/).textContent).toBe('Sectigo would answer -5.');
    }, WAIT);
    expect(window.location.hash).toBe('#/inspect?product=287');
    // A wildcard product takes it.
    fireEvent.change(product, { target: { value: '289' } });
    await waitFor(() => {
      expect(screen.queryByText(/Sectigo would answer -5/)).toBeNull();
    }, WAIT);
    await inspected();
    expectSeen(screen.getByText(/follows Sectigo's rules for PositiveSSL Wildcard DV/));
  });

  it('shows the DCV records exactly as the core computes them, each with a copy button', async () => {
    const expected = (await inspectCsr(shop.csrPem)).dcv;
    if (!expected) throw new Error('no DCV records');
    renderAt();
    paste(shop.csrPem);
    await inspected();
    const hashes = screen.getByRole('table', { name: 'Hashes of the CSR' });
    expect(within(hashes).getByRole('row', { name: /^MD5/ }).textContent).toContain(expected.md5);
    expect(within(hashes).getByRole('row', { name: /^SHA-256/ }).textContent).toContain(
      expected.sha256,
    );
    expectSeen(within(hashes).getByRole('button', { name: 'Copy MD5 hash' }));
    expectSeen(within(hashes).getByRole('button', { name: 'Copy SHA-256 hash' }));
    for (const domain of expected.domains) {
      const table = screen.getByRole('table', { name: domain.domain });
      expect(within(table).getByRole('row', { name: /HTTP file URL/ }).textContent).toContain(
        domain.httpUrl ?? '',
      );
      expect(within(table).getByRole('row', { name: /CNAME host/ }).textContent).toContain(
        domain.cname.host,
      );
      expect(within(table).getByRole('row', { name: /CNAME value/ }).textContent).toContain(
        domain.cname.value,
      );
      for (const what of ['file URL', 'CNAME host', 'CNAME value'])
        expectSeen(
          within(table).getByRole('button', { name: `Copy ${what} for ${domain.domain}` }),
        );
    }
  });

  it('downloads the validation file under its MD5 name with the core content', async () => {
    const expected = (await inspectCsr(shop.csrPem)).dcv;
    if (!expected) throw new Error('no DCV records');
    const saved = captureDownloads();
    renderAt();
    paste(shop.csrPem);
    await inspected();
    const fileName = `${expected.md5.toUpperCase()}.txt`;
    fireEvent.click(screen.getByRole('button', { name: `Download ${fileName}` }));
    expect([...saved.keys()]).toEqual([fileName]);
    expect(await saved.get(fileName)?.text()).toBe(expected.httpFile.content);
  });

  it('says the HTTP file is not possible for a wildcard name', async () => {
    renderAt();
    paste(wildcard.csrPem);
    await inspected();
    const table = screen.getByRole('table', { name: '*.example.com' });
    expect(within(table).getByRole('row', { name: /HTTP file URL/ }).textContent).toContain(
      'Not possible for wildcards',
    );
  });

  it('puts a valid uniqueValue into the records and flags an invalid one', async () => {
    renderAt();
    paste(shop.csrPem);
    await inspected();
    const unique = screen.getByRole('textbox', { name: 'uniqueValue (optional)' });
    fireEvent.input(unique, { target: { value: 'Abc123' } });
    await waitFor(() => {
      const table = screen.getByRole('table', { name: 'shop.example.com' });
      expect(within(table).getByRole('row', { name: /CNAME value/ }).textContent).toMatch(
        /\.Abc123\.sectigo\.com\./,
      );
    }, WAIT);
    fireEvent.input(unique, { target: { value: 'not valid!' } });
    const alert = await screen.findByRole('alert', undefined, WAIT);
    expect(alert.textContent).toMatch(/uniqueValue/);
    expect(unique.getAttribute('aria-invalid')).toBe('true');
  });

  it('tells whether a private key belongs to the CSR: yes', async () => {
    renderAt();
    paste(shop.csrPem);
    await inspected();
    fireEvent.input(screen.getByRole('textbox', { name: 'Private key (PEM)' }), {
      target: { value: shop.privateKeyPem },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check the key' }));
    expect((await screen.findByText('Yes:', undefined, WAIT)).parentElement?.textContent).toMatch(
      /belongs to this CSR/,
    );
  });

  it('tells whether a private key belongs to the CSR: no, and forgets the key on request', async () => {
    renderAt();
    paste(shop.csrPem);
    await inspected();
    const keyBox = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Private key (PEM)',
    });
    fireEvent.input(keyBox, { target: { value: other.privateKeyPem } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the key' }));
    expect((await screen.findByText('No:', undefined, WAIT)).parentElement?.textContent).toMatch(
      /does not belong to this CSR/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Forget the key' }));
    expect(keyBox.value).toBe('');
    expect(screen.queryByText('No:')).toBeNull();
  });

  it('asks for the passphrase of an encrypted key, and says when it is wrong', async () => {
    const encrypted = await encryptPrivateKey(shop.privateKeyPem, 'correct horse battery');
    renderAt();
    paste(shop.csrPem);
    await inspected();
    fireEvent.input(screen.getByRole('textbox', { name: 'Private key (PEM)' }), {
      target: { value: encrypted },
    });
    const passphrase = screen.getByLabelText('Passphrase of the encrypted key');
    expect(passphrase.getAttribute('type')).toBe('password');
    fireEvent.input(passphrase, { target: { value: 'wrong passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the key' }));
    expect((await screen.findByRole('alert', undefined, WAIT)).textContent).toBe(
      'The passphrase does not open this key.',
    );
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(passphrase, { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the key' }));
    expect((await screen.findByText('Yes:', undefined, WAIT)).parentElement?.textContent).toMatch(
      /belongs to this CSR/,
    );
  });

  it('refuses a private key pasted as the CSR, clears it and never shows it', async () => {
    renderAt();
    paste(shop.privateKeyPem);
    expectSeen(await screen.findByText(/That was a private key, not a CSR/, undefined, WAIT));
    expectSeen(screen.getByText(/This is a PRIVATE KEY, not a CSR/));
    expect(csrBox().value).toBe('');
    const keyLines = shop.privateKeyPem.split('\n').filter((line) => line && !line.startsWith('-'));
    const page = document.body.innerHTML;
    for (const line of keyLines) expect(page).not.toContain(line);
    // Typing again starts afresh.
    paste('x');
    await waitFor(() => {
      expect(screen.queryByText(/That was a private key/)).toBeNull();
    }, WAIT);
  });

  it.each([
    [
      'a certificate',
      () => certificatePem,
      /This is a certificate, not a certificate signing request/,
    ],
    ['binary junk', () => '\u0000\u0001\u00ff garbage ☃ %%%', /not valid Base64/],
    ['a megabyte of text', () => 'A'.repeat(1024 * 1024 - 1) + '!', /not valid Base64/],
  ])('explains %s without crashing', async (_name, text, message) => {
    renderAt();
    paste(text());
    expectSeen(await screen.findByText(message, undefined, WAIT));
    expectSeen(screen.getByText('This is not a CSR: see the finding below.'));
    expect(screen.queryByRole('region', { name: 'Decoded CSR' })).toBeNull();
  });

  it('keeps only the latest result when typing fast', async () => {
    renderAt();
    paste(wildcard.csrPem);
    paste('');
    paste(shop.csrPem);
    await inspected();
    expectSeen(
      within(screen.getByRole('table', { name: 'Subject' })).getByText('shop.example.com'),
    );
    await new Promise((done) => setTimeout(done, 400));
    expect(screen.queryByText('*.example.com')).toBeNull();
  });

  it('reads a chosen DER file', async () => {
    const der = readPemBlocks(shop.csrPem)[0]?.der ?? new Uint8Array();
    renderAt();
    const chooser = screen.getByLabelText('Choose a CSR file…');
    fireEvent.change(chooser, {
      target: { files: [new File([der as BlobPart], 'shop.der')] },
    });
    await inspected();
    expectSeen(screen.getByText('shop.der'));
    expectSeen(
      within(screen.getByRole('table', { name: 'Subject' })).getByText('shop.example.com'),
    );
  });

  it('offers the CSR just generated in one click', async () => {
    updateSession({ csrPem: wildcard.csrPem });
    renderAt();
    fireEvent.click(screen.getByRole('button', { name: 'Inspect the CSR you just generated' }));
    expect(csrBox().value).toBe(wildcard.csrPem);
    await inspected();
    expect(screen.queryByRole('button', { name: 'Inspect the CSR you just generated' })).toBeNull();
  });

  it('opens the generated CSR straight away from #/inspect?from=generate', async () => {
    updateSession({ csrPem: shop.csrPem });
    renderAt('#/inspect?from=generate');
    expect(csrBox().value).toBe(shop.csrPem);
    await inspected();
  });
});
