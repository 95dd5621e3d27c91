/**
 * The Decode view: a pasted response decoded and explained, the format and
 * endpoint shown and overridable, the request context, batch mode with its
 * exports, and share links without secrets. Everything renders as text.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHash } from '../../../src/ui/route';
import { clearSession, updateSession } from '../../../src/ui/session';
import { DecodeView } from '../../../src/ui/views/decode/DecodeView';
import { expectSeen } from '../expectSeen';
import { captureDownloads } from '../captureDownloads';

const renderAt = (hash = '#/decode') => render(<DecodeView route={parseHash(hash)} />);
const textbox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Response text' });
const paste = (text: string) => {
  fireEvent.input(textbox(), { target: { value: text } });
};
const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const outcome = () => screen.getByRole('group', { name: 'Outcome' });
const fieldsTable = () => screen.getByRole('table', { name: /^Fields/ });

/** Blobs handed to the download button, by file name. */
let saved: Map<string, Blob>;
beforeEach(() => {
  saved = captureDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('DecodeView, one response', () => {
  it('explains the documented !PlaceOrder error sample', () => {
    renderAt();
    paste('errorCode=-3&errorItem=loginName');
    expect(outcome().textContent).toContain("Error -3: The 'loginName' argument is missing!");
    expect(outcome().textContent).toContain(
      "What to do next: Add the parameter 'loginName' to the request and send it again.",
    );
    const rows = within(fieldsTable()).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]?.textContent).toMatch(/errorItem.*loginName.*name of the request parameter/);
    expect(screen.getByText(/^Read as: URL-encoded/).textContent).toContain(
      '!PlaceOrder (guessed)',
    );
  });

  it('shows what was detected in the selects, and the endpoint can be overridden', () => {
    renderAt();
    paste('errorCode=-16&errorMessage=Incorrect login details');
    expect(select('Format').selectedOptions[0]?.textContent).toBe(
      'Detect (found: URL-encoded (name=value&…))',
    );
    expect(select('Endpoint').selectedOptions[0]?.textContent).toBe(
      'Detect (guessed: !PlaceOrder)',
    );
    fireEvent.change(select('Endpoint'), { target: { value: 'AutoApplyOrder' } });
    expect(screen.getByText(/^Read as:/).textContent).toBe(
      'Read as: URL-encoded (name=value&…); !AutoApplyOrder',
    );
    expect(outcome().textContent).toContain('Error -16');
  });

  it('reads a text as the chosen format where it can, and says so where it cannot', () => {
    renderAt();
    paste('g_errorCode=-3\ng_ccc=""');
    fireEvent.change(select('Format'), { target: { value: 'javascript' } });
    expect(screen.getByText(/^Read as:/).textContent).toMatch(/^Read as: JavaScript variables/);
    fireEvent.change(select('Format'), { target: { value: 'json' } });
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be read as JSON/);
    fireEvent.change(select('Format'), { target: { value: 'push' } });
    expect(select('Endpoint').value).toBe('Push');
  });

  it('reads !AutoApplyOrder lines 5 to 7 from the request sent', () => {
    renderAt();
    paste('0\n123456789\n35.00\n1\n4455667788\nImWhh1J1');
    fireEvent.change(select('Endpoint'), { target: { value: 'AutoApplyOrder' } });
    fireEvent.change(select('showCertificateID'), { target: { value: 'Y' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'uniqueValue' }), {
      target: { value: 'ImWhh1J1' },
    });
    const names = within(fieldsTable())
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('code')?.textContent);
    expect(names).toContain('certificateID');
    expect(names).toContain('uniqueValue');
  });

  it('renders hostile values as text, and callback links as text with a copy button', () => {
    renderAt();
    paste(
      'orderNumber=<img src=x onerror=alert(1)>&verificationCode=javascript:alert(1)&statusCode=2&status=<script>alert(1)</script>',
    );
    fireEvent.change(select('Endpoint'), { target: { value: 'Push' } });
    const view = screen.getByRole('heading', { level: 1 }).closest('section') as HTMLElement;
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('script')).toBeNull();
    expect(view.textContent).toContain('<img src=x onerror=alert(1)>');
    // No address is built from a response value: the only link-like things are text.
    for (const link of view.querySelectorAll('a'))
      expect(link.getAttribute('href')).not.toMatch(/alert|javascript/);
    const links = screen.getByRole('heading', { name: 'Callback links' })
      .parentElement as HTMLElement;
    expect(within(links).getAllByRole('button', { name: /^Copy / }).length).toBeGreaterThan(0);
    expect(links.querySelector('a')).toBeNull();
    expect(links.textContent).toContain('javascript%3Aalert(1)');
  });

  it('opens the text of a share link', () => {
    renderAt(
      `#/decode?text=${encodeURIComponent('errorCode=-4&errorItem=csr')}&endpoint=PlaceOrder`,
    );
    expect(textbox().value).toBe('errorCode=-4&errorItem=csr');
    expect(select('Endpoint').value).toBe('PlaceOrder');
    expect(outcome().textContent).toContain("The value of the 'csr' argument is invalid");
  });

  it('opens the text the result page handed over in the session', () => {
    updateSession({ decodeText: 'orderNumber=8151164' });
    renderAt();
    expect(textbox().value).toBe('orderNumber=8151164');
    clearSession();
  });
});

