/**
 * What the views hand each other during one visit: the last CSR made or
 * inspected, and the private key made in the Generate view. Memory only: never
 * written to storage, URLs or logs, gone when the page closes.
 */
import { useEffect, useState } from 'preact/hooks';

export interface SessionState {
  /** The last CSR generated (PEM), for Inspect and Order. */
  readonly csrPem?: string;
  /** The private key generated or loaded (unencrypted PKCS#8 PEM), for PKCS#12 building. */
  readonly privateKeyPem?: string;
  /** True once the user downloaded the key or confirmed they saved it. */
  readonly keySaved: boolean;
  /** Text to open in the Decode view (e.g. from the result page). */
  readonly decodeText?: string;
}

let state: SessionState = { keySaved: false };
const listeners = new Set<(next: SessionState) => void>();

export function getSession(): SessionState {
  return state;
}

export function updateSession(patch: Partial<SessionState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
}

/** Forgets the key and CSR (e.g. "Start over"). */
export function clearSession(): void {
  state = { keySaved: false };
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

/** True while a generated key exists only in this page. */
export const hasUnsavedKey = (session: SessionState = state): boolean =>
  session.privateKeyPem !== undefined && !session.keySaved;
