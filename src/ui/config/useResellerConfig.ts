/**
 * Reads config.json from beside index.html once, at start-up. No file (404, or
 * a page opened from disk) or the shipped empty `{}` means the general tool; an invalid file is shown on
 * the page, naming the file and the bad key, never a blank screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResellerConfig } from '../../core/config';
import { en } from '../i18n/en';
import { unknownKeys } from '../i18n/overrides';

export type ConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'invalid'; readonly problems: readonly string[] }
  | { readonly status: 'ok'; readonly config: ResellerConfig };

let file: Promise<ConfigFile> | null = null;
let cached: Promise<ConfigState> | null = null;
/** The outcome once known, so that later renders start from it without a loading pass. */
let settled: ConfigState | null = null;

/** config.json's text, or the state that reading it already decides. */
type ConfigFile = { readonly text: string } | { readonly state: ConfigState };

async function readConfigFile(): Promise<ConfigFile> {
  // The offline single file is the general tool and may fetch nothing (connect-src 'none').
  if (import.meta.env.MODE === 'offline' || window.location.protocol === 'file:')
    return { state: { status: 'none' } };
  let response: Response;
  try {
    // index.html preloads ./config.json (crossorigin="anonymous", as="fetch") so that it
    // arrives with the code, not after it; this request matches that preload only
    // with the same credentials mode, 'same-origin' (HTML standard, "preload": a
    // preloaded response is reused only by a request with the same mode and credentials). 'no-cache' still
    // asks the host whether the file changed.
    response = await fetch('./config.json', { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    return { state: { status: 'none' } }; // file:// or offline: the general tool
  }
  if (response.status === 404) return { state: { status: 'none' } };
  if (!response.ok)
    return {
      state: {
        status: 'invalid',
        problems: [`config.json could not be read (HTTP ${response.status}).`],
      },
    };
  const text = await response.text();
  // dist/ ships an empty config.json (so that a page without one logs no 404):
  // an empty object means the general tool.
  if (/^\s*\{\s*\}\s*$/.test(text)) return { state: { status: 'none' } };
  return { text };
}

async function load(file: Promise<ConfigFile>): Promise<ConfigState> {
  const read = await file;
  if ('state' in read) return read.state;
  const { parseResellerConfig } = await import('../../core/config');
  const parsed = parseResellerConfig(read.text);
  if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
  const problems = messageKeyProblems(parsed.config.messages);
  return problems.length === 0
    ? { status: 'ok', config: parsed.config }
    : { status: 'invalid', problems };
}

/**
 * The reseller's wording (`messages`) names messages by their key in the
 * catalogue; the core schema checked its shape, this checks that each key is a
 * plain-text message every language has (all catalogues share English's keys).
 */
export function messageKeyProblems(messages: ResellerConfig['messages']): string[] {
  return Object.entries(messages ?? {}).flatMap(([language, overrides]) =>
    unknownKeys(en, overrides).map(
      (key) =>
        `config.json: "messages.${language}" names "${key}", which is not a text message of this page.`,
    ),
  );
}

const configFile = (): Promise<ConfigFile> => (file ??= readConfigFile());

/**
 * Whether the page has a reseller config.json to read (valid or not), known
 * before the schema that checks it is loaded: main.tsx then fetches the
 * ordering page's code beside the schema, not after it.
 */
export async function hasConfigFile(): Promise<boolean> {
  return 'text' in (await configFile());
}

/** Starts reading config.json (once); main.tsx calls it before the first render. */
export function loadResellerConfig(): Promise<ConfigState> {
  cached ??= load(configFile()).then((state) => (settled = state));
  return cached;
}

/** For tests: forget the loaded configuration. */
export function resetResellerConfig(): void {
  file = null;
  cached = null;
  settled = null;
}

export function useResellerConfig(): ConfigState {
  const [state, setState] = useState<ConfigState>(() => settled ?? { status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadResellerConfig().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
