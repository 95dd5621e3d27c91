/**
 * The build served over plain http from a host that is not localhost, where
 * browsers offer no WebCrypto (crypto.subtle exists only in secure contexts:
 * https, localhost, a saved file). Chromium maps a test host name to the
 * loopback static host (--host-resolver-rules), so the same files are served
 * from an insecure origin. Every view loads and says why crypto cannot work;
 * the views that need no crypto keep working.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched } from './support/browser';
import { startStaticHost, type StaticHost } from './support/server';

const INSECURE_HOST = 'order-desk.test';
const REASON = /withholds WebCrypto[\s\S]*\(it needs HTTPS or localhost\)/;

let host: StaticHost;
let browser: Browser;
let close: () => Promise<void>;
let insecureUrl: string;
let insecureOrigin: string;

beforeAll(async () => {
  host = await startStaticHost();
  ({ browser, close } = await launch([`--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`]));
  insecureUrl = host.url.replace('127.0.0.1', INSECURE_HOST);
  insecureOrigin = host.origin.replace('127.0.0.1', INSECURE_HOST);
});
afterAll(async () => {
  await close();
  await host.close();
});

/** The page's own view of its context: [isSecureContext, typeof crypto.subtle]. */
async function contextOf(url: string, origin: string): Promise<[boolean, string]> {
  const watched = await openWatched(browser, origin);
  await watched.page.goto(url);
  const seen = await watched.page.evaluate(
    () => [window.isSecureContext, typeof crypto.subtle] as [boolean, string],
  );
  await watched.context.close();
  return seen;
}

describe('a plain-http page on a host that is not localhost', () => {
  it('really is an insecure context there, and a secure one on 127.0.0.1', async () => {
    expect(await contextOf(host.url, host.origin)).toEqual([true, 'object']);
    expect(await contextOf(insecureUrl, insecureOrigin)).toEqual([false, 'undefined']);
  });

  it.each(['generate', 'inspect', 'decode', 'order', 'reference'])(
    'loads #/%s and says why crypto cannot work',
    async (view) => {
      const watched = await openWatched(browser, insecureOrigin);
      const { page } = watched;
      await page.goto(`${insecureUrl}#/${view}`);
      await page.locator('main h1').waitFor();
      expect(await page.locator('main').textContent()).not.toContain('could not be loaded');
      expect(await page.getByRole('status').filter({ hasText: 'WebCrypto' }).textContent()).toMatch(
        REASON,
      );
      expect(watched.pageErrors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      await watched.context.close();
    },
  );

  it('decodes a response as usual (no crypto needed)', async () => {
    const watched = await openWatched(browser, insecureOrigin);
    const { page } = watched;
    await page.goto(`${insecureUrl}#/decode`);
    await page
      .getByRole('textbox', { name: 'Response text' })
      .fill('errorCode=-3&errorItem=loginName');
    expect(await page.getByRole('group', { name: 'Outcome' }).textContent()).toContain(
      "Error -3: The 'loginName' argument is missing!",
    );
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('says why where crypto is needed: generating a key, checking a CSR signature', async () => {
    const watched = await openWatched(browser, insecureOrigin);
    const { page } = watched;
    await page.goto(`${insecureUrl}#/generate`);
    await page.getByRole('textbox', { name: 'Domain names' }).fill('www.example.com');
    await page.getByRole('button', { name: 'Generate key and CSR' }).click();
    // In the customer's words (the frame's plain-http notice), not the core's technical text.
    await page
      .getByRole('alert')
      .filter({
        hasText: 'This page was opened over plain http, so the browser withholds WebCrypto',
      })
      .waitFor();

    // A CSR made by the app (in a secure context) is still read here; only its signature cannot be checked.
    await page.goto(`${insecureUrl}#/inspect`);
    await page.getByRole('textbox', { name: 'CSR', exact: true }).fill(CSR);
    await page
      .getByRole('region', { name: 'Findings' })
      .getByText(/signature could not be checked here\. WebCrypto is not available/)
      .waitFor();
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });
});

/** `openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -noenc -keyout /dev/null -subj /CN=www.example.com` */
const CSR = `-----BEGIN CERTIFICATE REQUEST-----
MIHTMHwCAQAwGjEYMBYGA1UEAwwPd3d3LmV4YW1wbGUuY29tMFkwEwYHKoZIzj0C
AQYIKoZIzj0DAQcDQgAEdw+tG68dnSZ6V37fe5h+zk2W7+v4w4SQbkbH6wxrMMKJ
D06T0OKoBXZm/IeSSO6AgP4ZrBojEGfQANRBAvXyLqAAMAoGCCqGSM49BAMCA0cA
MEQCIAfIFphKRTXAwVOBwUj1NVakIxATLZBH6rwpAsD1vhguAiB8OtkOo9uy39fJ
8ATZhhqjcIHbrW923aVwCXmJ/ssR/Q==
-----END CERTIFICATE REQUEST-----
`;
