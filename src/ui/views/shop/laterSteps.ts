/**
 * The ordering page's steps after the first, as a chunk of their own
 * (LaterSteps.tsx): choosing a product needs neither the order builder nor the
 * response reader nor the collect flow, so the first step paints without them
 * and they are fetched while the customer reads it.
 */
import { lazyOnce } from '../../lazyOnce';

/** Loads the later steps once; a failed load is forgotten so that the next call tries again. */
export const loadLaterSteps = lazyOnce(() =>
  import('./LaterSteps').then((module) => module.LaterSteps),
);

/** Fetches the later steps once the browser is idle: not earlier, or they compete with the first step's own bytes. */
export function prefetchLaterStepsWhenIdle(): void {
  const prefetch = () => void loadLaterSteps().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
  else setTimeout(prefetch, 500);
}
