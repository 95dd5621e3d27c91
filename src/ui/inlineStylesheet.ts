/**
 * index.html carries its first load's stylesheet (src/ui/firstLoad.css) inline,
 * allowed by its SHA-256 in the Content-Security-Policy, so that the
 * prerendered start page (src/ui/prerenderedPage.ts) shows styled from the
 * page alone; the <style> names the same styles' file, which shop.html links
 * (vite.config.ts, prerenderedStartPage). A policy that does not allow it, a
 * host's stale copy of dist/_headers, leaves it without a sheet: the app then
 * links the file instead, rather than show an unstyled page.
 */

/** The inline stylesheet, if the page has one. */
const inlineStylesheet = (doc: Document): HTMLStyleElement | null =>
  doc.querySelector<HTMLStyleElement>('style[data-stylesheet]');

/**
 * Whether the page's first load's styles apply: its inline copy, allowed, or
 * the file linked in its place, arrived. (True on a page that links them as
 * usual, whose app waits for them: src/ui/stylesheetsSettled.ts.)
 */
export function firstLoadStylesApplied(doc: Document): boolean {
  const styles = doc.querySelector<HTMLStyleElement | HTMLLinkElement>(
    'style[data-stylesheet], link[data-stylesheet]',
  );
  return styles === null || styles.sheet !== null;
}

/** Links the inline stylesheet's file when the policy refused the inline copy; once. */
export function linkBlockedStylesheet(doc: Document): void {
  const style = inlineStylesheet(doc);
  const file = style?.dataset.stylesheet;
  if (!style || !file || style.sheet !== null) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.crossOrigin = 'anonymous';
  link.href = file;
  link.dataset.stylesheet = file;
  // In its place: before any view's own stylesheet, as in the cascade of one file.
  style.replaceWith(link);
}
