/**
 * Holds back a page's requests that match a pattern until the test releases
 * them: what the page shows and does while a file is still on its way.
 */
import type { Page } from 'playwright-core';

export function holdRequests(page: Page) {
  const waiting = new Map<RegExp, (() => void)[]>();
  const release = (pattern: RegExp) => {
    for (const done of waiting.get(pattern) ?? []) done();
    waiting.delete(pattern);
  };
  return {
    /** From now on, requests matching `pattern` wait for `release(pattern)`. */
    async hold(pattern: RegExp): Promise<void> {
      waiting.set(pattern, []);
      await page.route(pattern, async (route) => {
        const queue = waiting.get(pattern);
        if (queue) await new Promise<void>((done) => queue.push(done));
        await route.continue();
      });
    },
    /** Lets the held requests through, and any later ones. */
    release,
    /** How many requests `pattern` holds back now. */
    held: (pattern: RegExp): number => waiting.get(pattern)?.length ?? 0,
    /** Releases everything: for a test's `finally`. */
    releaseAll(): void {
      for (const pattern of [...waiting.keys()]) release(pattern);
    },
  };
}
