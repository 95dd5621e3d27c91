import { describe, expect, it } from 'vitest';
import { firstLoadStylesApplied, linkBlockedStylesheet } from '../../src/ui/inlineStylesheet';

/** A page parsed from its head, as the browser parses it (a document of its own, which loads nothing). */
const page = (head: string): Document =>
  new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html');

/** index.html's head: the inline copy of the first load's stylesheet, naming its file. */
const INDEX_HEAD =
  '<style data-stylesheet="./assets/firstLoad-abc.css">:root{--font-mono:monospace}</style>';

/** What a policy that refuses the inline copy leaves: a <style> without a sheet. */
function refused(doc: Document): Document {
  const style = doc.querySelector('style');
  if (style) Object.defineProperty(style, 'sheet', { value: null });
  return doc;
}

describe('the inline stylesheet', () => {
  it('applies: nothing to link', () => {
    const doc = page(INDEX_HEAD);
    const style = doc.querySelector('style');
    Object.defineProperty(style, 'sheet', { value: {} });
    expect(firstLoadStylesApplied(doc)).toBe(true);
    linkBlockedStylesheet(doc);
    expect(doc.head.firstElementChild).toBe(style);
    expect(doc.querySelector('link')).toBeNull();
  });

  it('refused by the policy: its file is linked in its place, applied once it has arrived', () => {
    const doc = refused(page(INDEX_HEAD));
    expect(firstLoadStylesApplied(doc)).toBe(false);
    linkBlockedStylesheet(doc);
    const link = doc.head.firstElementChild as HTMLLinkElement;
    expect(link.tagName).toBe('LINK');
    expect(link.rel).toBe('stylesheet');
    expect(link.getAttribute('href')).toBe('./assets/firstLoad-abc.css');
    expect(link.crossOrigin).toBe('anonymous');
    expect(doc.querySelector('style')).toBeNull();
    // On its way, then arrived.
    Object.defineProperty(link, 'sheet', { value: null, configurable: true });
    expect(firstLoadStylesApplied(doc)).toBe(false);
    Object.defineProperty(link, 'sheet', { value: {} });
    expect(firstLoadStylesApplied(doc)).toBe(true);
  });

  it('absent (shop.html, the offline file): nothing to do', () => {
    const doc = refused(page('<style>:root{}</style>'));
    expect(firstLoadStylesApplied(doc)).toBe(true);
    linkBlockedStylesheet(doc);
    expect(doc.querySelector('link')).toBeNull();
  });
});
