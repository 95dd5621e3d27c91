/**
 * The boot script (src/boot.ts) as the built pages carry it: an inline
 * module script at the end of <head> (vite.config.ts, bootScript), so that a
 * reseller's ordering page asks for its first step as soon as config.json has
 * arrived, not once a file of its own has arrived as well (it shared the line
 * with the app's chunk: some 50 ms on the phone profile of
 * scripts/bench-first-view.mjs, and a request more). The
 * Content-Security-Policy allows exactly this text by its SHA-256
 * (scripts/csp.ts), so it is made here once, for both.
 *
 * Built by Vite itself, for the build's target, into one script that imports
 * and exports nothing; the app's chunk has its own copy of the few modules it
 * shares (src/ui/config/configFile.ts hands the read of config.json over).
 */
import { fileURLToPath } from 'node:url';
import type { RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { BUILD_TARGET, sha256 } from './frameStyle.ts';

export const BOOT_FILE = fileURLToPath(new URL('../src/boot.ts', import.meta.url));

async function buildBootScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    publicDir: false,
    build: {
      write: false,
      target: BUILD_TARGET,
      minify: true,
      sourcemap: false,
      // An IIFE: Vite's library build leaves an ES module's whitespace unminified.
      lib: { entry: BOOT_FILE, formats: ['iife'], name: 'orderDeskBoot' },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((file) => file.type === 'chunk');
  const [chunk, ...others] = chunks;
  if (
    !chunk ||
    others.length > 0 ||
    chunk.imports.length > 0 ||
    chunk.dynamicImports.length > 0 ||
    chunk.exports.length > 0
  )
    throw new Error(`${BOOT_FILE} must build to one script that imports and exports nothing`);
  const code = chunk.code.trim();
  // Its text sits in the page: nothing in it may end the element early or
  // change how the HTML parser reads the rest of it.
  if (/<\/script|<!--/i.test(code))
    throw new Error(`${BOOT_FILE}: the built script contains "</script" or "<!--"`);
  return code;
}

export interface BootScript {
  /** The script's text, as the page carries it. */
  readonly text: string;
  /** Its SHA-256, as the policy's script-src names it. */
  readonly hash: string;
}

let built: Promise<BootScript> | null = null;

/**
 * The boot script, built once per process when a build first asks for it
 * (the dev server, which has none, never does).
 */
export const bootScript = (): Promise<BootScript> =>
  (built ??= buildBootScript().then((text) => ({ text, hash: sha256(text) })));
