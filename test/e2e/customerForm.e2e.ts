/**
 * The order form a reseller publishes, end to end: built
 * in the Build order view from the reseller's settings only, loaded as a
 * standalone page from another origin in Chromium, filled in only where it
 * shows fields, and posted to a local stand-in for Sectigo. What the stand-in
 * receives must be complete and pass buildRequest.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../src/core/order/buildRequest';
import { ENDPOINTS } from '../../src/core/spec/endpoints';
import { seriousViolations } from './support/axe';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';
import { startStaticHost } from './support/server';
import { SMIME_CSR } from '../fixtures/sampleCsrs';

const SECTIGO = 'https://secure.trust-provider.com/**';

/** An S/MIME CSR for fred@example.com (openssl req, P-256, SAN email). */
const CSR = SMIME_CSR;

/** What the customer types, by the name of the field the page shows. */
const CUSTOMER: Record<string, string> = {
  name: 'Fred Bloggs',
  foreName: 'Fred',
  surName: 'Bloggs',
  emailAddress: 'fred@example.com',
  loginName: 'fred_login',
  loginPassword: `p"w'd <&> 😀`,
  '1_smimeEmailAddresses': 'fred@example.com',
  '1_csr': CSR,
};

const app = useAppUnderTest();

describe('the customer-fillable order form', () => {
  it('built from the reseller’s settings, filled by a customer in Chromium, posts a complete request', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page, context } = watched;
    const posts: string[] = [];
    await context.route(SECTIGO, async (route: Route) => {
      posts.push(route.request().postData() ?? '');
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'orderNumber=1234567' });
    });

    // The reseller: brand, who charges, the product; the redirect URLs are pre-filled.
    await page.goto(`${app.host.url}#/order`);
    await page.getByRole('heading', { level: 1, name: 'Build an order' }).waitFor();
    await page.getByLabel(/^Reseller brand name/).fill('mybrand');
    await page.getByLabel(/^Who charges the customer/).selectOption('Y');
    await page.getByLabel(/^Item 1: Product pricing code/).selectOption('2411');
    const panel = page.getByRole('region', { name: 'The order form your customers fill in' });
    await panel.getByRole('button', { name: 'Make the order form…' }).click();
    await panel.getByText('The form is complete').waitFor();
    const html = (await panel.locator('#order-customer-form-html').textContent()) ?? '';
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);

    // The page on a host of its own, as on the reseller's site.
    const site = await startStaticHost(undefined, { extraFiles: { 'order-form.html': html } });
    try {
      await context.route(`${site.origin}/**`, (route) => route.continue());
      const form = await context.newPage();
      await form.goto(`${site.url}order-form.html`);
      expect(await form.locator('script').count()).toBe(0);
      expect(await form.locator('form').getAttribute('accept-charset')).toBe('UTF-8');

      // The browser refuses to post while a required field is empty.
      await form.getByRole('button', { name: 'Place Order' }).click();
      expect(posts).toEqual([]);

      // The customer fills only what the page shows.
      const visible = form.locator('form input:not([type="hidden"]), form select, form textarea');
      const names = await visible.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('name') ?? ''),
      );
      expect(names.sort()).toEqual(Object.keys(CUSTOMER).sort());
      for (const name of names) {
        const control = form.locator(`[name="${name}"]`);
        // Every field the customer sees has a label naming it.
        const id = (await control.getAttribute('id')) ?? '';
        expect(await form.locator(`label[for="${id}"]`).textContent()).not.toBe('');
        await control.fill(CUSTOMER[name] ?? '');
      }
      await form.getByRole('button', { name: 'Place Order' }).click();
      await expect.poll(() => posts.length).toBe(1);

      // A browser posts newlines as CRLF (the HTML form encoding); a PEM CSR does not mind.
      const posted = Object.fromEntries(
        [...new URLSearchParams(posts[0] ?? '')].map(([name, value]) => [
          name,
          value.replaceAll('\r\n', '\n'),
        ]),
      );
      expect(posted).toEqual({
        ap: 'mybrand',
        reseller: 'Y',
        errorURL: app.host.url,
        successURL: app.host.url,
        '1_PPP': '2411',
        ...CUSTOMER,
      });
      const result = buildRequest('PlaceOrder', posted);
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
      expect(new URL(ENDPOINTS.PlaceOrder.url).origin).toBe('https://secure.trust-provider.com');
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await site.close();
      await context.close();
    }
  });

  it('axe-core finds no serious or critical violation on the generated page', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { bypassCSP: true });
    const { page, context } = watched;
    await page.goto(`${app.host.url}#/order`);
    await page.getByLabel(/^Reseller brand name/).fill('mybrand');
    await page.getByLabel(/^Who charges the customer/).selectOption('Y');
    await page.getByLabel(/^Item 1: Product pricing code/).selectOption('2411');
    await page.getByRole('button', { name: 'Make the order form…' }).click();
    const html = (await page.locator('#order-customer-form-html').textContent()) ?? '';
    const form = await context.newPage();
    await form.setContent(html);
    expect(await seriousViolations(form)).toEqual([]);
    await context.close();
  });
});
