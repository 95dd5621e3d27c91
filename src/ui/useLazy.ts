import { useEffect, useState } from 'preact/hooks';
import type { LazyOnce } from './lazyOnce';

/**
 * What a lazyOnce loader brings, for a component: at once when it has arrived,
 * else undefined while `wanted` starts loading it (and the component renders
 * again when it arrives). A failed load leaves it undefined; the next render
 * that wants it tries again.
 */
export function useLazy<T>(load: LazyOnce<T>, wanted: boolean): T | undefined {
  const [, arrived] = useState(0);
  const value = load.loaded();
  // After every render that still lacks it, not only when an argument changes:
  // a load that failed (lazyOnce forgets it) is tried again by the next render.
  // While one is on its way, lazyOnce hands out the same promise.
  useEffect(() => {
    if (!wanted || value !== undefined) return;
    let live = true;
    load().then(
      () => {
        if (live) arrived((count) => count + 1);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  });
  return value;
}
