// @ts-check
/**
 * The one Chromium launch of the project: Debian's Chromium (browser downloads
 * do not work here) driven by playwright-core, headless, with the flags that
 * keep it from talking to anything but the page under test. Shared by the e2e
 * tests (test/e2e/support/browser.ts) and the benchmark scripts; types in
 * chromium.d.mts.
 */
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * playwright-core gives every launch a fresh, empty temporary profile
 * (--user-data-dir of its own) and deletes it on close.
 *
 * @param {readonly string[]} [extraArgs]
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}
