/**
 * Reads config.json from beside index.html, once. The boot script
 * (src/boot.ts), inline in the built pages, starts this while the page is
 * still being parsed, so that a reseller's ordering page can fetch its first
 * step's code at once; the app then checks the text it got
 * (useResellerConfig). No file (404, or a page opened from disk) or the
 * shipped empty `{}` means the general tool.
 *
 * The boot script is a build of its own (scripts/bootScript.ts) with its own
 * copy of this module: the read it starts is handed to the app's copy through
 * the page's global object, so that the file is fetched once. Nothing here
 * imports the app, Preact or the schema.
 */
import type { ResellerConfig } from '../../core/config';

export type ConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'invalid'; readonly problems: readonly string[] }
  | { readonly status: 'ok'; readonly config: ResellerConfig };

/** config.json's text, or the state that reading it already decides. */
export type ConfigFile = { readonly text: string } | { readonly state: ConfigState };

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
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The connection dropped mid-file: say so, as for an HTTP error.
    return { state: { status: 'invalid', problems: ['config.json could not be read.'] } };
  }
  // dist/ ships an empty config.json (so that a page without one logs no 404):
  // an empty object means the general tool.
  if (/^\s*\{\s*\}\s*$/.test(text)) return { state: { status: 'none' } };
  return { text };
}

let file: Promise<ConfigFile> | null = null;

/**
 * Where the first copy of this module to read config.json leaves the read for
 * the other: a key of the global symbol registry, which both copies name alike.
 */
const SHARED_READ = Symbol.for('order-desk.config-file');

/** config.json as read once for the page's life, by whichever copy of this module asks first. */
export function configFile(): Promise<ConfigFile> {
  if (file) return file;
  const shared: unknown = Reflect.get(globalThis, SHARED_READ);
  file = shared instanceof Promise ? (shared as Promise<ConfigFile>) : readConfigFile();
  Reflect.set(globalThis, SHARED_READ, file);
  return file;
}

/** For tests: read the file again next time. */
export function forgetConfigFile(): void {
  file = null;
  Reflect.deleteProperty(globalThis, SHARED_READ);
}
