/**
 * The set-up every e2e file shares: the production build on a loopback static
 * host and one Chromium, started before the file's tests and closed after.
 * Call at the top level of a test file; read `app.host` / `app.browser` inside tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser';
import { startStaticHost, type StaticHost } from './server';

export interface AppUnderTest {
  readonly host: StaticHost;
  readonly browser: Browser;
}

export function useAppUnderTest(hostOptions?: Parameters<typeof startStaticHost>[1]): AppUnderTest {
  let host: StaticHost | undefined;
  let browser: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    host = await startStaticHost(undefined, hostOptions);
    ({ browser, close: closeBrowser } = await launch());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await host?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };
  return {
    get host() {
      return started(host, 'The static host');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
