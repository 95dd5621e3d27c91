/**
 * A lazy view whose stylesheet failed still opens (Vite's import helper asks,
 * with a cancelable `vite:preloadError` event, whether to fail the import); a
 * view whose code failed does not.
 */
import { describe, expect, it } from 'vitest';
import { tolerateStylesheetFailures } from '../../src/ui/tolerateStylesheetFailures';

/** The event as Vite's helper dispatches it: cancelable, the error as its payload. */
function preloadError(payload: unknown): Event {
  const event = new Event('vite:preloadError', { cancelable: true });
  Object.assign(event, { payload });
  return event;
}

describe('tolerateStylesheetFailures', () => {
  tolerateStylesheetFailures(window);

  it.each([
    [
      'a view’s stylesheet',
      new Error('Unable to preload CSS for http://127.0.0.1/assets/view-order-1.css'),
      true,
    ],
    [
      'the view’s code',
      new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/a.js'),
      false,
    ],
    ['an error with that text later on', new Error('x: Unable to preload CSS for y'), false],
    ['a payload that is not an Error', 'Unable to preload CSS for y', false],
    ['no payload', undefined, false],
  ])('%s: the import goes on = %s', (_, payload, goesOn) => {
    const event = preloadError(payload);
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(goesOn);
  });
});
