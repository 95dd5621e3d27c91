import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LanguageProvider, type LanguageSettings } from '../../../src/ui/i18n/LanguageProvider';
import { GenerateView } from '../../../src/ui/views/generate/GenerateView';
import { clearSession, getSession } from '../../../src/ui/session';
import { expectSeen } from '../expectSeen';

/** The page with English and German offered, German chosen by `?lang=de` as a visitor would. */
const GERMAN: LanguageSettings = { offered: ['en', 'de'], fallback: 'en', followBrowser: false };
async function renderInGerman() {
  window.location.hash = '#/generate?lang=de';
  render(
    <LanguageProvider settings={GERMAN}>
      <GenerateView />
    </LanguageProvider>,
  );
  await screen.findByRole('heading', { name: 'Schlüssel und CSR erzeugen' });
}

const alerts = () => screen.getAllByRole('alert').map((alert) => alert.textContent);

const domains = () => screen.getByRole('textbox', { name: 'Domain names' });

describe('GenerateView', () => {
  it('shows only names for DV, and the organization fields for OV/EV', () => {
    render(<GenerateView />);
    expect(screen.queryByRole('textbox', { name: 'Organization' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /organization or extended validation/ }));
    expectSeen(screen.getByRole('textbox', { name: 'Organization' }));
    expectSeen(screen.getByRole('combobox', { name: 'Country' }));
    expectSeen(screen.getByRole('textbox', { name: 'Street address 3' }));
  });

  it('switches to one email address, and RSA 2048, for S/MIME', () => {
    render(<GenerateView />);
    fireEvent.click(screen.getByRole('radio', { name: /mailbox validated/ }));
    expectSeen(screen.getByRole('textbox', { name: 'Email address' }));
    expect(screen.queryByRole('textbox', { name: 'Domain names' })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /RSA 2048/ }).checked).toBe(true);
  });

  // The form's rules arrive just after the form (loadFormRules.ts), hence findBy.
  it('validates live, naming the field and the rule, and keeps the text', async () => {
    render(<GenerateView />);
    fireEvent.input(domains(), { target: { value: 'good.example.com\nbad_label.example.com' } });
    expect((await screen.findByRole('alert')).textContent).toContain(
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
    const download = screen.getByRole<HTMLButtonElement>('button', {
      name: 'Download private key (.key)',
    });
    expect(expectSeen(download).disabled).toBe(false);
    expect(getSession().privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(getSession().keySaved).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have saved the private key' }));
    await waitFor(() => {
      expect(getSession().keySaved).toBe(true);
    });
    expectSeen(await screen.findByText(/Key saved\./));
  });

  it('names the fields a kind requires after the first attempt, in the customer’s words', () => {
    render(<GenerateView />);
    fireEvent.click(
      screen.getByRole('radio', { name: /Email \(S\/MIME\), organization validated/ }),
    );
    fireEvent.input(screen.getByRole('textbox', { name: 'Email address' }), {
      target: { value: 'ann@example.com' },
    });
    expect(screen.queryAllByRole('alert')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Generate key and CSR' }));
    expect(alerts()).toEqual([
      'Organization is required for this kind of certificate.',
      'Street address 1 is required for this kind of certificate.',
      'Fill in at least one: Locality (city) or State or province.',
      'Postal code is required for this kind of certificate.',
      'Country is required for this kind of certificate.',
      'Some fields need attention: see the messages beside them.',
    ]);
    expect(screen.getByRole('textbox', { name: 'Organization' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('speaks German: kinds, fields, key notes, country names and problems', async () => {
    await renderInGerman();
    fireEvent.click(screen.getByRole('radio', { name: /organisations- oder erweitert validiert/ }));
    expect(screen.getByRole('option', { name: 'Deutschland (DE)' })).toBeInstanceOf(
      HTMLOptionElement,
    );
    expect(screen.getByText(/So stark wie RSA 3072/i).textContent).toBe(
      'Modern, klein und schnell; so stark wie RSA 3072. Empfohlen für Websites.',
    );
    fireEvent.input(screen.getByRole('textbox', { name: 'Domainnamen' }), {
      target: { value: 'www.example.com' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Organisation' }), {
      target: { value: 'x'.repeat(1200) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Schlüssel und CSR erzeugen' }));
    expect(alerts()).toEqual([
      'Organisation ist zu lang: höchstens 64 Zeichen (hier sind es 1.200).',
      'Ort (Stadt) ist für diese Art von Zertifikat erforderlich.',
      'Land ist für diese Art von Zertifikat erforderlich.',
      'Einige Felder brauchen Ihre Aufmerksamkeit: Siehe die Hinweise daneben.',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: /Meinen vorhandenen Schlüssel verwenden/ }));
    expect(screen.getByText('oder eine Datei hierher ziehen')).toBeInstanceOf(HTMLElement);
    expect(screen.getByText('Schlüsseldatei auswählen…')).toBeInstanceOf(HTMLElement);
  });

  it('shows the result in German, with the time in German digits and unit', async () => {
    clearSession();
    await renderInGerman();
    fireEvent.input(screen.getByRole('textbox', { name: 'Domainnamen' }), {
      target: { value: 'app.example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Schlüssel und CSR erzeugen' }));
    await screen.findByRole(
      'heading',
      { name: 'Ihr CSR und privater Schlüssel' },
      { timeout: 10_000 },
    );
    expect(screen.getByText(/in diesem Browser erzeugt\./).textContent).toMatch(
      /^ECDSA P-256, in \d+,\d\d\sSek\. in diesem Browser erzeugt\.$/,
    );
    expect(
      screen.getByRole('figure', { name: 'Zertifikatsanforderung (CSR)' }).textContent,
    ).toContain('-----BEGIN CERTIFICATE REQUEST-----');
    expect(
      screen.getByRole('button', { name: 'Zertifikatsanforderung (CSR) kopieren' }).textContent,
    ).toBe('Kopieren');
    expect(
      screen.getByRole('button', { name: 'Privaten Schlüssel herunterladen (.key)' }).textContent,
    ).toBe('Privaten Schlüssel herunterladen (.key)');
  });
});
