/**
 * What the first view fetches before it can be used: few requests,
 * config.json once, and none of the PKI library, which comes afterwards, when
 * the page is idle. Structure only: how long it takes is for
 * scripts/bench-first-view.mjs, never for a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { earlyViewFiles } from '../../src/ui/earlyView';
import { en } from '../../src/ui/i18n/en';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';
import { holdRequests } from './support/holdRequests';
import { startStaticHost } from './support/server';

/** At most this many requests until the first view is usable, index.html included. */
const MAX_FIRST_VIEW_REQUESTS = 8;
/**
 * The ordering page: index.html (its first load's stylesheet inline),
 * config.json, the app's chunk, the first step's chunk (which the page's
 * inline boot script asks for once it has seen config.json) and the icon.
 */
const MAX_ORDERING_PAGE_REQUESTS = 5;
/**
 * The ordering page opened as shop.html: the page, config.json, the app's
 * chunk (with the first step in it), the stylesheet and the icon.
 */
const MAX_SHOP_PAGE_REQUESTS = 5;

/** Texts of the PKI libraries' own errors: asn1js and reflect-metadata (under @peculiar/x509). */
const PKI_MARKERS = [
  'End of input reached before message was fully decoded',
  'Metadata provider not registered.',
];
/**
 * Texts of the order builder (src/core/order/buildRequest.ts), the response
 * decoder (src/core/response/decodeResponse.ts) and the !PlaceOrder table's
 * customer parameters (src/core/spec/params/placeOrder.ts): the ordering
 * page's later steps need them, its first step does not (it validates
 * config.json with placeOrderConfig.ts's five entries).
 */
const LATER_STEP_MARKERS = [
  'browsers, proxies and servers may cut URLs longer than',
  'No JavaScript variable declaration could be read.',
  'A unique nine-digit identifier for businesses, provided by Dun & Bradstreet.',
  // The English words of the order result page and of collecting the certificate.
  en.result.adviceDefault,
  en.collect.install.title,
];
const codeWith = (markers: readonly string[]) => (url: string) => {
  const file = /\/(assets\/[^/?]+\.js)$/.exec(url)?.[1];
  if (!file) return false;
  const code = readFileSync(join('dist', file), 'utf8');
  return markers.some((marker) => code.includes(marker));
};
/**
 * Texts of the config.json schema (src/core/config/resellerConfig.ts) and the
 * first step's English words: the ordering page's alone.
 */
const CONFIG_SCHEMA_MARKERS = ['must be a full https:// address', en.shop.review.title];
/** The start page's English words: index.html's first load alone. */
const START_PAGE_MARKERS = [en.generate.lead];
/**
 * A text of the name rules (src/core/pki/names.ts) under the start page's
 * form check, which comes just after the form (loadFormRules.ts).
 */
const FORM_RULES_MARKERS = ['does not end in a valid domain.'];
const isStartPageCode = codeWith(START_PAGE_MARKERS);
const isFormRulesCode = codeWith(FORM_RULES_MARKERS);
const isPkiCode = codeWith(PKI_MARKERS);
const isLaterStepCode = codeWith(LATER_STEP_MARKERS);
const isConfigSchemaCode = codeWith(CONFIG_SCHEMA_MARKERS);
/** Texts of the response decoder and of the order builder (see LATER_STEP_MARKERS). */
const isDecoderOrBuilderCode = codeWith([
  'No JavaScript variable declaration could be read.',
  'browsers, proxies and servers may cut URLs longer than',
]);

/**
 * Before the page's own scripts: notes the resources fetched by the moment a
 * visible, enabled button with this text first appears in <main>.
 */
function noteResourcesWhenUsable(buttonText: string) {
  const note = () => {
    const w = window as unknown as { __firstView?: string[] };
    if (w.__firstView) return;
    const ready = [...document.querySelectorAll('main button')].some(
      (el) =>
        el.textContent.includes(buttonText) &&
        !(el as HTMLButtonElement).disabled &&
        el.getBoundingClientRect().width > 0,
    );
    if (ready)
      w.__firstView = [
        window.location.href,
        ...performance.getEntriesByType('resource').map((entry) => entry.name),
      ];
  };
  new MutationObserver(note).observe(document, { childList: true, subtree: true });
}

