import { useEffect, useState } from 'preact/hooks';
import type { LazyOnce } from './lazyOnce';

/** What a lazyOnce loader has brought a component, or that it could not. */
export interface LazyOrFailure<T> {
  /** The value, once it has arrived. */
  readonly value: T | undefined;
  /** The last load failed (a line that dropped): the component says so. */
  readonly failed: boolean;
  /** Loads again after a failure, when the user asks (opening the part again, say). */
  readonly retry: () => void;
}

/**
 * Like useLazy, for a part of a page that tells the user when its code could
 * not be loaded: a failed load is not tried again on every render (a line
 * that is down would be asked again and again), only after `retry()`.
 */
export function useLazyOrFailure<T>(load: LazyOnce<T>, wanted: boolean): LazyOrFailure<T> {
  // Functions (components) are kept as values: useState would call them.
  const [value, setValue] = useState<{ readonly value: T | undefined }>(() => ({
    value: load.loaded(),
  }));
  const [failed, setFailed] = useState(false);
  // Arrived since (an idle prefetch, another component): no loading pass.
  const arrived = value.value ?? load.loaded();
  const missing = wanted && arrived === undefined && !failed;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    load().then(
      (arrived) => {
        if (live) setValue({ value: arrived });
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [missing]);
  return {
    value: arrived,
    failed,
    retry: () => {
      setFailed(false);
    },
  };
}
