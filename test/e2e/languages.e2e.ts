/**
 * The customer pages in the customer's language, in real Chromium: the browser
 * language picks the page's language, every word on the customer steps comes
 * from that catalogue, the order tells Sectigo the same language
 * (`languageName`, placeorder-smime.txt) so its emails match, and long or
 * wide scripts fit a phone.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/ui/i18n/catalogues/de';
import ja from '../../src/ui/i18n/catalogues/ja';
import { en } from '../../src/ui/i18n/en';
import { textKeys } from '../../src/ui/i18n/overrides';
import { useAppUnderTest } from './support/appUnderTest';
import { seriousViolations } from './support/axe';
import { openWatched } from './support/browser';

const PLACE_ORDER = 'https://secure.trust-provider.com/products/!PlaceOrder';
const CONFIG = JSON.stringify({
  ap: 'mybrand',
  reseller: 'Y',
  brandName: 'My Brand Secure Email',
  products: [2411, 243],
  showTools: false,
});
const app = useAppUnderTest({ extraFiles: { 'config.json': CONFIG } });

/**
 * The catalogue is a chunk fetched after the first render; on a busy machine
 * that takes longer than expect.poll's default second. Structure, not speed.
 */
const LANGUAGE_LOADED = { timeout: 20_000 };

/** English sentences of the catalogue (four words or more): none may show on a translated page. */
const ENGLISH: readonly string[] = textKeys(en)
  .map((key) => key.split('.').reduce<unknown>((node, name) => (node as never)[name], en))
  .filter((text): text is string => typeof text === 'string' && text.split(' ').length >= 4);

async function expectNoEnglish(page: Page, step: string) {
  const text = await page.locator('body').innerText();
  expect(
    ENGLISH.filter((sentence) => text.includes(sentence)),
    step,
  ).toEqual([]);
}

const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('the ordering page in the visitor’s language', () => {
  it('places an order in German for a de-DE browser, and tells Sectigo to write in German', async () => {
    const watched = await openWatched(app.browser, app.host.origin, {
      locale: 'de-DE',
      acceptDownloads: true,
      // axe-core is injected as a script, which the page's own CSP (Trusted Types) forbids.
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
    });
    const { page, context } = watched;
    const posted: URLSearchParams[] = [];
    await context.route(`${PLACE_ORDER}*`, async (route: Route) => {
      const form = new URLSearchParams(route.request().postData() ?? '');
      posted.push(form);
      await route.fulfill({
        status: 302,
        headers: { Location: `${form.get('successURL') ?? ''}?orderNumber=8151164` },
      });
    });

    await page.goto(app.host.url);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), LANGUAGE_LOADED)
      .toBe('de');
    await page.getByRole('button', { name: de.common.continue }).waitFor();
    await expectNoEnglish(page, 'product');
    expect(await page.getByRole('combobox', { name: de.common.language }).inputValue()).toBe('de');

    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: de.common.continue }).click();
    await page.getByLabel(label(de.params.foreName.label)).fill('Fritz');
    await page.getByLabel(label(de.params.surName.label)).fill('Müller');
    await page.getByLabel(label(de.params.emailAddress.label)).fill('fritz@example.com');
    await page.getByLabel(label(de.params.loginName.label)).fill('fritzm');
    await page.getByLabel(label(de.params.loginPassword.label)).fill('s3cret-Passw0rd');
    await page.getByLabel(label(de.shop.details.confirmPassword)).fill('s3cret-Passw0rd');
    await expectNoEnglish(page, 'details');
    await page.getByRole('button', { name: de.common.continue }).click();

    await page.getByRole('button', { name: de.shop.key.make }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: de.shop.key.download }).click();
    await download;
    await expectNoEnglish(page, 'key');
    await page.getByRole('button', { name: de.common.continue }).click();

    await page.getByRole('heading', { name: de.shop.review.title }).waitFor();
    await expectNoEnglish(page, 'review');
    expect(await seriousViolations(page)).toEqual([]);

    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: de.shop.review.placeOrder }).click();
    await (await popup).close();
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]?.get('languageName')).toBe('de');
    expect(posted[0]?.get('surName')).toBe('Müller');
    await expectNoEnglish(page, 'success');
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });

  it('renders the Japanese page on a 390 px phone with nothing wider than the screen', async () => {
    const watched = await openWatched(app.browser, app.host.origin, {
      locale: 'ja-JP',
      viewport: { width: 390, height: 844 },
    });
    const { page } = watched;
    await page.goto(app.host.url);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), LANGUAGE_LOADED)
      .toBe('ja');
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.getByRole('radio').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoEnglish(page, 'product');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: ja.common.continue }).click();
    await page.getByRole('textbox').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoEnglish(page, 'details');
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('keeps English for ?lang=en and switches language in the page', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { locale: 'de-DE' });
    const { page } = watched;
    await page.goto(`${app.host.url}?lang=en`);
    await page.getByRole('button', { name: en.common.continue }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('combobox', { name: en.common.language }).selectOption('fr');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), LANGUAGE_LOADED)
      .toBe('fr');
    await expectNoEnglish(page, 'product in French');
    await watched.context.close();
  });
});
