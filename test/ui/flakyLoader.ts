import { lazyOnce } from '../../src/ui/lazyOnce';

/**
 * A lazyOnce loader whose first `failures` loads fail, as a chunk fetch on a
 * flaky line, and which then brings `value`; `calls()` counts the loads.
 */
export function flakyLoader<T>(failures: number, value: T) {
  let calls = 0;
  const load = lazyOnce(() => {
    calls += 1;
    return calls <= failures
      ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
      : Promise.resolve(value);
  });
  return { load, calls: () => calls };
}
