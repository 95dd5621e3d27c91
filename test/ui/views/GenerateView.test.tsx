import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GenerateView } from '../../../src/ui/views/generate/GenerateView';
import { clearSession, getSession } from '../../../src/ui/session';

const domains = () => screen.getByRole('textbox', { name: 'Domain names' });

describe('GenerateView', () => {
  it('shows only names for DV, and the organization fields for OV/EV', () => {
    render(<GenerateView />);
    expect(screen.queryByRole('textbox', { name: 'Organization' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /organization or extended validation/ }));
    expect(screen.getByRole('textbox', { name: 'Organization' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Country' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Street address 3' })).toBeTruthy();
  });

  it('switches to one email address, and RSA 2048, for S/MIME', () => {
    render(<GenerateView />);
    fireEvent.click(screen.getByRole('radio', { name: /mailbox validated/ }));
    expect(screen.getByRole('textbox', { name: 'Email address' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /RSA 2048/ }).checked).toBe(true);
  });

  it('validates live, naming the field and the rule, and keeps the text', () => {
    render(<GenerateView />);
    fireEvent.input(domains(), { target: { value: 'good.example.com\nbad_label.example.com' } });
    expect(screen.getByRole('alert').textContent).toContain(
      'Domain name 2 has an invalid label "bad_label"',
    );
    expect((domains() as HTMLTextAreaElement).value).toBe(
      'good.example.com\nbad_label.example.com',
    );
  });

  it('generates a CSR with WebCrypto, keeps the key in memory only, and offers the downloads', async () => {
    clearSession();
    render(<GenerateView />);
    fireEvent.input(domains(), { target: { value: 'app.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Generate key and CSR' }));
    const csr = await screen.findByRole(
      'figure',
      { name: 'Certificate signing request (CSR)' },
      { timeout: 10_000 },
    );
    expect(csr.textContent).toContain('-----BEGIN CERTIFICATE REQUEST-----');
    expect(screen.getByRole('button', { name: 'Download private key (.key)' })).toBeTruthy();
    expect(getSession().privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(getSession().keySaved).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have saved the private key' }));
    await waitFor(() => {
      expect(getSession().keySaved).toBe(true);
    });
    expect(await screen.findByText(/Key saved\./)).toBeTruthy();
  });
});
