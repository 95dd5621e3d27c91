/**
 * Reads config.json from beside index.html once, at start-up. No file (404, or
 * a page opened from disk) or the shipped empty `{}` means the general tool; an invalid file is shown on
 * the page, naming the file and the bad key, never a blank screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResellerConfig } from '../../core/config';

export type ConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'invalid'; readonly problems: readonly string[] }
  | { readonly status: 'ok'; readonly config: ResellerConfig };

let cached: Promise<ConfigState> | null = null;

async function load(): Promise<ConfigState> {
  // The offline single file is the general tool and may fetch nothing (connect-src 'none').
  if (import.meta.env.MODE === 'offline' || window.location.protocol === 'file:')
    return { status: 'none' };
  let response: Response;
  try {
    response = await fetch('./config.json', { cache: 'no-store', credentials: 'omit' });
  } catch {
    return { status: 'none' }; // file:// or offline: the general tool
  }
  if (response.status === 404) return { status: 'none' };
  if (!response.ok)
    return {
      status: 'invalid',
      problems: [`config.json could not be read (HTTP ${response.status}).`],
    };
  const text = await response.text();
  // dist/ ships an empty config.json (so that a page without one logs no 404):
  // an empty object means the general tool.
  if (/^\s*\{\s*\}\s*$/.test(text)) return { status: 'none' };
  const { parseResellerConfig } = await import('../../core/config');
  const parsed = parseResellerConfig(text);
  return parsed.ok
    ? { status: 'ok', config: parsed.config }
    : { status: 'invalid', problems: parsed.problems };
}

/** For tests: forget the loaded configuration. */
export function resetResellerConfig(): void {
  cached = null;
}

export function useResellerConfig(): ConfigState {
  const [state, setState] = useState<ConfigState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    cached ??= load();
    void cached.then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