describe('DecodeView, links and hints', () => {
  it('suggests batch mode for several responses, and follows a link opened while it is open', () => {
    const { rerender } = renderAt();
    paste('errorCode=-3&errorItem=loginName\norderNumber=8151164');
    fireEvent.click(screen.getByRole('button', { name: 'Decode them as a batch' }));
    expectSeen(screen.getByRole('heading', { name: 'Batch: 2 responses' }));
    rerender(
      <DecodeView route={parseHash('#/decode?text=errorCode%3D-4&endpoint=AutoApplyOrder')} />,
    );
    expect(textbox().value).toBe('errorCode=-4');
    expect(select('Endpoint').value).toBe('AutoApplyOrder');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'One response' }).checked).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: 'Decode them as a batch' })).toBeNull();
  });

  it('does not take one multi-line response for several', () => {
    renderAt();
    paste('-20\nThe CSR has been rejected!');
    expect(screen.queryByRole('button', { name: 'Decode them as a batch' })).toBeNull();
  });
});

describe('DecodeView, share links', () => {
  it('carries the text in the fragment, without passwords or private keys, and says what it removed', () => {
    renderAt();
    paste(
      'curl -d loginName=reseller -d loginPassword=hunter2secret -d csr=abc\n{"loginPassword": "s3cret!"}\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Make a share link' }));
    const status = screen.getByText(/^Removed before sharing:/);
    expect(status.textContent).toBe(
      'Removed before sharing: private key block, loginPassword (2 times).',
    );
    const link =
      screen.getByRole('figure', { name: 'Share link' }).querySelector('code')?.textContent ?? '';
    const url = new URL(link);
    expect(url.search).toBe('');
    const shared = parseHash(url.hash);
    expect(shared.view).toBe('decode');
    const text = shared.params.get('text') ?? '';
    expect(text).toContain('loginName=reseller');
    expect(text).toContain('loginPassword=[removed]');
    expect(text).not.toMatch(/hunter2|s3cret|MIIEvQ/);
    expect(text).toContain('[private key removed]');
  });

  it('says when there was nothing to remove', () => {
    renderAt();
    paste('orderNumber=8151164');
    fireEvent.click(screen.getByRole('button', { name: 'Make a share link' }));
    expectSeen(screen.getByText(/^Nothing that looks like a password/));
  });
});

