/**
 * Resolves once every stylesheet <link> of the page has loaded or failed, or
 * after `limit` ms, whichever comes first.
 *
 * The built pages put the stylesheet's <link> at the end of <body>, so that the
 * page's frame paints without waiting for it (vite.config.ts, frameStyle).
 * Chromium and Firefox run the app, a deferred script, only once such a
 * stylesheet has arrived; WebKit may run it before (WebKit bug 209261), and the
 * app would then draw itself unstyled for a moment. So the app waits for it
 * itself; where the browser already did, nothing is pending and this resolves
 * at once. A stylesheet that failed before anyone listened has no sheet and no
 * event to come: one whose fetch is over (it has a Resource Timing entry) is
 * not waited for, and `limit` bounds the wait for any other.
 */
export function stylesheetsSettled(limit: number, doc: Document = document): Promise<void> {
  const finished = (link: HTMLLinkElement) =>
    link.href !== '' && performance.getEntriesByName(link.href, 'resource').length > 0;
  const pending = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (link) => link.sheet === null && !finished(link),
  );
  if (pending.length === 0) return Promise.resolve();
  const arrived = pending.map(
    (link) =>
      new Promise<void>((done) => {
        for (const type of ['load', 'error'])
          link.addEventListener(
            type,
            () => {
              done();
            },
            { once: true },
          );
      }),
  );
  return Promise.race([
    Promise.all(arrived).then(() => undefined),
    new Promise<void>((done) => setTimeout(done, limit)),
  ]);
}
