import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/core/spec/endpoints';
import { SECTIGO_CSR } from '../fixtures/sampleCsrs';
import { seriousViolations } from './support/axe';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched, type Watched } from './support/browser';

const SECTIGO = 'https://secure.trust-provider.com/**';

/** Its newlines must survive every output. */
const CSR = SECTIGO_CSR;

/** What is typed, by label, and the parameter each becomes. Every value is hostile somehow. */
const TYPED: readonly { label: RegExp; name: string; value: string }[] = [
  { label: /^Reseller brand name/, name: 'ap', value: `"><script>alert(1)</script>` },
  { label: /^Full name/, name: 'name', value: `'; rm -rf ~ "$(id)" \`id\` <b>&amp;</b>` },
  { label: /^Email address/, name: 'emailAddress', value: 'fred@example.com' },
  { label: /^Login name/, name: 'loginName', value: 'a&b=c+d%20e#f?g' },
  { label: /^Login password/, name: 'loginPassword', value: `p"w'<d>&\\ 😀` },
  { label: /^Organization name/, name: 'organizationName', value: 'Zürich “quotes” 日本 <i>' },
  { label: /^S\/MIME email addresses/, name: '1_smimeEmailAddresses', value: 'fred@example.com' },
];

/**
 * Console errors of the page, with where they come from. The shell asks for an
 * optional reseller config.json at start-up, and Chromium logs the 404 of an
 * absent one as a console error; that one is not the Order view's, and is left
 * out here (src/ui/config/useResellerConfig.ts).
 */
function watchConsole(page: Page): () => string[] {
  const errors: { text: string; url: string }[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push({ text: message.text(), url: message.location().url });
  });
  return () =>
    errors
      .filter(({ text, url }) => !(url.endsWith('/config.json') && text.includes('404')))
      .map(({ text, url }) => `${text} (${url})`);
}

const app = useAppUnderTest();

/** Opens the Order view and fills the !PlaceOrder form for 2411 with the hostile values. */
async function fillPlaceOrder(page: Page): Promise<Record<string, string>> {
  await page.goto(`${app.host.url}#/order`);
  await page.getByRole('heading', { level: 1, name: 'Build an order' }).waitFor();
  await page.getByLabel('Endpoint').selectOption('PlaceOrder');
  await page.getByLabel(/^Item 1: Product pricing code/).selectOption('2411');
  await page.getByLabel(/^Who charges the customer/).selectOption('Y');
  await page.getByRole('button', { name: /^More options in Company address details/ }).click();
  for (const { label, value } of TYPED) await page.getByLabel(label).fill(value);
  await page.getByLabel(/^CSR \(x_csr\)/).fill(CSR);
  // The app's own address, without query or fragment, is where Sectigo sends the browser back.
  const back = app.host.url;
  return {
    reseller: 'Y',
    errorURL: back,
    successURL: back,
    ...Object.fromEntries(TYPED.map(({ name, value }) => [name, value])),
    '1_PPP': '2411',
    '1_csr': CSR,
  };
}

const sorted = (pairs: readonly (readonly [string, string])[]) =>
  [...pairs]
    .map(([name, value]) => [name, value])
    .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''));

const expectedPairs = (values: Record<string, string>) => sorted(Object.entries(values));

/** A blank page outside the app (and its Trusted Types policy), for the browser's own HTML parser. */
async function parseHtmlForm(watched: Watched, html: string) {
  const blank = await watched.context.newPage();
  try {
    return await blank.evaluate((snippet) => {
      const doc = new DOMParser().parseFromString(snippet, 'text/html');
      const form = doc.querySelector('form');
      return {
        forms: doc.querySelectorAll('form').length,
        scripts: doc.querySelectorAll('script, img').length,
        action: form?.getAttribute('action') ?? null,
        method: form?.getAttribute('method') ?? null,
        fields: [...doc.querySelectorAll('input[type="hidden"]')].map(
          (input) =>
            [input.getAttribute('name') ?? '', input.getAttribute('value') ?? ''] as [
              string,
              string,
            ],
        ),
      };
    }, html);
  } finally {
    await blank.close();
  }
}