async function firstViewRequests(page: Page, url: string, buttonText: string) {
  await page.addInitScript(noteResourcesWhenUsable, buttonText);
  await page.goto(url);
  await page.waitForFunction(() => '__firstView' in window);
  return page.evaluate(() => (window as unknown as { __firstView: string[] }).__firstView);
}

/** The example configuration, without its logo (dist/ has no logo.svg: that would be a 404). */
const CONFIG = JSON.stringify({
  ...(JSON.parse(readFileSync('public/config.example.json', 'utf8')) as Record<string, unknown>),
  logo: undefined,
});

const app = useAppUnderTest();

describe('the first view', () => {
  it('start page: usable after few requests, config.json once, no PKI code; that comes when idle', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const requested: string[] = [];
    watched.page.on('request', (request) => requested.push(request.url()));
    const fetched = await firstViewRequests(watched.page, app.host.url, 'Generate key and CSR');
    expect(fetched.length).toBeGreaterThan(1);
    expect(fetched.length).toBeLessThanOrEqual(MAX_FIRST_VIEW_REQUESTS);
    expect(fetched.filter(isPkiCode)).toEqual([]);
    // Without a config.json, the ordering page's code and words are not part of it either.
    expect(fetched.filter(isConfigSchemaCode)).toEqual([]);
    expect(fetched.filter(isLaterStepCode)).toEqual([]);
    expect(fetched.filter(isFormRulesCode)).toEqual([]);
    expect(fetched.filter((url) => url.endsWith('/config.json'))).toHaveLength(1);
    // The form's rules follow the form; the other views and the PKI library
    // are prefetched once the page is idle.
    await expect.poll(() => requested.some(isFormRulesCode), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => requested.some(isPkiCode), { timeout: 30_000 }).toBe(true);
    expect(requested.filter((url) => url.endsWith('/config.json'))).toHaveLength(1);
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });

  // shop.html (its own build) has the first step in its first load and not the
  // start page's form; index.html asks for the step once it has seen config.json.
  // A reseller whose customers should order at the folder's own address serves
  // shop.html as its index.html (README, Deploying).
  it.each([
    ['index.html', '', MAX_ORDERING_PAGE_REQUESTS, 1, false],
    ['shop.html', 'shop.html', MAX_SHOP_PAGE_REQUESTS, 0, false],
    ['shop.html served as the index.html', '', MAX_SHOP_PAGE_REQUESTS, 0, true],
  ] as const)(
    'reseller ordering page as %s: first step usable after few requests, config.json once, no PKI or later-step code; that comes when idle',
    async (_, file, maxRequests, startPageFiles, shopAsIndex) => {
      const host = await startStaticHost(undefined, {
        extraFiles: {
          'config.json': CONFIG,
          ...(shopAsIndex ? { 'index.html': readFileSync(join('dist', 'shop.html'), 'utf8') } : {}),
        },
      });
      try {
        const watched = await openWatched(app.browser, host.origin);
        const requested: string[] = [];
        watched.page.on('request', (request) => requested.push(request.url()));
        const fetched = await firstViewRequests(watched.page, `${host.url}${file}`, 'Continue');
        expect(fetched.length, fetched.join('\n')).toBeLessThanOrEqual(maxRequests);
        expect(fetched.filter(isPkiCode)).toEqual([]);
        expect(fetched.filter(isLaterStepCode)).toEqual([]);
        expect(fetched.filter(isConfigSchemaCode)).toHaveLength(1);
        expect(fetched.filter(isStartPageCode)).toHaveLength(startPageFiles);
        expect(fetched.filter((url) => url.endsWith('/config.json'))).toHaveLength(1);
        // The same first load's styles on both pages, so they cascade alike:
        // index.html carries them inline, naming the file that shop.html links.
        const page = readFileSync(
          join('dist', file || (shopAsIndex ? 'shop.html' : 'index.html')),
          'utf8',
        );
        const inline = /<style data-stylesheet="\.\/(assets\/firstLoad-[^"]+\.css)">/.exec(
          page,
        )?.[1];
        const stylesheets = fetched.filter((url) => url.endsWith('.css'));
        if (file === '' && !shopAsIndex) {
          expect(stylesheets).toEqual([]);
          expect(readFileSync(join('dist', 'shop.html'), 'utf8')).toContain(`href="./${inline}"`);
        } else {
          expect(inline).toBeUndefined();
          expect(stylesheets.map((url) => url.replace(/^.*\/assets\//, 'assets/'))).toEqual([
            /<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/.exec(page)?.[1],
          ]);
          expect(stylesheets[0]).toMatch(/\/assets\/firstLoad-[^/]+\.css$/);
        }
        await watched.page.getByRole('radio').first().waitFor();
        // The later steps' code comes once the page is idle, before anyone needs it.
        await expect.poll(() => requested.some(isLaterStepCode), { timeout: 30_000 }).toBe(true);
        expect(requested.filter((url) => url.endsWith('/config.json'))).toHaveLength(1);
        expect(watched.consoleErrors).toEqual([]);
        expect(watched.pageErrors).toEqual([]);
        await watched.context.close();
      } finally {
        await host.close();
      }
    },
  );

  // A customer whom Sectigo sends back (successURL / errorURL) sees the outcome
  // before the response decoder, the order builder and the other tables have
  // arrived; the technical details, which decode the whole link, follow.
  it.each([
    ['index.html', ''],
    ['shop.html', 'shop.html'],
  ])(
    'the order result page (%s): the outcome after few requests, the decoder after it',
    async (_, file) => {
      const host = await startStaticHost(undefined, { extraFiles: { 'config.json': CONFIG } });
      try {
        const watched = await openWatched(app.browser, host.origin);
        const fetched = await firstViewRequests(
          watched.page,
          `${host.url}${file}?orderNumber=8151164`,
          'Copy',
        );
        expect(fetched.length, fetched.join('\n')).toBeLessThanOrEqual(MAX_FIRST_VIEW_REQUESTS);
        expect(fetched.filter(isDecoderOrBuilderCode)).toEqual([]);
        expect(fetched.filter(isPkiCode)).toEqual([]);
        expect(fetched.filter((url) => url.endsWith('/config.json'))).toHaveLength(1);
        const { page } = watched;
        await page.getByText('Technical details (for support)').click();
        const fields = page.getByRole('table', { name: /^Fields/ });
        await expect.poll(() => fields.textContent()).toContain('A newly assigned order number');
        expect(watched.consoleErrors).toEqual([]);
        expect(watched.pageErrors).toEqual([]);
        await watched.context.close();
      } finally {
        await host.close();
      }
    },
  );

  it('shop.html without a config.json is the general tool', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    await watched.page.goto(`${app.host.url}shop.html`);
    await watched.page.getByRole('button', { name: 'Generate key and CSR' }).waitFor();
    expect(await watched.page.locator('main').count()).toBe(1);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  // src/boot.ts: a customer's first view that index.html cannot name is fetched
  // before the app's chunk has arrived, not a round trip after it has run.
  it.each([
    ['shop', '', true, isConfigSchemaCode, 'button', 'Continue'],
    ['result', '?orderNumber=8151164', false, isLaterStepCode, 'heading', 'The order was placed'],
    [
      'result',
      'shop.html?orderNumber=8151164',
      true,
      isLaterStepCode,
      'heading',
      'The order was placed',
    ],
  ] as const)(
    'the %s page (%s): the boot script asks for its code while the app’s chunk is held back',
    async (view, query, withConfig, isViewCode, role, name) => {
      const host = await startStaticHost(undefined, {
        extraFiles: withConfig ? { 'config.json': CONFIG } : {},
      });
      const watched = await openWatched(app.browser, host.origin);
      const requests = holdRequests(watched.page);
      // The page's own app: index.html's chunk, or shop.html's.
      const appChunk = query.startsWith('shop.html')
        ? /\/assets\/shop-[^/]+\.js$/
        : /\/assets\/index-[^/]+\.js$/;
      try {
        await requests.hold(appChunk);
        const requested: string[] = [];
        watched.page.on('request', (request) => requested.push(request.url()));
        await watched.page.goto(`${host.url}${query}`, { waitUntil: 'commit' });
        await expect.poll(() => requested.some(isViewCode), { timeout: 15_000 }).toBe(true);
        // Every chunk the built page lists for this view, not just one of them.
        const listed = earlyViewFiles(
          await watched.page
            .locator('meta[name="order-desk-early-view-files"]')
            .getAttribute('content'),
        )[view];
        expect(listed.length).toBeGreaterThan(0);
        const asked = (file: string) => requested.some((url) => url.endsWith(file.slice(1)));
        await expect.poll(() => listed.filter((file) => !asked(file))).toEqual([]);
        requests.release(appChunk);
        await watched.page.getByRole(role, { name }).first().waitFor();
        // Fetched once each: the app's import finds the boot script's preload.
        const scripts = requested.filter((url) => url.endsWith('.js'));
        expect(scripts).toEqual([...new Set(scripts)]);
        expect(requested.filter((url) => url.endsWith('/config.json'))).toHaveLength(1);
        expect(watched.consoleErrors).toEqual([]);
        expect(watched.pageErrors).toEqual([]);
      } finally {
        requests.releaseAll();
        await watched.context.close();
        await host.close();
      }
    },
  );

  // vite.config.ts (frameStyle): the frame's style is inline and the
  // stylesheet's <link> ends <body>, so nothing the page fetches holds the first
  // paint back; the app, a deferred script, runs in Chromium only once the stylesheet
  // has arrived. (index.html has its stylesheet inline: prerenderedPage.e2e.ts.)
  it('shop.html paints its frame before the stylesheet or any script has arrived; the app waits for the stylesheet', async () => {
    const [file, appChunk, buttonText] = ['shop.html', /\/assets\/shop-[^/]+\.js$/, 'Continue'];
    const host = await startStaticHost(undefined, { extraFiles: { 'config.json': CONFIG } });
    const watched = await openWatched(app.browser, host.origin);
    const requests = holdRequests(watched.page);
    const stylesheet = /\/assets\/[^/]+\.css$/;
    try {
      await requests.hold(stylesheet);
      await requests.hold(appChunk);
      // Not 'domcontentloaded': that waits for module scripts, the held one included.
      await watched.page.goto(`${host.url}${file}`, { waitUntil: 'commit' });
      // Painted, and styled by the page alone: the header's surface, the spinner turning.
      await expect
        .poll(
          () =>
            watched.page.evaluate(
              () => performance.getEntriesByName('first-contentful-paint').length,
            ),
          { timeout: 10_000 },
        )
        .toBe(1);
      const frame = watched.page.locator('#app .app-shell');
      expect(await frame.locator('svg').isVisible()).toBe(true);
      expect(await frame.locator('.app-header').boundingBox()).toMatchObject({ x: 0 });
      expect(
        await frame.evaluate((shell) => ({
          header: getComputedStyle(shell.querySelector('.app-header') as Element).borderBottomStyle,
          spinner: getComputedStyle(shell.querySelector('svg') as Element).animationName,
        })),
      ).toEqual({ header: 'solid', spinner: 'app-shell-spin' });
      // No words in it: the page's language and brand are not known yet.
      expect((await frame.textContent())?.trim()).toBe('');
      await expect.poll(() => requests.held(stylesheet), { timeout: 10_000 }).toBe(1);
      // The app's chunk arrives and can run; the stylesheet is still on its way.
      const arrived = watched.page.waitForResponse(appChunk);
      requests.release(appChunk);
      await arrived;
      await watched.page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
      expect(await frame.count()).toBe(1);
      expect(await watched.page.locator('main').count()).toBe(0);
      // Not even run: DOMContentLoaded, which follows the deferred scripts, has not come.
      expect(
        await watched.page.evaluate(
          () =>
            (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .domContentLoadedEventStart,
        ),
      ).toBe(0);
      requests.release(stylesheet);
      await watched.page.getByRole('button', { name: buttonText }).waitFor();
      expect(await watched.page.locator('.app-shell').count()).toBe(0);
      expect(await watched.page.locator('header.app-header').count()).toBe(1);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      requests.releaseAll();
      await watched.context.close();
      await host.close();
    }
  });
});
