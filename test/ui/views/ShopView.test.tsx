import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parseResellerConfig, type ResellerConfig } from '../../../src/core/config/resellerConfig';
import { LanguageProvider } from '../../../src/ui/i18n/LanguageProvider';
import { parseHash } from '../../../src/ui/route';
import { orderValues } from '../../../src/ui/views/shop/orderValues';
import { ShopView } from '../../../src/ui/views/shop/ShopView';
import { expectSeen } from '../expectSeen';

const parsed = parseResellerConfig(
  '{"ap":"mybrand","brandName":"My Brand","products":[2411,243],"languageName":"de",' +
    '"support":{"email":"help@example.com","url":"https://www.example.com/help"}}',
);
if (!parsed.ok) throw new Error(parsed.problems.join());
const config: ResellerConfig = parsed.config;

const renderShop = () => render(<ShopView route={parseHash('#/shop')} config={config} />);

describe('ShopView', () => {
  it('offers the configured products, and asks for one before going on', () => {
    renderShop();
    // The page's task, not the brand again (the header shows that).
    expectSeen(screen.getByRole('heading', { level: 1, name: 'Order an email certificate' }));
    expect(screen.queryByRole('heading', { name: 'My Brand' })).toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a certificate to continue.');
  });

  it.each([
    ['English', 'en', 'Test page', '€19 per year'],
    ['German', 'de', 'Testseite', '19 € pro Jahr'],
    // Not given in French: the first one given.
    ['French', 'fr', 'Test page', '€19 per year'],
  ] as const)(
    'shows the reseller’s notice and prices per language: %s',
    async (_, language, notice, price) => {
      const perLanguage = parseResellerConfig(
        JSON.stringify({
          ap: 'mybrand',
          products: [2411],
          notice: { en: 'Test page', de: 'Testseite' },
          prices: { 2411: { en: '€19 per year', de: '19 € pro Jahr' } },
        }),
      );
      if (!perLanguage.ok) throw new Error(perLanguage.problems.join());
      render(
        <LanguageProvider
          settings={{ offered: [language], fallback: language, followBrowser: false }}
        >
          <ShopView route={parseHash('#/shop')} config={perLanguage.config} />
        </LanguageProvider>,
      );
      // Other languages' catalogues are chunks of their own: the page follows once it is here.
      await waitFor(() => {
        expect(document.documentElement.lang).toBe(language);
      });
      expectSeen(screen.getByText(notice));
      expect(document.querySelector('.product-price')?.textContent).toContain(price);
    },
  );

  it('shows the reseller’s support contact', () => {
    renderShop();
    const help = screen.getByRole('region', { name: 'Need help?' });
    expect(help.textContent).toContain('help@example.com');
    expect(screen.getByRole('link', { name: 'Help pages' }).getAttribute('href')).toBe(
      'https://www.example.com/help',
    );
  });

  // The steps after the first are a chunk of their own (LaterSteps.tsx, issue
  // 13): the details step appears once its code is here, hence findBy.
  it('asks organization products for the company details and identifier', async () => {
    renderShop();
    fireEvent.click(screen.getByRole('radio', { name: /organization’s name/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expectSeen(
      await screen.findByRole(
        'textbox',
        { name: /Organization identifier|organization identifier/i },
        // The first import of that chunk's modules, transformed on the fly.
        { timeout: 20_000 },
      ),
    );
    expectSeen(screen.getByRole('combobox', { name: /Country/ }));
  });

  it('keeps what was typed when validation fails, and names the field', async () => {
    renderShop();
    fireEvent.click(screen.getByRole('radio', { name: /^Email certificate, 1 year/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const email = await screen.findByRole(
      'textbox',
      { name: /Your email address/ },
      { timeout: 20_000 },
    );
    fireEvent.input(email, { target: { value: 'fred at example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toContain('Enter your email address in the form name@example.com.');
    expect(alerts).toContain('Enter your account name.');
    expect(alerts.join(' ')).not.toMatch(/emailAddress|loginName|required and missing/);
    expect((email as HTMLInputElement).value).toBe('fred at example');
  });

  it('sends the configured brand, language and product, and the page itself as successURL', () => {
    const values = orderValues(
      config,
      {
        code: 2411,
        name: 'x',
        family: 'smime',
        validation: 'mailbox',
        endpoint: 'PlaceOrder',
        orderedAs: 'x_PPP',
        source: { doc: 'placeorder-smime.txt', section: 'x' },
      },
      { emailAddress: 'fred@example.com' },
      '-----BEGIN CERTIFICATE REQUEST-----',
    );
    expect(values).toMatchObject({
      ap: 'mybrand',
      reseller: 'Y',
      languageName: 'de',
      '1_PPP': '2411',
      '1_smimeEmailAddresses': 'fred@example.com',
      '1_csr': '-----BEGIN CERTIFICATE REQUEST-----',
      successURL: `${window.location.origin}${window.location.pathname}`,
    });
    expect(values.organizationName).toBeUndefined();
  });
});
