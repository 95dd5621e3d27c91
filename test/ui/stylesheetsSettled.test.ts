/**
 * The app waits for the page's stylesheet itself (WebKit may run a deferred
 * script before a stylesheet at the end of <body>): at once when none is
 * pending, else once each has loaded or failed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { stylesheetsSettled } from '../../src/ui/stylesheetsSettled';

/** A stylesheet <link> still on its way: no href, so the DOM fetches nothing. */
function pendingStylesheet(): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  document.body.append(link);
  return link;
}

/** Whether the promise has settled after the queued tasks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('stylesheetsSettled', () => {
  it('resolves at once when the page has no stylesheet on its way', async () => {
    expect(await settled(stylesheetsSettled(60_000))).toBe(true);
  });

  it.each(['load', 'error'])('waits for a pending stylesheet until its %s event', async (event) => {
    const link = pendingStylesheet();
    expect(link.sheet).toBeNull();
    const waiting = stylesheetsSettled(60_000);
    expect(await settled(waiting)).toBe(false);
    link.dispatchEvent(new Event(event));
    expect(await settled(waiting)).toBe(true);
  });

  it('waits no longer than its limit for a stylesheet that never comes', async () => {
    pendingStylesheet();
    const waiting = stylesheetsSettled(20);
    expect(await settled(waiting)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await settled(waiting)).toBe(true);
  });

  it('waits for every pending stylesheet, not the first', async () => {
    const [first, second] = [pendingStylesheet(), pendingStylesheet()];
    const waiting = stylesheetsSettled(60_000);
    first.dispatchEvent(new Event('load'));
    expect(await settled(waiting)).toBe(false);
    second.dispatchEvent(new Event('error'));
    expect(await settled(waiting)).toBe(true);
  });
});
