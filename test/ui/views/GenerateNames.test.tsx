/**
 * Names a CA refuses, in the Generate view: what the customer sees for each
 * bad line, for a pasted URL and for an IP address, and what the CSR then
 * holds (decoded by the core's inspector).
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspectCsr } from '../../../src/core/pki/inspectCsr';
import { clearSession } from '../../../src/ui/session';
import { GenerateView } from '../../../src/ui/views/generate/GenerateView';
import { expectSeen } from '../expectSeen';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => {
  clearSession();
});

const domains = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Domain names' });
const type = (text: string) => {
  fireEvent.input(domains(), { target: { value: text } });
};

describe('Generate: names a CA refuses', () => {
  // The form's rules arrive just after the form (loadFormRules.ts), hence findBy.
  it('says what is wrong with every bad line, naming each, and keeps the text', async () => {
    render(<GenerateView />);
    const text = [
      'www.example.com',
      'nas.lan',
      '10.0.0.1',
      'intranet',
      'a_b.example.com',
      'printer.local',
    ].join('\n');
    type(text);
    const alert = await screen.findByRole('alert');
    const lines = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'Domain name 2 “nas.lan” is an internal name (ending in .lan): public certificates are only issued for registered domain names.',
      'Domain name 3 10.0.0.1 is a private or reserved address: public certificates cannot include it.',
      'Domain name 4 “intranet” needs at least two parts, such as example.com.',
      'Domain name 5 has an invalid label "a_b" (in “a_b.example.com”): use letters, digits and hyphens only, at most 63 characters per part, and no hyphen at either end.',
      'Domain name 6 “printer.local” is an internal name (ending in .local): public certificates are only issued for registered domain names.',
    ]);
    expect(domains().value).toBe(text);
    expect(domains().getAttribute('aria-invalid')).toBe('true');
    expect(domains().getAttribute('aria-describedby')).toContain('names-error');
  });

  it('shows one bad line as a sentence, not a list', async () => {
    render(<GenerateView />);
    type('www.example.com\nserver.internal');
    const alert = await screen.findByRole('alert');
    expect(alert.tagName).toBe('P');
    expect(alert.textContent).toBe(
      'Domain name 2 “server.internal” is an internal name (ending in .internal): public certificates are only issued for registered domain names.',
    );
  });

  it('reads a pasted URL as its host and an IP address as an IP address, with a note each', async () => {
    render(<GenerateView />);
    type('https://www.example.com/shop?ref=1\n8.8.8.8');
    expectSeen(
      await screen.findByText(
        '“https://www.example.com/shop?ref=1” looks like a web address: only its domain name, www.example.com, goes in the certificate.',
      ),
    );
    expectSeen(screen.getByText('8.8.8.8 is an IP address: it goes in the certificate as one.'));
    expect(screen.queryByRole('alert')).toBeNull();
    const command = screen.getByRole('figure', { name: 'openssl req command' }).textContent;
    expect(command).toContain("-subj '/CN=www.example.com'");
    expect(command).toContain("subjectAltName=DNS:www.example.com,IP:8.8.8.8'");
  });

  it('no longer offers an organizational unit for OV/EV websites (ballot SC47)', () => {
    render(<GenerateView />);
    fireEvent.click(screen.getByRole('radio', { name: /organization or extended validation/ }));
    expectSeen(screen.getByRole('textbox', { name: 'Organization' }));
    expect(screen.queryByRole('textbox', { name: /Organizational unit/ })).toBeNull();
  });

  it('makes a CSR with the host of the URL as CN and DNS name, and the IP as an IP address', async () => {
    render(<GenerateView />);
    type('https://shop.example.com/\n8.8.8.8');
    fireEvent.click(screen.getByRole('button', { name: 'Generate key and CSR' }));
    const figure = await screen.findByRole(
      'figure',
      { name: 'Certificate signing request (CSR)' },
      { timeout: 10_000 },
    );
    const inspected = await inspectCsr(figure.textContent);
    expect(inspected.csr).toMatchObject({
      subject: { CN: ['shop.example.com'] },
      dnsNames: ['shop.example.com'],
      ipAddresses: ['8.8.8.8'],
    });
    expect(inspected.ok).toBe(true);
  });
});
