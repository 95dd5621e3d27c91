/**
 * What the views hand each other during one visit: the last CSR made or
 * inspected, the private key made in the Generate view or on the ordering
 * page, and each view's own working state (so switching views loses nothing).
 * Memory only: never written to storage, URLs or logs, gone when the page closes.
 */
import { useEffect, useState } from 'preact/hooks';

export interface SessionState {
  /** The last CSR generated (PEM), for Inspect and Order. */
  readonly csrPem?: string;
  /** The private key generated or loaded (unencrypted PKCS#8 PEM), for PKCS#12 building. */
  readonly privateKeyPem?: string;
  /** True once the user downloaded the key or confirmed they saved it. */
  readonly keySaved: boolean;
  /**
   * True once the ordering page's key was downloaded: only then may the customer
   * confirm it saved (that page offers no other way to save it).
   */
  readonly keyDownloaded?: boolean;
  /** Text to open in the Decode view (e.g. from the result page). */
  readonly decodeText?: string;
}

let state: SessionState = { keySaved: false };
const listeners = new Set<(next: SessionState) => void>();
/** Views' working state by key (the Generate form and its result, the ordering flow …). */
const kept = new Map<string, unknown>();

export function getSession(): SessionState {
  return state;
}

export function updateSession(patch: Partial<SessionState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
}

/** Forgets the key, the CSR and every view's kept state (e.g. "Start over", and between tests). */
export function clearSession(): void {
  state = { keySaved: false };
  kept.clear();
  for (const listener of listeners) listener(state);
}

export function useSession(): SessionState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}

/**
 * useState whose value outlives the component for this visit: a view that is
 * left and opened again finds what it had, so no typed value or key is lost
 * by moving between views. Memory only.
 */
export function useKeptState<T>(
  key: string,
  initial: T | (() => T),
): [T, (next: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => {
    if (kept.has(key)) return kept.get(key) as T;
    const first = typeof initial === 'function' ? (initial as () => T)() : initial;
    kept.set(key, first);
    return first;
  });
  const set = (next: T | ((previous: T) => T)) => {
    const previous = (kept.has(key) ? kept.get(key) : value) as T;
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
    kept.set(key, resolved);
    setValue(resolved);
  };
  return [value, set];
}

/** True while a generated key exists only in this page. */
export const hasUnsavedKey = (session: SessionState = state): boolean =>
  session.privateKeyPem !== undefined && !session.keySaved;

/**
 * Before anything replaces or drops the key held in this page: true when there
 * is no unsaved key, or when the user, asked `question`, agrees to lose it.
 */
export function confirmKeyLoss(question: string): boolean {
  return !hasUnsavedKey() || window.confirm(question);
}
