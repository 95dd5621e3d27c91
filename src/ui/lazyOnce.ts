/**
 * A loader that runs `load` the first time it is called and hands every caller
 * the same promise after that. A load that fails (a hiccup fetching a lazy
 * chunk) is forgotten, so the next call tries again.
 */
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (loading === null) {
      const started = load();
      loading = started;
      started.catch(() => {
        if (loading === started) loading = null;
      });
    }
    return loading;
  };
}
