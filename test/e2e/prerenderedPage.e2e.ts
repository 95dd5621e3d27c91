/**
 * index.html's start page, drawn at build time (src/ui/prerenderedPage.ts):
 * shown styled from the page alone once config.json is known to be absent,
 * then taken over by the app, node for node, without losing what the visitor
 * did meanwhile; and never where the app would draw another page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRERENDERED_PAGE_ID } from '../../src/ui/prerenderedPageId';
import { openssl } from '../core/openssl';
import { useAppUnderTest } from './support/appUnderTest';
import { openWatched } from './support/browser';
import { holdRequests } from './support/holdRequests';
import { startStaticHost } from './support/server';

const app = useAppUnderTest();

const APP_CHUNK = /\/assets\/index-[^/]+\.js$/;
const CONFIG_FILE = /\/config\.json$/;
const INDEX_HTML = () => readFileSync(join('dist', 'index.html'), 'utf8');
/** The start page as the build wrote it into index.html. */
const prerendered = () =>
  new RegExp(`<template id="${PRERENDERED_PAGE_ID}">(.*?)</template>`, 's').exec(INDEX_HTML())?.[1];

/**
 * Before the page's scripts: notes whether #app ever held the prerendered
 * page, and whether it was styled when it first did.
 */
function notePrerenderedShown() {
  new MutationObserver((_, observer) => {
    const header = document.querySelector('#app[data-prerendered] header.app-header');
    if (!header) return;
    observer.disconnect();
    (window as unknown as { __shown?: string }).__shown =
      getComputedStyle(header).borderBottomStyle === 'solid' ? 'styled' : 'unstyled';
  }).observe(document, { childList: true, subtree: true, attributes: true });
}
const shown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shown?: string }).__shown ?? 'never');

/** The choices the app's form shows, field by field, as the visitor sees them (runs in the page). */
function formState(): string[] {
  return [
    ...(document
      .getElementById('app')
      ?.querySelectorAll<HTMLInputElement>('input, textarea, select') ?? []),
  ].map(
    (field) =>
      `${field.name || field.id}=${field.type === 'radio' || field.type === 'checkbox' ? String(field.checked) : field.value}`,
  );
}

