/**
 * The result page and the Decode view in real Chromium, against the
 * production build under its CSP: real redirect query strings, XSS payloads
 * that must stay text (no dialog, no element made from them, no console
 * error), a pasted response, batch CSV export, certificates and a PKCS#12 file
 * that openssl opens, accessibility, and no request to another origin.
 */
import { en } from '../../src/ui/i18n/en';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openssl } from '../core/openssl';
import { makeTestChain } from '../core/cert/testChain';
import { seriousViolations } from './support/axe';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched, type Watched } from './support/browser';

const XSS_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
];

const app = useAppUnderTest();

/** The built index.html's own inline scripts (the boot script, vite.config.ts). */
const PAGE_SCRIPTS = [
  ...readFileSync('dist/index.html', 'utf8').matchAll(
    /<script(?![^>]*\bsrc=)[^>]*>(.*?)<\/script>/gs,
  ),
].map((match) => match[1]);

/**
 * Console errors other than the 404 of an absent reseller config.json, which
 * the shell asks for at start-up (src/ui/config/useResellerConfig.ts).
 */
const appErrors = (watched: Watched) => watched.consoleErrors.filter((text) => !/404/.test(text));

/** Records every dialog (alert, confirm ...) the page opens, and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const outcome = (page: Page) => page.locator('.result-outcome');

describe('the result page', () => {
  it('shows the order number from the query string, then removes the query from the address', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}?orderNumber=8151164`);
    await page.getByRole('heading', { name: 'The order was placed' }).waitFor();
    expect(await outcome(page).textContent()).toContain('8151164');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#/result');
    // A reload no longer carries the result.
    await page.reload();
    await page.getByText('The address carries no result now.').waitFor();
    expect(appErrors(watched)).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('explains -3 with the parameter it names, and what to do', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}?errorCode=-3&errorItem=loginName`);
    await page.getByRole('heading', { name: 'The order was not placed' }).waitFor();
    // The customer reads the documented meaning and the field in their words (catalogue), not the API's.
    const text = await outcome(page).textContent();
    expect(text).toContain(en.result.codes['-3']);
    expect(text).toContain(en.result.field(en.params.loginName.label));
    expect(text).toContain(en.result.advice['-3']);
    expect(text).not.toContain('loginName');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(appErrors(watched)).toEqual([]);
    await watched.context.close();
  });

  it('reads a result after ? inside the fragment, and cleans the fragment', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(
      `${app.host.url}#/result?errorCode=-16&errorMessage=Incorrect%20login%20details`,
    );
    await page.getByRole('heading', { name: 'The order was not placed' }).waitFor();
    const text = await outcome(page).textContent();
    expect(text).toContain(en.result.codes['-16']);
    // The link's own words are shown apart, labelled as not checked, never as Sectigo's.
    expect(text).toContain(en.result.linkText);
    expect(text).toContain('Incorrect login details');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/result');
    await watched.context.close();
  });

  it.each(XSS_PAYLOADS)(
    'renders %s in the query as text: no dialog, no element, no error',
    async (payload) => {
      const watched = await openWatched(app.browser, app.host.origin);
      const { page } = watched;
      const dialogs = watchDialogs(page);
      const value = encodeURIComponent(payload);
      for (const address of [
        `${app.host.url}?errorCode=-3&errorItem=${value}&errorMessage=${value}`,
        `${app.host.url}?orderNumber=${value}`,
        `${app.host.url}#/result?errorCode=-4&errorItem=${value}`,
      ]) {
        await page.goto(address);
        await page.locator('.result-outcome').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.locator('main').textContent()).toContain(payload);
        const made = await page.evaluate(() => ({
          images: document.querySelectorAll('img').length,
          inlineScripts: [...document.querySelectorAll('script:not([src])')].map(
            (script) => script.textContent,
          ),
          handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
          badLinks: [...document.querySelectorAll('a')].filter(
            (a) => !a.getAttribute('href')?.startsWith('#'),
          ).length,
        }));
        // The one inline script is the built page's own (its boot script).
        expect(made).toEqual({ images: 0, inlineScripts: PAGE_SCRIPTS, handlers: 0, badLinks: 0 });
      }
      expect(dialogs).toEqual([]);
      expect(appErrors(watched)).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      await watched.context.close();
    },
  );
});

describe('the Decode view', () => {
  it('decodes a pasted response, and shows callback links as text', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    const dialogs = watchDialogs(page);
    await page.goto(`${app.host.url}#/decode`);
    const box = page.getByRole('textbox', { name: 'Response text' });
    await box.fill('errorCode=-3&errorItem=loginName');
    const outcomeGroup = page.getByRole('group', { name: 'Outcome' });
    await expect
      .poll(() => outcomeGroup.textContent())
      .toContain("Error -3: The 'loginName' argument is missing!");
    expect(
      await page
        .getByRole('table', { name: /^Fields/ })
        .getByRole('row')
        .count(),
    ).toBe(3);

    await box.fill(
      'orderNumber=123&verificationCode=javascript:alert(1)&statusCode=2&status=<img src=x onerror=alert(1)>',
    );
    await page.getByRole('combobox', { name: 'Endpoint' }).selectOption('Push');
    await page.getByRole('heading', { name: 'Callback links' }).waitFor();
    expect(await page.locator('main a[href*="alert"]').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(appErrors(watched)).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('exports a batch as CSV', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { acceptDownloads: true });
    const { page } = watched;
    await page.goto(`${app.host.url}#/decode`);
    await page
      .getByRole('textbox', { name: 'Response text' })
      .fill('errorCode=-3&errorItem=loginName\norderNumber=8151164\n-20\n=HYPERLINK("x")');
    await page.getByRole('radio', { name: 'Many responses (batch)' }).check();
    await page.getByRole('heading', { name: 'Batch: 4 responses' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('responses.csv');
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'index,format,endpoint,endpointGuessed,status,ok,outcome,errorItem,nextStep,orderNumber,fields,notes',
    );
    expect(csv[1]).toMatch(
      /^1,urlencoded,PlaceOrder,true,-3,false,The 'loginName' argument is missing!,loginName,/,
    );
    expect(csv[2]).toMatch(/^2,urlencoded,PlaceOrder,true,0,true,Success,,.*,8151164,/);
    expect(csv[3]).toMatch(/^3,lines,RequestAndCollectSMIME,true,-20,false,/);
    expect(csv[4]).toContain(`"'=HYPERLINK(""x"")`);
    expect(appErrors(watched)).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('decodes the certificates of a RequestAndCollectSMIME answer and builds a PKCS#12 file openssl opens', async () => {
    const chain = makeTestChain();
    const watched = await openWatched(app.browser, app.host.origin, { acceptDownloads: true });
    const { page } = watched;
    await page.goto(`${app.host.url}#/decode`);
    await page
      .getByRole('textbox', { name: 'Response text' })
      .fill(`2\n14/05/2024 13/05/2025\n${chain.rootPem}${chain.intermediatePem}${chain.leafPem}`);
    await page.getByRole('article', { name: 'Certificate 3: Alice Example' }).waitFor();
    const checks = (await page.getByRole('list', { name: 'Chain check' }).textContent()) ?? '';
    expect(checks).toContain('Root first');
    expect(checks).toContain('Complete');
    expect(checks).toContain('The validity line matches the certificate’s dates.');

    await page.getByRole('textbox', { name: 'Private key (PEM)' }).fill(chain.leafKeyPem);
    await page.getByLabel(/^Password for the file/).fill('correct horse battery');
    await page.getByLabel(/^Password again/).fill('correct horse battery');
    await page.getByRole('button', { name: 'Build the PKCS#12 file' }).click();
    const save = page.getByRole('button', { name: 'Download certificate.p12' });
    await save.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    const p12 = readFileSync(await download.path());
    const opened = openssl(
      ['pkcs12', '-in', 'f.p12', '-passin', 'pass:correct horse battery', '-nodes'],
      { 'f.p12': p12 },
    );
    expect(opened.status).toBe(0);
    expect(opened.stdout).toContain('friendlyName: alice@example.com');
    expect(opened.stdout.match(/BEGIN CERTIFICATE/g)).toHaveLength(3);
    expect(appErrors(watched)).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('makes a share link without the password, which fills the view when opened', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}#/decode`);
    await page
      .getByRole('textbox', { name: 'Response text' })
      .fill('loginName=a&loginPassword=hunter2&errorCode=-16');
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const link =
      (await page.getByRole('figure', { name: 'Share link' }).locator('code').textContent()) ?? '';
    expect(link).not.toContain('hunter2');
    expect(new URL(link).search).toBe('');
    await page.goto(link);
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Response text' }).inputValue())
      .toBe('loginName=a&loginPassword=[removed]&errorCode=-16');
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });
});

describe('accessibility', () => {
  it.each([
    ['the result page', '?errorCode=-3&errorItem=loginName', ''],
    ['the result page, success', '?orderNumber=8151164', ''],
    ['the Decode view with a response', '#/decode?text=errorCode%3D-3%26errorItem%3DloginName', ''],
    [
      'the Decode view in batch mode',
      '#/decode?mode=batch&text=errorCode%3D-3%0AorderNumber%3D1',
      '',
    ],
    ['the Decode view with certificates', '#/decode', 'certificates'],
  ])('axe-core finds no serious or critical violation on %s', async (_name, route, extra) => {
    // axe is injected as a script, which the page's own policy rightly refuses; the
    // scan is about markup, so this one context bypasses CSP.
    const watched = await openWatched(app.browser, app.host.origin, { bypassCSP: true });
    const { page } = watched;
    await page.goto(`${app.host.url}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (extra === 'certificates') {
      const chain = makeTestChain();
      await page
        .getByRole('textbox', { name: 'Response text' })
        .fill(`2\n14/05/2024 13/05/2025\n${chain.rootPem}${chain.intermediatePem}${chain.leafPem}`);
      await page.getByRole('heading', { name: 'PKCS#12 file for mail clients' }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await watched.context.close();
  });
});
