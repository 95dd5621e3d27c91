/**
 * The reseller ordering page (config.json) end to end, with a local stand-in for
 * Sectigo's !PlaceOrder: it answers the POST with a 302 to successURL or
 * errorURL carrying the result in the query string, as placeorder-smime.txt
 * describes ("Specified successURL or errorURL").
 */
import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openssl, opensslOk } from '../core/openssl';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';
import { startStaticHost } from './support/server';

const PLACE_ORDER = 'https://secure.trust-provider.com/products/!PlaceOrder';
const CONFIG = JSON.stringify({
  ap: 'mybrand',
  reseller: 'Y',
  brandName: 'My Brand Secure Email',
  products: [2411, 243],
});

const app = useAppUnderTest({ extraFiles: { 'config.json': CONFIG } });

/** Answers the order POST like Sectigo: a 302 to successURL or errorURL with the result. */
function sectigoStandIn(
  result: (posted: URLSearchParams) => { success: boolean; query: string },
  seen: URLSearchParams[],
) {
  return async (route: Route) => {
    const posted = new URLSearchParams(route.request().postData() ?? '');
    seen.push(posted);
    const { success, query } = result(posted);
    const target = posted.get(success ? 'successURL' : 'errorURL') ?? '';
    await route.fulfill({ status: 302, headers: { Location: `${target}?${query}` } });
  };
}

const EMAIL = /^Your email address/;

async function fillDetails(page: Page) {
  await page.getByRole('textbox', { name: /^First name/ }).fill('Fred');
  await page.getByRole('textbox', { name: 'Last name' }).fill('Bloggs');
  await page.getByRole('textbox', { name: EMAIL }).fill('fred@example.com');
  await page.getByRole('textbox', { name: /^Account name/ }).fill('fredbloggs');
  await page.getByLabel(/^Account password/).fill('s3cret-Passw0rd');
  await page.getByLabel(/^Password again/).fill('s3cret-Passw0rd');
}