/** Before the page's scripts: notes #app's markup and form state at its first render with the form. */
function noteFirstRender(stateOf: () => string[]) {
  new MutationObserver((_, observer) => {
    const root = document.getElementById('app');
    if (!root?.querySelector('main form')) return;
    observer.disconnect();
    (window as unknown as { __drawn?: string }).__drawn = root.innerHTML;
    (window as unknown as { __state?: string[] }).__state = stateOf();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/** The example configuration, without its logo (dist/ has no logo.svg: that would be a 404). */
const CONFIG = JSON.stringify({
  ...(JSON.parse(readFileSync('public/config.example.json', 'utf8')) as Record<string, unknown>),
  logo: undefined,
});

describe('the prerendered start page', () => {
  it('shows styled before any script or stylesheet has arrived; the app takes over its nodes and what the visitor typed, chose and pressed', async () => {
    const watched = await openWatched(app.browser, app.host.origin, {
      viewport: { width: 390, height: 844 },
    });
    const { page } = watched;
    const requests = holdRequests(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    try {
      await requests.hold(CONFIG_FILE);
      await requests.hold(APP_CHUNK);
      await page.goto(app.host.url, { waitUntil: 'commit' });
      // Until config.json has answered: the frame, with its spinner.
      await page.locator('#app .app-shell svg').waitFor();
      expect(await page.locator('#app[data-prerendered]').count()).toBe(0);
      requests.release(CONFIG_FILE);
      // Then the page itself, styled by the page alone, while the app's code is still held.
      const button = page.getByRole('button', { name: 'Generate key and CSR' });
      await button.waitFor();
      expect(await page.locator('#app').getAttribute('aria-busy')).toBe('true');
      expect(await page.locator('.app-shell').count()).toBe(0);
      expect(
        await page.evaluate(() => ({
          header: getComputedStyle(document.querySelector('header.app-header') as Element)
            .borderBottomStyle,
          button: getComputedStyle(document.querySelector('main button[type="submit"]') as Element)
            .borderRadius,
          width: document.documentElement.scrollWidth,
        })),
      ).toEqual({ header: 'solid', button: '8px', width: 390 });
      // Its styles came inline: no stylesheet was fetched for it.
      expect(fetched.filter((url) => url.endsWith('.css'))).toEqual([]);
      // What the visitor does before the app has arrived: names typed and an
      // algorithm chosen are kept, and a press of Generate waits for the app
      // (rather than reload the page) and then makes the key, once.
      const names = page.getByRole('textbox', { name: /Domain names/ });
      await names.fill('www.example.com\nexample.com');
      await page.getByRole('radio', { name: /ECDSA P-384/ }).check();
      await page.evaluate(() => {
        (window as unknown as { __form?: Element | null }).__form =
          document.querySelector('main form');
      });
      await button.click();
      requests.release(APP_CHUNK);
      const csr = page.getByRole('figure', { name: 'Certificate signing request (CSR)' });
      await csr.waitFor();
      // The same nodes, now the app's, and nothing sent or reloaded.
      expect(
        await page.evaluate(
          () =>
            (window as unknown as { __form?: Element | null }).__form ===
            document.querySelector('main form'),
        ),
      ).toBe(true);
      expect(page.url()).toBe(app.host.url);
      expect(await names.inputValue()).toBe('www.example.com\nexample.com');
      expect(await page.getByRole('radio', { name: /ECDSA P-384/ }).isChecked()).toBe(true);
      const pem = (await csr.locator('code').textContent()) ?? '';
      const text = openssl(['req', '-in', 'r.csr', '-noout', '-text'], { 'r.csr': pem });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain('NIST CURVE: P-384');
      expect(text.stdout).toContain('DNS:www.example.com, DNS:example.com');
      expect(
        await page.getByRole('figure', { name: 'Certificate signing request (CSR)' }).count(),
      ).toBe(1);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      requests.releaseAll();
      await watched.context.close();
    }
  });

  it('is what the app draws itself, choices made included', async () => {
    // The same page with the template left out: the app renders afresh, and its
    // first render with the form is noted before any effect adds to it.
    const html = INDEX_HTML().replace(
      new RegExp(`<template id="${PRERENDERED_PAGE_ID}">.*?</template>`, 's'),
      '',
    );
    const host = await startStaticHost(undefined, { extraFiles: { 'index.html': html } });
    const drawnByApp = await openWatched(app.browser, host.origin);
    const shownEarly = await openWatched(app.browser, app.host.origin);
    const requests = holdRequests(shownEarly.page);
    try {
      // Passed as source: it runs in the page, in the init script and in evaluate alike.
      await drawnByApp.page.addInitScript(
        `(${noteFirstRender.toString()})(${formState.toString()})`,
      );
      await drawnByApp.page.goto(host.url);
      await drawnByApp.page.waitForFunction(() => '__drawn' in window);
      const drawn = await drawnByApp.page.evaluate(() => {
        const noted = window as unknown as { __drawn: string; __state: string[] };
        return { html: noted.__drawn, state: noted.__state };
      });
      // The markup, less the attributes that carry the choices (the app sets
      // them as properties, which Chromium's markup leaves out as well).
      expect(drawn.html).toBe(prerendered()?.replace(/ (checked|selected)=""/g, ''));
      // And the choices, as the visitor sees them before the app has arrived.
      await requests.hold(APP_CHUNK);
      await shownEarly.page.goto(app.host.url, { waitUntil: 'commit' });
      await shownEarly.page.locator('#app[data-prerendered]').waitFor();
      const early = await shownEarly.page.evaluate(formState);
      expect(early).toEqual(drawn.state);
      expect(early).toContain('preset=true');
    } finally {
      requests.releaseAll();
      await drawnByApp.context.close();
      await shownEarly.context.close();
      await host.close();
    }
  });

  it('is never in a page without JavaScript: the frame stays', async () => {
    const watched = await openWatched(app.browser, app.host.origin, { javaScriptEnabled: false });
    try {
      await watched.page.goto(app.host.url);
      expect(await watched.page.getByRole('button').count()).toBe(0);
      expect(await watched.page.getByRole('heading').count()).toBe(0);
      expect(await watched.page.locator('.app-shell svg').isVisible()).toBe(true);
      expect(await watched.page.locator(`#${PRERENDERED_PAGE_ID}`).count()).toBe(1);
    } finally {
      await watched.context.close();
    }
  });

  // Where the app's first page is another one, the visitor never sees the
  // general tool's start page flash by.
  it.each([
    ['another language asked for', '?lang=de', 'heading', 'Schlüssel und CSR erzeugen', 'none'],
    ['an expert view', '#/decode', 'heading', 'Decode a response', 'none'],
    ['Sectigo’s redirect', '?orderNumber=8151164', 'button', /Copy/, 'none'],
    ['a reseller’s ordering page', '', 'button', 'Continue', 'config'],
    // The general tool, under a notice that config.json could not be read.
    ['a config.json the host fails to serve', '', 'button', 'Generate key and CSR', 'failing'],
  ] as const)('not for %s', async (_, address, role, name, config) => {
    const host = await startStaticHost(undefined, {
      extraFiles: config === 'config' ? { 'config.json': CONFIG } : {},
    });
    const watched = await openWatched(app.browser, host.origin);
    try {
      await watched.page.addInitScript(notePrerenderedShown);
      if (config === 'failing')
        await watched.page.route(/\/config\.json$/, (route) => route.fulfill({ status: 503 }));
      await watched.page.goto(`${host.url}${address}`);
      await watched.page.getByRole(role, { name }).first().waitFor();
      await watched.page.locator('#app:not([aria-busy])').waitFor();
      expect(await shown(watched.page)).toBe('never');
      expect(await watched.page.locator(`#${PRERENDERED_PAGE_ID}`).count()).toBe(0);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await watched.context.close();
      await host.close();
    }
  });

  it('gives way to the page the visitor went to before the app arrived', async () => {
    const watched = await openWatched(app.browser, app.host.origin);
    const requests = holdRequests(watched.page);
    try {
      await requests.hold(APP_CHUNK);
      await watched.page.goto(app.host.url, { waitUntil: 'commit' });
      await watched.page.locator('#app[data-prerendered]').waitFor();
      await watched.page.getByRole('link', { name: 'Inspect CSR' }).click();
      requests.release(APP_CHUNK);
      await watched.page.getByRole('heading', { name: 'Inspect a CSR', level: 1 }).waitFor();
      expect(await watched.page.getByRole('button', { name: 'Generate key and CSR' }).count()).toBe(
        0,
      );
      expect(watched.pageErrors).toEqual([]);
    } finally {
      requests.releaseAll();
      await watched.context.close();
    }
  });

  // A host whose policy (a copy of an earlier release's _headers) allows this
  // boot script but not this stylesheet's inline copy: the page is not shown
  // unstyled; the app links the stylesheet's file and shows it once that is here.
  it('links the stylesheet where the policy refuses its inline copy', async () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(
      INDEX_HTML(),
    )?.[1];
    const stale = policy?.replace(/ 'sha256-[^']+'(?=; img-src)/, '');
    expect(stale).not.toBe(policy);
    const host = await startStaticHost(undefined, {
      headers: [['Content-Security-Policy', stale ?? '']],
    });
    const watched = await openWatched(app.browser, host.origin);
    try {
      await watched.page.addInitScript(notePrerenderedShown);
      await watched.page.goto(host.url);
      await watched.page.getByRole('button', { name: 'Generate key and CSR' }).waitFor();
      // Shown by the app once the file has arrived, never by the boot script before.
      expect(await shown(watched.page)).toBe('styled');
      expect(
        await watched.page.evaluate(() => ({
          // Once, whatever the views' own stylesheets that follow.
          linked: [...document.querySelectorAll('link[rel="stylesheet"]')]
            .map((link) => link.getAttribute('href') ?? '')
            .filter((href) => href.includes('firstLoad')),
          header: getComputedStyle(document.querySelector('header.app-header') as Element)
            .borderBottomStyle,
        })),
      ).toEqual({
        linked: [expect.stringMatching(/^\.\/assets\/firstLoad-[^/]+\.css$/)],
        header: 'solid',
      });
      expect(watched.consoleErrors.every((error) => /inline style/.test(error))).toBe(true);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await watched.context.close();
      await host.close();
    }
  });

  it('is in index.html alone: not in shop.html, not in the offline file', () => {
    expect(prerendered()).toContain('Generate key and CSR');
    for (const file of [join('dist', 'shop.html'), join('dist-offline', 'sectigo-order-desk.html')])
      expect(readFileSync(file, 'utf8')).not.toContain(`<template id="${PRERENDERED_PAGE_ID}"`);
  });
});
