import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openssl } from '../core/openssl';
import { launch } from './support/browser';

const FILE = resolve('dist-offline/sectigo-order-desk.html');

let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launch());
});

afterAll(async () => {
  await closeBrowser();
});

describe('the offline single file (npm run build:offline)', () => {
  it('is one self-contained HTML file whose SHA-256 is written beside it', () => {
    const html = readFileSync(FILE);
    const [digest, name] = readFileSync(`${FILE}.sha256`, 'utf8').trim().split(/\s+/);
    expect(name).toBe('sectigo-order-desk.html');
    expect(createHash('sha256').update(html).digest('hex')).toBe(digest);
    const text = html.toString('utf8');
    expect(text).not.toMatch(/<script[^>]+src=/);
    expect(text).not.toMatch(/<link[^>]+href=/);
    expect(text).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-/);
    expect(text).toContain("connect-src 'none'");
  });

  it('generates a key and CSR and decodes a response from file:// with the network cut, under its hash-based CSP', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await context.setOffline(true);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${pathToFileURL(FILE).href}#/generate`);
    await page.getByRole('textbox', { name: 'Domain names' }).fill('offline.example.com');
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    const csr = page.getByRole('figure', { name: 'Certificate signing request (CSR)' });
    await csr.waitFor();
    const csrPem = (await csr.locator('code').textContent()) ?? '';
    expect(openssl(['req', '-in', 'r.csr', '-noout', '-verify'], { 'r.csr': csrPem }).status).toBe(
      0,
    );

    // Decoding works offline too: the result of a !PlaceOrder redirect, pasted.
    await page.getByRole('link', { name: 'Decode response' }).click();
    await page
      .getByRole('textbox', { name: 'Response text' })
      .fill('errorCode=-3&errorItem=loginName');
    await expect
      .poll(() => page.getByText("The 'loginName' argument is missing!").count())
      .toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Its one stylesheet has the shared styles first and the views' own after
  // them, the order the built pages cascade in (src/ui/startApp.tsx imports
  // firstLoad.css first): the Order view's `.order-grid-empty` overrides the
  // shared `.form-grid` margin, a rule of the same specificity.
  it('cascades a view’s own styles after the shared ones, as the built pages do', async () => {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(FILE).href}#/order`);
    const grid = page.locator('.order-grid-empty').first();
    await grid.waitFor({ state: 'attached' });
    expect(await grid.evaluate((element) => getComputedStyle(element).marginTop)).toBe('0px');
    await page.close();
  });
});
