import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { seriousViolations } from './support/axe';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';
import { startStaticHost } from './support/server';

/** Every view of the app, by hash route. */
const VIEW_ROUTES = [
  '#/generate',
  '#/inspect',
  '#/order',
  '#/decode',
  '#/result',
  '#/reference',
  '#/reference?q=-16',
];

const app = useAppUnderTest();

describe('the production build, served from a sub-folder under its CSP headers', () => {
  it('loads with no console error, no page error and no request to another origin', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    await watched.page.goto(app.host.url);
    await watched.page.getByRole('heading', { name: 'Generate a key and CSR' }).waitFor();
    await watched.page.waitForLoadState('networkidle');
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    // Everything the page asked for came from its own folder.
    const fetched = app.host.requests.filter((line) => !line.includes('/hosted/order-desk/'));
    expect(fetched).toEqual([]);
    await watched.context.close();
  });

  it.each(['index.html', 'shop.html'])(
    'carries the Content-Security-Policy in %s itself, for hosts that ignore _headers',
    (page) => {
      const html = readFileSync(join('dist', page), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(
        html,
      )?.[1];
      expect(policy).toMatch(
        /^default-src 'none'; script-src 'self' 'sha256-[\w+/=]+'; style-src 'self' 'sha256-[\w+/=]+' 'sha256-[\w+/=]+';/,
      );
      // dist/_headers says the same, plus what a <meta> cannot.
      const headers = readFileSync('dist/_headers', 'utf8');
      expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`);
      const allowed = (text: string) =>
        policy?.includes(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
      // One inline script, the boot script, and one inline style: the policy
      // allows exactly their text. shop.html's style is the frame's;
      // index.html's is the first load's stylesheet, the very text of the file
      // it names (which shop.html links), for its prerendered start page.
      const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>(.*?)<\/script>/gs)];
      expect(scripts.map((match) => match[0].replace(/>.*/s, '>'))).toEqual([
        '<script type="module" async>',
      ]);
      expect(scripts[0]?.[1]).toContain('order-desk-early-view-files');
      expect(allowed(scripts[0]?.[1] ?? '')).toBe(true);
      const styles = [
        ...html.matchAll(/<style(?: data-stylesheet="\.\/([^"]+)")?>(.*?)<\/style>/gs),
      ];
      expect(styles).toHaveLength(1);
      const [, file, text = ''] = styles[0] ?? [];
      expect(allowed(text)).toBe(true);
      if (file === undefined) expect(text).toContain('.app-shell-spinner');
      else expect(text).toBe(readFileSync(join('dist', file), 'utf8'));
      expect(file === undefined).toBe(page === 'shop.html');
      expect(html).not.toContain('data:');
    },
  );

  // A server configured by hand with an earlier release's policy refuses the
  // inline frame style and the inline boot script (their hashes change with
  // frame.css and src/boot.ts): the page only paints a little later, from the
  // stylesheet, which carries the frame's rules too, and the app reads
  // config.json and fetches the ordering page's first step by itself.
  it('looks right and works under a policy without the frame style’s and boot script’s hashes', async () => {
    const stale = await startStaticHost(undefined, {
      headers: [
        [
          'Content-Security-Policy',
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'",
        ],
      ],
    });
    const reseller = await startStaticHost(undefined, {
      headers: [
        [
          'Content-Security-Policy',
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'",
        ],
      ],
      extraFiles: {
        // The example, without its logo (dist/ has no logo.svg: that would be a 404).
        'config.json': JSON.stringify({
          ...(JSON.parse(readFileSync('public/config.example.json', 'utf8')) as object),
          logo: undefined,
        }),
      },
    });
    try {
      const ordering = await openWatched(app.browser, reseller.origin);
      const requested: string[] = [];
      ordering.page.on('request', (request) => requested.push(request.url()));
      await ordering.page.goto(reseller.url);
      await ordering.page.getByRole('button', { name: 'Continue' }).waitFor();
      expect(requested.filter((url) => url.endsWith('/config.json'))).toHaveLength(1);
      expect(ordering.consoleErrors.some((error) => /inline script/.test(error))).toBe(true);
      expect(ordering.consoleErrors.every((error) => /inline (style|script)/.test(error))).toBe(
        true,
      );
      expect(ordering.pageErrors).toEqual([]);
      await ordering.context.close();

      const watched = await openWatched(app.browser, stale.origin);
      await watched.page.goto(stale.url);
      await watched.page.getByRole('button', { name: 'Generate key and CSR' }).waitFor();
      expect(watched.consoleErrors.some((error) => /inline style/.test(error))).toBe(true);
      expect(watched.consoleErrors.every((error) => /inline (style|script)/.test(error))).toBe(
        true,
      );
      // The frame's rules, from the stylesheet: the page's box, the colours, the header.
      expect(
        await watched.page.evaluate(() => ({
          bodyMargin: getComputedStyle(document.body).marginTop,
          surface: getComputedStyle(document.documentElement).getPropertyValue('--surface'),
          header: getComputedStyle(document.querySelector('header.app-header') as Element).display,
        })),
      ).toEqual({ bodyMargin: '0px', surface: '#fff', header: 'flex' });
      await watched.context.close();
    } finally {
      await stale.close();
      await reseller.close();
    }
  });

  // A view's own stylesheet comes with its code, and after the first load's in
  // the cascade (vite.config.ts, viewStylesheetsLast), as in one file: the
  // Order view's `.order-grid-empty` overrides the shared `.form-grid` margin,
  // a rule of the same specificity.
  it.each(['', 'shop.html'])(
    'applies a view’s own stylesheet after the first load’s (%s#/order)',
    async (file) => {
      const watched = await openWatched(app.browser, app.host.origin);
      // What the Order view itself brings: no idle prefetch of the other views.
      await watched.page.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      await watched.page.goto(`${app.host.url}${file}#/order`);
      await watched.page.locator('.order-grid-empty').first().waitFor({ state: 'attached' });
      // index.html's first load's styles are inline, naming their file (src/ui/inlineStylesheet.ts).
      const sheets = await watched.page.evaluate(() =>
        [...document.styleSheets].map((sheet) =>
          (
            sheet.href ??
            (sheet.ownerNode as HTMLElement | null)?.dataset.stylesheet ??
            'inline'
          ).replace(/^.*\/assets\//, ''),
        ),
      );
      const firstLoad = sheets.findIndex((href) => href.startsWith('firstLoad-'));
      const order = sheets.findIndex((href) => href.startsWith('view-order-'));
      expect(firstLoad, sheets.join(', ')).toBeGreaterThanOrEqual(0);
      // Once: the import helper counts the inline copy as the file (vite.config.ts).
      expect(sheets.filter((href) => href.startsWith('firstLoad-'))).toHaveLength(1);
      expect(order, sheets.join(', ')).toBeGreaterThan(firstLoad);
      // Nothing else of another view's: the Decode view's stylesheet is not the Order view's.
      expect(sheets.filter((href) => href.startsWith('view-decode-'))).toEqual([]);
      expect(
        await watched.page
          .locator('.order-grid-empty')
          .first()
          .evaluate((grid) => getComputedStyle(grid).marginTop),
      ).toBe('0px');
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      await watched.context.close();
    },
  );

  // Vite's import helper fails a view's import when its stylesheet fails; the
  // app has it go on (src/ui/tolerateStylesheetFailures.ts): the view opens,
  // with the first load's styles. Opened from the start page, before the idle
  // prefetch, so that this is the view's one load.
  it('opens a view whose own stylesheet fails to load', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    await watched.page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await watched.page.route(/\/assets\/view-order-[^/]+\.css$/, (route) =>
      route.fulfill({ status: 404 }),
    );
    await watched.page.goto(app.host.url);
    await watched.page.getByRole('button', { name: 'Generate key and CSR' }).waitFor();
    await watched.page.getByRole('link', { name: 'Build order' }).click();
    await watched.page.getByRole('heading', { name: 'Build an order', level: 1 }).waitFor();
    await watched.page.getByRole('combobox', { name: 'Endpoint' }).waitFor();
    expect(await watched.page.getByText(en.app.loadFailed).count()).toBe(0);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  // The app waits for the stylesheet (src/ui/stylesheetsSettled.ts), but not
  // for one that will never come: the page still opens, its frame's rules inline.
  it('opens when the stylesheet fails to load', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    await watched.page.route(/\/assets\/[^/]+\.css$/, (route) => route.fulfill({ status: 404 }));
    await watched.page.goto(app.host.url);
    await watched.page.getByRole('button', { name: 'Generate key and CSR' }).waitFor();
    expect(await watched.page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe(
      '0px',
    );
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('works under the meta policy alone, with no headers from the host', async () => {
    const bare = await startStaticHost(undefined, { applyHeaders: false });
    try {
      const watched = await openWatched(app.browser, bare.origin);
      await watched.page.goto(`${bare.url}#/reference?q=-16`);
      await watched.page.getByRole('article').first().waitFor();
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      await watched.context.close();
    } finally {
      await bare.close();
    }
  });
});

describe('the Reference view', () => {
  it('finds error -16 on every endpoint that documents it', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}#/reference`);
    await page.getByRole('searchbox', { name: 'Search the reference' }).fill('-16');
    const cards = page.getByRole('article', { name: /^Error -16 on / });
    await expect.poll(() => cards.count()).toBe(4);
    await expect
      .poll(() => page.getByRole('article', { name: 'Error -16 on !PlaceOrder' }).textContent())
      .toContain('Incorrect login details');
    // The query is kept in the address (the fragment only), so it can be shared.
    expect(new URL(page.url()).hash).toBe('#/reference?q=-16');
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });

  it('answers "what does -55 mean on AutoApplyOrder?" with the one documented meaning', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}#/reference`);
    await page
      .getByRole('searchbox', { name: 'Search the reference' })
      .fill('what does -55 mean on AutoApplyOrder?');
    const cards = page.getByRole('article');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('Request Token');
    await watched.context.close();
  });

  it('is usable from the keyboard alone: skip link, search, example chips', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const { page } = watched;
    await page.goto(`${app.host.url}#/reference`);
    await page.getByRole('heading', { name: 'API reference' }).waitFor();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Skip to content');
    await page.getByRole('button', { name: 'dcvMethod' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.getByRole('article', { name: /^Parameter dcvMethod of !AutoApplyOrder/ }).count(),
      )
      .toBe(1);
    await watched.context.close();
  });
});

describe('accessibility', () => {
  it.each(VIEW_ROUTES)('axe-core finds no serious or critical violation on %s', async (route) => {
    // axe is injected as a script, which the page's own policy rightly refuses; the
    // scan is about markup, so this one context bypasses CSP.
    const watched = await openWatched(app.browser, app.host.origin, { bypassCSP: true });
    const { page } = watched;
    await page.goto(`${app.host.url}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await watched.context.close();
  });
});
