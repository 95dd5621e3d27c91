/**
 * The Generate form's rules are a chunk of their own, fetched once the form is
 * on screen (loadFormRules.ts). Someone who presses Generate before they have
 * arrived gets the same answer as later: the click waits for the rules. A file
 * of its own, so that nothing has loaded them before this test starts.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { clearSession, getSession } from '../../../src/ui/session';
import { GenerateView } from '../../../src/ui/views/generate/GenerateView';
import { en } from '../../../src/ui/i18n/en';
import { loadPki } from '../../../src/ui/loaders';
import { loadFormRules } from '../../../src/ui/views/generate/loadFormRules';
import { loadGenerateResult } from '../../../src/ui/views/generate/loadGenerateResult';

describe('Generate pressed before the form’s rules have arrived', () => {
  it('waits for them, then names what is wrong and makes no key', async () => {
    clearSession();
    render(<GenerateView />);
    expect(loadFormRules.loaded()).toBeUndefined();
    fireEvent.input(screen.getByRole('textbox', { name: 'Domain names' }), {
      target: { value: 'nas.lan' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Generate key and CSR' }));
    await screen.findByText(en.generate.failures.attention);
    // Had the click not waited, it would have gone on to make a key from the
    // bad request: give that path (the PKI code) time to say so.
    await Promise.all([loadPki(), loadGenerateResult()]);
    await new Promise((done) => setTimeout(done));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'Domain name 1 “nas.lan” is an internal name (ending in .lan): public certificates are only issued for registered domain names.',
      en.generate.failures.attention,
    ]);
    expect(getSession().privateKeyPem).toBeUndefined();
    expect(screen.queryByRole('figure', { name: 'Certificate signing request (CSR)' })).toBeNull();
  });
});