describe('the customer ordering flow', () => {
  it('orders a mailbox certificate: key saved first, the posted CSR verifies and matches the key, the order number is shown', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { acceptDownloads: true });
    const { page, context } = watched;
    const seen: URLSearchParams[] = [];
    await context.route(
      `${PLACE_ORDER}*`,
      sectigoStandIn(() => ({ success: true, query: 'orderNumber=8151164' }), seen),
    );
    await page.goto(app.host.url);
    await page.getByRole('heading', { level: 1, name: 'Order an email certificate' }).waitFor();
    expect(await page.locator('header .brand-name').textContent()).toBe('My Brand Secure Email');
    await page.getByRole('radio', { name: /^Email certificate, 1 year/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Nothing typed is lost when validation fails.
    await page.getByRole('textbox', { name: EMAIL }).fill('not an email');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await page.getByRole('textbox', { name: EMAIL }).inputValue()).toBe('not an email');
    await fillDetails(page);
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('button', { name: 'Make my key' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect
      .poll(() => page.getByText('Download your private key (or confirm you saved it)').count())
      .toBe(1);
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my private key (.key)' }).click();
    const keyPem = readFileSync(await (await pending).path(), 'utf8');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { name: 'Review your order' }).waitFor();
    // The raw request is only in the technical details, and holds neither key nor password.
    await page.getByText('Technical details (for support)').click();
    const review = page.getByRole('table');
    expect(await review.textContent()).not.toContain('PRIVATE KEY');
    expect(await review.textContent()).not.toContain('s3cret-Passw0rd');
    // The order goes to Sectigo in a new tab; the redirect lands there and is passed back here.
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Place order' }).click();
    const resultTab = await popup;
    await page.getByRole('heading', { name: /your order was placed/ }).waitFor();
    await resultTab.getByRole('heading', { name: 'The order was placed' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('8151164');
    expect(await resultTab.locator('main').innerText()).toContain('8151164');
    expect(seen).toHaveLength(1);
    const posted = seen[0] ?? new URLSearchParams();
    expect(posted.get('ap')).toBe('mybrand');
    expect(posted.get('1_PPP')).toBe('2411');
    expect(posted.get('emailAddress')).toBe('fred@example.com');
    expect(posted.get('loginPassword')).toBe('s3cret-Passw0rd');
    expect(posted.get('successURL')).toBe(app.host.url);
    expect([...posted.keys()].some((name) => /key/i.test(name) && !/csr/i.test(name))).toBe(false);
    const csrPem = posted.get('1_csr') ?? '';
    expect(openssl(['req', '-in', 'r.csr', '-noout', '-verify'], { 'r.csr': csrPem }).status).toBe(
      0,
    );
    expect(opensslOk(['req', '-in', 'r.csr', '-noout', '-pubkey'], { 'r.csr': csrPem })).toBe(
      opensslOk(['pkey', '-in', 'k.pem', '-pubout'], { 'k.pem': keyPem }),
    );
    // The result was read from the address of the result tab, then removed from it.
    await expect.poll(() => new URL(resultTab.url()).search).toBe('');
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });

  it('explains an error redirect in plain words', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { acceptDownloads: true });
    const { page, context } = watched;
    const seen: URLSearchParams[] = [];
    await context.route(
      `${PLACE_ORDER}*`,
      sectigoStandIn(
        () => ({ success: false, query: 'errorCode=-16&errorMessage=Incorrect+login+details' }),
        seen,
      ),
    );
    await page.goto(app.host.url);
    await page.getByRole('radio', { name: /^Email certificate, 1 year/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await fillDetails(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Make my key' }).click();
    const saved = page.getByRole('checkbox', { name: 'I have saved my private key' });
    expect(await saved.isDisabled()).toBe(true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my private key (.key)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.key$/);
    expect(await saved.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { name: 'Your order was not placed' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Sectigo could not sign you in');
    expect(await page.locator('main').innerText()).not.toMatch(/errorCode|-16/);
    await context.close();
  });

  it('names the file and the bad key when config.json is invalid, and still works as the general tool', async () => {
    const bad = await startStaticHost(undefined, {
      extraFiles: { 'config.json': '{"ap":"brand","products":[999],"colour":"red"}' },
    });
    try {
      const watched = await openWatched(app.browser, bad.origin);
      const { page } = watched;
      await page.goto(bad.url);
      const alert = page.getByRole('alert').filter({ hasText: 'misconfigured' });
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('config.json: "products.0" 999 is not a product this page can order');
      expect(text).toContain('config.json: "colour" is not a configuration key');
      await page.getByRole('link', { name: 'Generate key & CSR' }).click();
      await page.getByRole('heading', { name: 'Generate a key and CSR' }).waitFor();
      await watched.context.close();
    } finally {
      await bad.close();
    }
  });

  // The check needs every English message, which the page otherwise loads a
  // page at a time (src/ui/config/useResellerConfig.ts).
  it.each([
    ['a known key', { 'shop.start.collectLink': 'Fetch the certificate you bought' }, null],
    [
      'an unknown key',
      { 'shop.start.nope': 'x' },
      'config.json: "messages.en" names "shop.start.nope", which is not a text message of this page.',
    ],
  ] as const)(
    'checks the reseller’s wording (%s) against every English message',
    async (_, words, problem) => {
      const host = await startStaticHost(undefined, {
        extraFiles: {
          'config.json': JSON.stringify({
            ...(JSON.parse(CONFIG) as object),
            messages: { en: words },
          }),
        },
      });
      try {
        const watched = await openWatched(app.browser, host.origin);
        const { page } = watched;
        await page.goto(`${host.url}shop.html`);
        if (problem === null) {
          await page.getByRole('button', { name: 'Fetch the certificate you bought' }).waitFor();
        } else {
          const alert = page.getByRole('alert').filter({ hasText: 'misconfigured' });
          await alert.waitFor();
          expect(await alert.textContent()).toContain(problem);
        }
        expect(watched.consoleErrors).toEqual([]);
        expect(watched.pageErrors).toEqual([]);
        await watched.context.close();
      } finally {
        await host.close();
      }
    },
  );
});
