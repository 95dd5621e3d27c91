import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext } from 'rolldown';
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { META_CSP, offlineCsp } from './scripts/csp.ts';

/**
 * Puts the Content-Security-Policy into the built page. Only at build time: the
 * dev server injects its own inline client, which the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'order-desk-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
        ),
    },
  };
}

/** The name of the offline single file (npm run build:offline). */
export const OFFLINE_FILE = 'sectigo-order-desk.html';

/**
 * `--mode offline`: after the build, inline the one JS and one CSS file into a
 * single HTML file under a hash-based CSP, write its SHA-256 beside it so people
 * can verify what they run, and remove everything else from dist-offline/.
 */
function offlineSingleFile(): Plugin {
  let outDir = 'dist-offline';
  return {
    name: 'order-desk-offline-single-file',
    apply: (_, env) => env.mode === 'offline' && env.command === 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = readdirSync(join(outDir, 'assets'));
      const js = assets.filter((file) => file.endsWith('.js'));
      const css = assets.filter((file) => file.endsWith('.css'));
      if (js.length !== 1 || css.length > 1) {
        throw new Error(
          `offline build expected one JS and at most one CSS file, got ${assets.join(', ')}`,
        );
      }
      // "</script" cannot occur in code outside strings; inside them "<\/script" is the same text.
      const script = readFileSync(join(outDir, 'assets', js[0] ?? ''), 'utf8').replace(
        /<\/(script)/gi,
        '<\\/$1',
      );
      const style = css[0]
        ? readFileSync(join(outDir, 'assets', css[0]), 'utf8').replace(/<\/(style)/gi, '<\\/$1')
        : '';
      const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
      let html = readFileSync(join(outDir, 'index.html'), 'utf8');
      html = html
        .replace(/\s*<script type="module"[^>]*src="[^"]*"><\/script>/, '')
        .replace(/\s*<link rel="stylesheet"[^>]*>/, '')
        .replace(/\s*<link rel="icon"[^>]*>/, '')
        // The offline file fetches nothing (connect-src 'none'), config.json included.
        .replace(/\s*<!--[^>]*config\.json[^>]*-->/, '')
        .replace(/\s*<link\s+rel="preload"[^>]*config\.json[^>]*>/, '')
        .replace(
          /content="default-src[^"]*"/,
          `content="${offlineCsp([sha(script)], style ? [sha(style)] : [])}"`,
        )
        .replace('</head>', () => `    <style>${style}</style>\n  </head>`)
        .replace('</body>', () => `    <script type="module">${script}</script>\n  </body>`);
      for (const entry of readdirSync(outDir))
        rmSync(join(outDir, entry), { recursive: true, force: true });
      writeFileSync(join(outDir, OFFLINE_FILE), html);
      const digest = createHash('sha256').update(html, 'utf8').digest('hex');
      writeFileSync(join(outDir, `${OFFLINE_FILE}.sha256`), `${digest}  ${OFFLINE_FILE}\n`);
      console.log(
        `\n${join(outDir, OFFLINE_FILE)} (${(html.length / 1024).toFixed(0)} KiB)\nSHA-256 ${digest}\n`,
      );
    },
  };
}

/**
 * The chunk plan (Rolldown, Vite 8's bundler). On a phone network every request
 * of the first view costs a round trip, and HTTP/1.1 allows six at a time; left
 * alone, Rolldown made a chunk per set of importers (40 of them, many under
 * 1 KiB) that a view then fetched one wave after another. So: everything the
 * entry imports statically, the start page (Generate) included
 * (src/ui/views/index.ts), is the entry chunk; what the customer's pages (a
 * reseller's ordering page, the config.json schema that opens it, the order
 * result page) import statically is one chunk, beside one of the tables and
 * order builder they need and one of the rest (the response decoder, its
 * display ...), which other views share; all the styles are one file, in the
 * first load (a view's own CSS file would be one more request); the PKI
 * libraries are
 * one chunk, loaded only when a key is made or a CSR or certificate read. The
 * other views keep Rolldown's own split. Measured with
 * scripts/bench-first-view.mjs; `npm run size` lists each view's first load.
 */
const PKI = /node_modules[\\/](?!valibot[\\/])|src[\\/]core[\\/]pki[\\/]x509\.ts$/;
const TABLES = /(src[\\/]core[\\/](spec|schema|order)|node_modules[\\/]valibot)[\\/]/;
const CUSTOMER_ONLY = /src[\\/](ui[\\/](views[\\/](shop|result)|i18n)|core[\\/]config)[\\/]/;

/**
 * One group per chunk, in layers: a group takes the modules it names and what
 * they import (unless a group before it took them), so a chunk imports only
 * from the ones above it and never back, which would break evaluation order.
 */
const customerGroup =
  (name: string, test: (id: string) => boolean) =>
  (id: string, ctx: ChunkingContext): string | null =>
    test(id) && importedStaticallyBy(id, CUSTOMER_VIEWS, ctx) ? name : null;
const CHUNK_GROUPS = [
  // The entry chunk: everything index.html's script imports statically.
  { name: 'index', tags: ['$initial' as const], priority: 5 },
  { name: 'pki', test: PKI, priority: 4 },
  // The tables and the order builder: most other views need them too.
  { name: customerGroup('spec', (id) => TABLES.test(id)), debugName: 'spec', priority: 3 },
  // The response decoder, its display, the form post: other views' too.
  {
    name: customerGroup('shared', (id) => !CUSTOMER_ONLY.test(id)),
    debugName: 'shared',
    priority: 2,
  },
  { name: customerGroup('shop', () => true), debugName: 'shop', priority: 1 },
];

/** The customer's pages: the ordering page, the config.json schema that opens it, the result page. */
const CUSTOMER_VIEWS =
  /src[\\/](ui[\\/]views[\\/](shop[\\/]ShopView|result[\\/]ResultView)\.tsx|core[\\/]config[\\/](index|resellerConfig)\.ts)$/;

const reachedMemo = new WeakMap<ChunkingContext, Map<string, boolean>>();
/** Whether a module matching `root` imports this one statically, directly or through others. */
function importedStaticallyBy(
  id: string,
  root: RegExp,
  ctx: ChunkingContext,
  seen = new Set<string>(),
): boolean {
  let memo = reachedMemo.get(ctx);
  if (!memo) reachedMemo.set(ctx, (memo = new Map<string, boolean>()));
  const key = `${root.source}\n${id}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (seen.has(id)) return false;
  seen.add(id);
  const result =
    root.test(id) ||
    (ctx.getModuleInfo(id)?.importers ?? []).some((importer) =>
      importedStaticallyBy(importer, root, ctx, seen),
    );
  // Only a first-level answer is final: inside a cycle, "no" may mean "seen already".
  if (result || seen.size === 1) memo.set(key, result);
  return result;
}

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  plugins: [preact(), contentSecurityPolicy(), offlineSingleFile()],
  build: {
    // `--mode offline` (npm run build:offline): one JS and one CSS file, which
    // scripts/build-offline.mjs then inlines into a single HTML file.
    outDir: mode === 'offline' ? 'dist-offline' : 'dist',
    // One stylesheet, in the first load: see the chunk plan above.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting:
          mode === 'offline'
            ? false
            : {
                groups: CHUNK_GROUPS,
              },
      },
    },
    target: 'es2022',
    // The polyfill is an inline script (blocked by script-src 'self') and every
    // browser we target has modulepreload.
    modulePreload: { polyfill: false },
    // data: URIs would need img-src/font-src data:, which the policy forbids.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
}));
