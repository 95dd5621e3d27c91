/**
 * The customer's whole journey on a branded ordering page, in real Chromium,
 * against a local stand-in for Sectigo that answers as placeorder-smime.txt
 * and requestandcollectsmime.txt document:
 * order → error → try again → success → collect → .p12.
 *
 * The stand-in answers !PlaceOrder like placeorder-smime.txt ("Specified
 * successURL or errorURL": a redirect with the result in the query string),
 * first with -16, then with an order number; it signs the CSR that was posted
 * with a test CA made by openssl, so the collected certificate really belongs
 * to the customer's key. RequestAndCollectSMIME answers as
 * requestandcollectsmime.txt describes for responseEncoding=0: status 2, then
 * the PEM certificates. `openssl pkcs12` then opens the .p12 with the chosen
 * password and finds that key and certificate.
 *
 * Set SHOTS_DIR to also save screenshots of every step at 1280 and 390 px.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/core/spec/endpoints';
import { openssl, opensslOk } from '../core/openssl';
import { issueSmimeCertificate, makeTestCa, type TestCa } from '../fixtures/testCa';
import { useAppUnderTest } from './support/appUnderTest';
import { seriousViolations } from './support/axe';
import { openWatched } from './support/browser';

const PLACE_ORDER = 'https://secure.trust-provider.com/products/!PlaceOrder';
const COLLECT = 'https://secure.trust-provider.com/products/download/RequestAndCollectSMIME';
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32" viewBox="0 0 64 32">' +
  '<rect width="64" height="32" rx="6" fill="#0a5c8a"/><text x="32" y="21" font-size="14" ' +
  'text-anchor="middle" fill="#fff" font-family="sans-serif">MB</text></svg>';
const CONFIG = JSON.stringify({
  ap: 'mybrand',
  reseller: 'Y',
  brandName: 'My Brand Secure Email',
  products: [2411, 243],
  prices: { '2411': '€19 per year' },
  logo: 'logo.svg',
  accentColor: '#0a5c8a',
  showTools: false,
  support: { email: 'support@example.com', phone: '+44 20 7946 0000' },
});
const PASSWORD = 's3cret-Passw0rd';
const P12_PASSWORD = 'correct horse battery';

const app = useAppUnderTest({ extraFiles: { 'config.json': CONFIG, 'logo.svg': LOGO } });
const SHOTS = process.env.SHOTS_DIR;

/** Every !PlaceOrder and RequestAndCollectSMIME parameter name a customer must never read. */
const NAMES = [
  ...ENDPOINTS.PlaceOrder.params.map((p) => p.name),
  ...ENDPOINTS.RequestAndCollectSMIME.params.map((p) => p.name),
].filter((name) => name.length > 4 && !/^(?:name|years|csr)$/i.test(name));
const PARAM_NAME = new RegExp(
  `(?:^|[^A-Za-z])(?:1_)?(?:${[...new Set(NAMES)].join('|')})(?![A-Za-z])`,
);

/** A test CA made by openssl, standing in for Sectigo's issuing CA. */
let ca: TestCa;
beforeAll(() => {
  ca = makeTestCa();
});

const signCsr = (csrPem: string, email: string): string => issueSmimeCertificate(ca, csrPem, email);

