/**
 * A loader that runs `load` the first time it is called and hands every caller
 * the same promise after that. A load that fails (a hiccup fetching a lazy
 * chunk) is forgotten, so the next call tries again. `loaded()` gives the
 * value at once when it has arrived, so a component can render it without a
 * loading pass.
 */
export interface LazyOnce<T> {
  (): Promise<T>;
  /** The loaded value, or undefined while it has not arrived (or never was asked for). */
  readonly loaded: () => T | undefined;
  /** Gives the value without loading it (an entry script that ships it); a value already loaded stays. */
  readonly provide: (value: T) => void;
}

export function lazyOnce<T>(load: () => Promise<T>): LazyOnce<T> {
  let loading: Promise<T> | null = null;
  let value: { readonly value: T } | null = null;
  const get = () => {
    if (loading === null) {
      const started = load();
      loading = started;
      started.then(
        (arrived) => {
          value = { value: arrived };
        },
        () => {
          if (loading === started) loading = null;
        },
      );
    }
    return loading;
  };
  const provide = (given: T) => {
    if (value) return;
    value = { value: given };
    loading = Promise.resolve(given);
  };
  return Object.assign(get, { loaded: () => value?.value, provide });
}
