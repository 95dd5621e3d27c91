/**
 * The project's Chromium (scripts/chromium.mjs) for the e2e tests. Every page
 * is watched: console errors, page errors, and any request that leaves the
 * loopback host are recorded, and such requests are aborted.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.mjs';

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Requests to any origin other than the app's own. */
  readonly foreignRequests: string[];
}

export async function launch(
  extraArgs: readonly string[] = [],
): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await launchChromium(extraArgs);
  return {
    browser,
    close: () => browser.close(),
  };
}

export async function openWatched(
  browser: Browser,
  appOrigin: string,
  contextOptions: Parameters<Browser['newContext']>[0] = {},
): Promise<Watched> {
  const context = await browser.newContext(contextOptions);
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(appOrigin) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, context, consoleErrors, pageErrors, foreignRequests };
}