/** Sectigo stand-in: the first order fails with -16, the next is placed and its CSR signed. */
function standIn() {
  const orders: URLSearchParams[] = [];
  const collects: URLSearchParams[] = [];
  let issued = '';
  const placeOrder = async (route: Route) => {
    const posted = new URLSearchParams(route.request().postData() ?? '');
    orders.push(posted);
    const query =
      orders.length === 1
        ? 'errorCode=-16&errorMessage=Incorrect+login+details%2C+account+is+locked'
        : 'orderNumber=8151164';
    if (orders.length > 1)
      issued = signCsr(posted.get('1_csr') ?? '', posted.get('emailAddress') ?? '');
    const target = posted.get(orders.length === 1 ? 'errorURL' : 'successURL') ?? '';
    await route.fulfill({ status: 302, headers: { Location: `${target}?${query}` } });
  };
  const collect = async (route: Route) => {
    collects.push(new URLSearchParams(route.request().postData() ?? ''));
    // requestandcollectsmime.txt: the documented order is root (CA) first, end entity last.
    await route.fulfill({
      status: 200,
      headers: { 'Content-Type': 'text/plain' },
      body: `2\n${ca.cert}${issued}`,
    });
  };
  return { orders, collects, placeOrder, collect, issued: () => issued };
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** What a customer reads (closed "Technical details" excluded): no parameter names in it. */
async function expectPlainWords(page: Page, step: string) {
  const text = await page.locator('main').innerText();
  expect(text.match(PARAM_NAME)?.[0] ?? null, `a parameter name on the ${step} step`).toBeNull();
  expect(text, step).not.toMatch(/-\d{1,3}\b.*(?:errorCode|Error -)/);
}

describe('the customer journey on the reseller’s page', () => {
  it.each([
    // shop.html, the page README tells resellers to link (its own build, the
    // first step in its first load); index.html with config.json is the same flow.
    ['on shop.html, under the page’s own Content-Security-Policy', false, 'shop.html'],
    ['on index.html, with axe-core on every step', true, ''],
  ])(
    'order → error → try again → success → collect → .p12, %s',
    async (_, axe, pageFile) => {
      const watched = await openWatched(app.browser, app.host.origin, {
        acceptDownloads: true,
        bypassCSP: axe,
        viewport: { width: 1280, height: 900 },
      });
      const { page, context } = watched;
      const sectigo = standIn();
      await context.route(`${PLACE_ORDER}*`, sectigo.placeOrder);
      await context.route(`${COLLECT}*`, sectigo.collect);
      const step = async (name: string) => {
        await expectPlainWords(page, name);
        if (axe) expect(await seriousViolations(page), name).toEqual([]);
        else await shot(page, name);
      };

      await page.goto(`${app.host.url}${pageFile}`);
      await page.getByRole('heading', { level: 1, name: 'Order an email certificate' }).waitFor();
      // The reseller's look: their name and logo from beside index.html in the
      // header, accent through the CSSOM, no tools.
      expect(await page.locator('header .brand-name').textContent()).toBe('My Brand Secure Email');
      await expect
        .poll(() =>
          page.locator('img.brand-logo').evaluate((img: HTMLImageElement) => img.naturalWidth),
        )
        .toBeGreaterThan(0);
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
        ),
      ).toBe('#0a5c8a');
      expect(await page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
      await step('1-product');

      await page.getByRole('radio', { name: /^Email certificate, 1 year/ }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Enter your email address.').waitFor();
      await step('2-details-errors');
      await page.getByRole('textbox', { name: /^First name/ }).fill('Fred');
      await page.getByRole('textbox', { name: 'Last name' }).fill('Bloggs');
      await page.getByRole('textbox', { name: /^Your email address/ }).fill('fred@example.com');
      await page.getByRole('textbox', { name: /^Account name/ }).fill('fredbloggs');
      await page.getByLabel(/^Account password/).fill('wrong-Passw0rd');
      await page.getByLabel(/^Password again/).fill('wrong-Passw0rd');
      await step('2-details');
      await page.getByRole('button', { name: 'Continue' }).click();

      await page.getByRole('button', { name: 'Make my key' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download my private key (.key)' }).click();
      const keyPath = await (await download).path();
      const keyPem = readFileSync(keyPath, 'utf8');
      await step('3-key');
      await page.getByRole('button', { name: 'Continue' }).click();

      await page.getByRole('heading', { name: 'Review your order' }).waitFor();
      expect(await page.locator('main').innerText()).toContain(
        'My Brand Secure Email approves the order',
      );
      await step('4-review');

      // The order goes out in a new tab; this one keeps everything.
      let popup = context.waitForEvent('page');
      await page.getByRole('button', { name: 'Place order' }).click();
      let resultTab = await popup;
      await page.getByRole('heading', { name: 'Your order was not placed' }).waitFor();
      await resultTab.getByText('Your ordering page is still open').waitFor();
      await expect.poll(() => new URL(resultTab.url()).search).toBe('');
      await resultTab.close();
      expect(await page.locator('main').innerText()).toContain('Sectigo could not sign you in');
      expect(await page.locator('main').innerText()).toContain('support@example.com');
      await step('5-error');

      await page.getByRole('button', { name: 'Try again' }).click();
      expect(await page.getByRole('textbox', { name: /^Your email address/ }).inputValue()).toBe(
        'fred@example.com',
      );
      expect(await page.getByRole('textbox', { name: 'Last name' }).inputValue()).toBe('Bloggs');
      expect(await page.getByLabel(/^Account password/).inputValue()).toBe('');
      await step('5-try-again');
      await page.getByLabel(/^Account password/).fill(PASSWORD);
      await page.getByLabel(/^Password again/).fill(PASSWORD);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('You are using the same key as before').waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      popup = context.waitForEvent('page');
      await page.getByRole('button', { name: 'Place order' }).click();
      resultTab = await popup;
      await page.getByRole('heading', { name: /your order was placed/ }).waitFor();
      await resultTab.close();
      expect(await page.locator('main').innerText()).toContain('8151164');
      expect(await page.locator('main').innerText()).toContain(
        'Sectigo sends an email to fred@example.com',
      );
      await step('6-success');

      // Both orders carried the same CSR, which belongs to the saved key.
      expect(sectigo.orders).toHaveLength(2);
      const csrPem = sectigo.orders[1]?.get('1_csr') ?? '';
      expect(sectigo.orders[0]?.get('1_csr')).toBe(csrPem);
      expect(sectigo.orders[0]?.get('loginPassword')).toBe('wrong-Passw0rd');
      expect(sectigo.orders[1]?.get('loginPassword')).toBe(PASSWORD);
      expect(opensslOk(['req', '-in', 'r.csr', '-noout', '-pubkey'], { 'r.csr': csrPem })).toBe(
        opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': keyPem }),
      );

      // Collect: the request goes out in a new tab; the customer copies the answer back.
      await page.getByRole('button', { name: 'Collect my certificate' }).click();
      await page.getByLabel(/^Account password/).fill(PASSWORD);
      await step('7-collect');
      popup = context.waitForEvent('page');
      await page.getByRole('button', { name: 'Ask Sectigo for my certificate' }).click();
      const answerTab = await popup;
      await answerTab.waitForLoadState();
      const answer = await answerTab.locator('body').innerText();
      await answerTab.close();
      // How to bring the answer back, on a phone as on a computer.
      await page.getByText(/On a phone, touch and hold the text/).waitFor();
      expect(sectigo.collects[0] && Object.fromEntries(sectigo.collects[0])).toEqual({
        loginName: 'fredbloggs',
        loginPassword: PASSWORD,
        orderNumber: '8151164',
        queryType: '1',
        responseType: '3',
        responseEncoding: '0',
        responseMimeType: 'text/plain',
        returnCertificate: 'Y',
      });
      await page.getByLabel('Sectigo’s answer').fill(answer);
      await page.getByText('Your certificate is here').waitFor();
      // The key file the customer saved, not the copy in memory.
      await page.getByRole('radio', { name: 'Use my saved key file' }).check();
      await page.getByLabel('Choose the key file…').setInputFiles(keyPath);
      await page.getByRole('button', { name: 'Check my key' }).click();
      await page.getByText('Your key and your certificate belong together.').waitFor();
      await step('8-collect-key');

      await page.getByLabel(/^New password for the file/).fill(P12_PASSWORD);
      await page.getByLabel(/^Password again/).fill(P12_PASSWORD);
      await page.getByRole('button', { name: 'Make my certificate file' }).click();
      const p12Download = page.waitForEvent('download');
      await page.getByRole('button', { name: /^Download .*\.p12/ }).click();
      const p12 = readFileSync(await (await p12Download).path());
      await page.getByRole('heading', { name: /Install it in your mail program/ }).waitFor();
      // A customer on a phone finds their own mail program among the steps.
      await page
        .getByRole('region', { name: 'Mail on iPhone and iPad' })
        .getByText(/Profile Downloaded/)
        .waitFor();
      await step('9-p12-install');

      // openssl opens the file with the chosen password and finds that key and certificate.
      const files = { 'f.p12': p12 };
      const pass = ['-passin', `pass:${P12_PASSWORD}`];
      const leaf = opensslOk(['pkcs12', '-in', 'f.p12', ...pass, '-nokeys', '-clcerts'], files);
      const key = opensslOk(['pkcs12', '-in', 'f.p12', ...pass, '-nocerts', '-nodes'], files);
      const fingerprint = (pem: string) =>
        opensslOk(['x509', '-in', 'c.pem', '-noout', '-fingerprint', '-sha256'], { 'c.pem': pem });
      expect(fingerprint(leaf)).toBe(fingerprint(sectigo.issued()));
      expect(opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': key })).toBe(
        opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': keyPem }),
      );
      expect(
        openssl(['pkcs12', '-in', 'f.p12', '-passin', 'pass:wrong password', '-noout'], files)
          .status,
      ).not.toBe(0);

      expect(watched.foreignRequests).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      if (!axe) expect(watched.consoleErrors).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