describe('the Order view in Chromium', () => {
  it('builds an HTML form, an ordering URL and a live post that give back exactly the values typed', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page, context } = watched;
    const consoleErrors = watchConsole(page);
    const posts: { url: string; method: string; body: string; referer?: string }[] = [];
    // Registered after the watcher's catch-all, so it answers first: Sectigo is played by a stub.
    await context.route(SECTIGO, async (route) => {
      const request = route.request();
      posts.push({
        url: request.url(),
        method: request.method(),
        body: request.postData() ?? '',
        ...(request.headers().referer === undefined ? {} : { referer: request.headers().referer }),
      });
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Received</title><p>Received</p>',
      });
    });

    const values = await fillPlaceOrder(page);
    await page.getByRole('checkbox', { name: 'Reveal secrets' }).check();
    await page.getByRole('checkbox', { name: /into the ordering URL$/ }).check();

    // The HTML snippet, read off the page and parsed by Chromium's own parser.
    const html = (await page.locator('#order-output-html').textContent()) ?? '';
    const parsed = await parseHtmlForm(watched, html);
    expect(parsed.forms).toBe(1);
    expect(parsed.scripts).toBe(0);
    expect(parsed.action).toBe(ENDPOINTS.PlaceOrder.url);
    expect(parsed.method).toBe('post');
    expect(sorted(parsed.fields)).toEqual(expectedPairs(values));

    // The ordering URL's query gives back the same values.
    const url = new URL((await page.locator('#order-output-url').textContent()) ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(
      new URL(ENDPOINTS.PlaceOrder.url).href.replace(/\?.*$/, ''),
    );
    expect(sorted([...url.searchParams])).toEqual(expectedPairs(values));

    // Submit now: confirm, then a real form post in a new tab.
    await page.getByRole('button', { name: 'Submit now…' }).click();
    const confirm = page.getByRole('region', { name: 'Send this request to Sectigo?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(ENDPOINTS.PlaceOrder.url);
    const opened = context.waitForEvent('page');
    await confirm.getByRole('button', { name: 'Send to Sectigo' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    await expect.poll(() => posts.length).toBe(1);
    const [post] = posts;
    expect(post?.method).toBe('POST');
    expect(post?.url).toBe(new URL(ENDPOINTS.PlaceOrder.url).href);
    expect(post?.referer).toBeUndefined();
    // A browser sends a form's newlines as CRLF (the HTML form encoding); a PEM CSR does not mind.
    const body = [...new URLSearchParams(post?.body ?? '')].map(
      ([name, value]) => [name, value.replaceAll('\r\n', '\n')] as [string, string],
    );
    expect(sorted(body)).toEqual(expectedPairs(values));
    expect(await tab.evaluate(() => window.opener === null)).toBe(true);
    await page.getByText('Sent: Sectigo’s answer opens in the new tab.').waitFor();

    // Nothing else left the page; the hostile values stayed text.
    expect(watched.foreignRequests).toEqual([]);
    expect(app.host.requests.filter((line) => !line.includes('/hosted/order-desk/'))).toEqual([]);
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(consoleErrors()).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    // No value typed went into the address, or into storage.
    expect(page.url()).toBe(`${app.host.url}#/order`);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await context.close();
  });

  it('masks the password in every output until revealed, and withholds the URL without opt-in', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    const consoleErrors = watchConsole(page);
    await fillPlaceOrder(page);
    const outputs = page.getByRole('region', { name: 'Outputs' });
    expect(await outputs.textContent()).not.toContain('p"w');
    expect(await page.locator('#order-output-url').count()).toBe(0);
    await outputs.getByText('Ordering URL withheld.').waitFor();
    expect(await page.locator('#order-output-html').textContent()).toContain(
      'name="loginPassword" value="••••••••"',
    );
    expect(consoleErrors()).toEqual([]);
    await watched.context.close();
  });

  it('shows the CSR checker’s findings for the chosen product', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    const consoleErrors = watchConsole(page);
    await fillPlaceOrder(page);
    await page.getByText(/^CSR (checked|problems) for S\/MIME Mailbox-Validated/).waitFor();
    expect(consoleErrors()).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('axe-core finds no serious or critical violation on the filled form and its confirm step', async () => {
    // axe is injected as a script, which the page's own policy rightly refuses; the
    // scan is about markup, so this one context bypasses CSP (as app.e2e.ts does).
    const watched = await openWatched(app.browser, app.host.origin, { bypassCSP: true });
    const { page } = watched;
    await fillPlaceOrder(page);
    await page.getByRole('button', { name: 'Submit now…' }).click();
    await page.getByRole('region', { name: 'Send this request to Sectigo?' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await watched.context.close();
  });
});