describe('DecodeView, batch mode', () => {
  const BATCH = [
    'errorCode=-3&errorItem=loginName',
    'orderNumber=8151164',
    'errorCode=-16&errorMessage=Incorrect login details',
    '=cmd|calc',
  ].join('\n');

  it('decodes one response per line into a table, and exports CSV and JSON', async () => {
    renderAt();
    paste(BATCH);
    fireEvent.click(screen.getByRole('radio', { name: 'Many responses (batch)' }));
    expectSeen(screen.getByRole('heading', { name: 'Batch: 4 responses' }));
    const table = screen.getByRole('table', { name: 'Decoded responses' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[2]?.textContent).toContain('8151164');
    expectSeen(screen.getByText(/^1 succeeded, 2 with an error/));

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const csv = await saved.get('responses.csv')?.text();
    const lines = csv?.trimEnd().split('\r\n') ?? [];
    expect(lines[0]).toBe(
      'index,format,endpoint,endpointGuessed,status,ok,outcome,errorItem,nextStep,orderNumber,fields,notes',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^1,urlencoded,PlaceOrder,true,-3,false,The 'loginName' argument is missing!,loginName,/,
    );
    // A cell a spreadsheet would run as a formula is defused.
    expect(lines[4]).toContain(`'=cmd|calc`);

    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const json = JSON.parse((await saved.get('responses.json')?.text()) ?? '[]') as {
      status: number | null;
      text: string;
    }[];
    expect(json.map((entry) => entry.status)).toEqual([-3, 0, -16, null]);
    expect(json[1]?.text).toBe('orderNumber=8151164');
  });

  it('keeps multi-line responses whole when they are separated by blank lines', () => {
    renderAt('#/decode?mode=batch');
    paste('0\n123456789\n35.00\n1\n\n-20\nThe CSR has been rejected!\n\nerrorCode=0');
    expectSeen(screen.getByRole('heading', { name: 'Batch: 3 responses' }));
  });
});

describe('DecodeView, headlines', () => {
  it('heads a plain PEM chain with the certificates found, not "No status found"', async () => {
    // Two self-signed certificates made with @peculiar/x509 (as DecodeCertificates.test.tsx).
    const { x509 } = await import('../../../src/core/pki/x509');
    const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
    const certificate = async () => {
      const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
      const made = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: '01',
        name: 'CN=chain.example.com',
        notBefore: new Date('2024-01-01T00:00:00Z'),
        notAfter: new Date('2034-01-01T00:00:00Z'),
        keys,
        signingAlgorithm: algorithm,
      });
      return made.toString('pem');
    };
    const chain = `${await certificate()}\n${await certificate()}\n`;
    renderAt();
    paste(chain);
    expect(outcome().className).toContain('notice ok');
    expect(outcome().textContent).toContain('2 certificates found, decoded below.');
    expect(outcome().textContent).not.toContain('No status found');
  });

  it('heads a rejected push as an error and counts it as not succeeded in a batch', () => {
    const rejected =
      'orderNumber=1234567&certificateID=1234567890&Status=rejected&statusCode=7&statusDesc=Rejected%3A%20domain%20not%20allowed';
    renderAt();
    paste(rejected);
    expect(outcome().className).toContain('notice error');
    expect(outcome().textContent).toContain(
      'The certificate rejected (statusCode 7): Rejected: domain not allowed.',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Many responses (batch)' }));
    paste(
      `orderNumber=1234567&certificateID=1&Status=issued&statusCode=6&statusDesc=Valid\n${rejected}`,
    );
    expectSeen(screen.getByText(/^1 succeeded, 1 with an error/));
  });

  it('names !AutoApplyOrder for errorCode=-10&errorItem=csr, documented there', () => {
    renderAt();
    paste('errorCode=-10&errorItem=csr');
    expect(outcome().textContent).toContain('Error -10: The CSR cannot be decoded!');
    expect(outcome().textContent).not.toContain('does not document this code');
    expect(screen.getByText(/^Read as: URL-encoded/).textContent).toContain(
      '!AutoApplyOrder (guessed)',
    );
  });
});

describe('DecodeView, files', () => {
  it('takes a dropped DER file as PEM', async () => {
    renderAt();
    const der = Uint8Array.from(atob('MIIBhDCCASmgAwIBAgIU'), (c) => c.charCodeAt(0));
    const file = new File([der], 'cert.cer');
    fireEvent.drop(textbox().closest('.text-drop') as HTMLElement, {
      dataTransfer: { files: [file] },
    });
    await waitFor(() => {
      expect(textbox().value).toMatch(/^-----BEGIN CERTIFICATE-----\nMIIBhDCCASmgAwIBAgIU/);
    });
  });
});
