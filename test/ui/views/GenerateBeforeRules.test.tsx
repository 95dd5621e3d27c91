/**
 * The Generate form's rules are a chunk of their own, fetched once the form is
 * on screen (loadFormRules.ts). Someone who presses Generate before they have
 * arrived gets the same answer as later: the click waits for the rules, with
 * the button disabled meanwhile. Each test takes fresh modules, so that
 * nothing has loaded the rules before it starts.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/ui/i18n/en';

async function freshGenerateView() {
  vi.resetModules();
  const { GenerateView } = await import('../../../src/ui/views/generate/GenerateView');
  const { loadFormRules } = await import('../../../src/ui/views/generate/loadFormRules');
  const { loadPki } = await import('../../../src/ui/loaders');
  const { loadGenerateResult } = await import('../../../src/ui/views/generate/loadGenerateResult');
  const session = await import('../../../src/ui/session');
  session.clearSession();
  render(<GenerateView />);
  expect(loadFormRules.loaded()).toBeUndefined();
  return { loadPki, loadGenerateResult, session };
}

const domains = () => screen.getByRole('textbox', { name: 'Domain names' });
const generateButton = () =>
  screen.getByRole<HTMLButtonElement>('button', { name: 'Generate key and CSR' });

describe('Generate pressed before the form’s rules have arrived', () => {
  it('waits for them, then names what is wrong and makes no key', async () => {
    const { loadPki, loadGenerateResult, session } = await freshGenerateView();
    fireEvent.input(domains(), { target: { value: 'nas.lan' } });
    fireEvent.click(generateButton());
    await screen.findByText(en.generate.failures.attention);
    // Had the click not waited, it would have gone on to make a key from the
    // bad request: give that path (the PKI code) time to say so.
    await Promise.all([loadPki(), loadGenerateResult()]);
    await new Promise((done) => setTimeout(done));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'Domain name 1 “nas.lan” is an internal name (ending in .lan): public certificates are only issued for registered domain names.',
      en.generate.failures.attention,
    ]);
    expect(session.getSession().privateKeyPem).toBeUndefined();
    expect(screen.queryByRole('figure', { name: 'Certificate signing request (CSR)' })).toBeNull();
  });

  it('is disabled while it waits, so a second tap cannot start a second key', async () => {
    const { session } = await freshGenerateView();
    fireEvent.input(domains(), { target: { value: 'app.example.com' } });
    fireEvent.click(generateButton());
    expect(generateButton().disabled).toBe(true);
    await screen.findByRole(
      'figure',
      { name: 'Certificate signing request (CSR)' },
      { timeout: 10_000 },
    );
    expect(session.getSession().privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(generateButton().disabled).toBe(false);
  });
});
