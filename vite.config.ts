import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext, OutputBundle, OutputChunk } from 'rolldown';
import preact from '@preact/preset-vite';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bootScript as builtBootScript } from './scripts/bootScript.ts';
import { headersFile, metaCsp, offlineCsp, type InlineHashes } from './scripts/csp.ts';
import { BUILD_TARGET, FRAME_STYLE, FRAME_STYLE_HASH, sha256 } from './scripts/frameStyle.ts';
import { EARLY_VIEW_FILES_META, earlyViewFiles, type EarlyView } from './src/ui/earlyView.ts';
import { PRERENDERED_PAGE_ID } from './src/ui/prerenderedPageId.ts';

/** The built page with its Content-Security-Policy as a <meta>, right after the charset. */
function withPolicy(html: string, policy: string): string {
  const charset = '<meta charset="UTF-8" />';
  if (!html.includes(charset)) throw new Error(`index.html: no ${charset} to put the policy after`);
  return html.replace(
    charset,
    () => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}

/**
 * Puts the Content-Security-Policy into the built page, and writes dist/_headers
 * (scripts/csp.ts) in `vite build`, the build that empties dist/. Only at build
 * time: the dev server injects its own inline client, which the policy would
 * block. The offline single file has a policy of its own (offlineSingleFile).
 */
function contentSecurityPolicy(): Plugin {
  let mode = 'production';
  return {
    name: 'order-desk-csp',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        // Not by the shop build, which adds to dist/, nor into the offline file's folder.
        if (mode !== 'shop' && mode !== 'offline')
          this.emitFile({
            type: 'asset',
            fileName: '_headers',
            source: headersFile(await inlineHashes(bundle)),
          });
      },
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // shop.html is made from index.html, policy included (shopPage).
        if (mode === 'offline' || !ctx.bundle) return html;
        return withPolicy(html, metaCsp(await inlineHashes(ctx.bundle)));
      },
    },
  };
}

/** index.html's first load's stylesheet (src/ui/firstLoad.css): its file and text. */
function firstLoadStylesheet(bundle: OutputBundle): { file: string; text: string } {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'index');
  if (!entry) throw new Error('index.html: no entry chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const [file, ...others] = stylesheetsOf(staticClosure(entry, byFile, new Set()), byFile);
  const asset = file ? bundle[file] : undefined;
  if (!file || others.length > 0 || asset?.type !== 'asset')
    throw new Error('index.html: its first load must have one stylesheet');
  const text =
    typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  // Its text sits in the page: nothing in it may end the element early.
  if (/<\/style/i.test(text)) throw new Error(`${file} contains "</style"`);
  return { file, text };
}

/** The hashes the policy allows the pages' inline script and stylesheet by. */
const inlineHashes = async (bundle: OutputBundle): Promise<InlineHashes> => ({
  bootScript: (await builtBootScript()).hash,
  stylesheet: sha256(firstLoadStylesheet(bundle).text),
});

/**
 * The page's frame paints from the page alone: its style (src/ui/frame.css,
 * scripts/frameStyle.ts) is inline, and the stylesheet's <link> moves to the
 * end of <body>, where Chromium, Firefox and Safari paint what comes before it
 * without waiting for it (a <link> in <head> holds every paint back). The app
 * still draws itself only once it has arrived (Chromium and Firefox run a
 * deferred script after the page's stylesheets; for WebKit, which may not, the
 * app waits itself: src/ui/stylesheetsSettled.ts), so it never shows unstyled;
 * a `preload` in <head> asks for it as early as before. On the phone profile
 * the frame shows a round trip sooner (scripts/bench-first-view.mjs). The dev
 * server and the offline single file get the inline style alone: the app's
 * styles come by script there, or inline too. index.html then carries the
 * whole first load's stylesheet inline instead (prerenderedStartPage), which
 * holds these rules as well; shop.html is as described here.
 */
function frameStyle(): Plugin {
  let command = 'build';
  let mode = 'production';
  return {
    name: 'order-desk-frame-style',
    configResolved(config) {
      command = config.command;
      mode = config.mode;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        let page = html.replace('</head>', () => `  <style>${FRAME_STYLE}</style>\n  </head>`);
        if (command !== 'build' || mode === 'offline') return page;
        const link = /\n\s*<link rel="stylesheet" crossorigin href="([^"]+)">/.exec(page);
        if (!link?.[1]) throw new Error('index.html: no stylesheet <link> to move');
        page = page
          .replace(link[0], `\n    <link rel="preload" as="style" crossorigin href="${link[1]}">`)
          .replace(
            '</body>',
            () => `  <link rel="stylesheet" crossorigin href="${link[1]}">\n  </body>`,
          );
        return page;
      },
    },
  };
}

/**
 * A view's own stylesheet comes after the first load's in the cascade, as in
 * one file: a view's rule overrides a shared one of the same specificity
 * (src/ui/firstLoad.css). Vite's import helper adds a lazy chunk's stylesheet
 * at the end of <head>, which comes before the first load's <link> at the end
 * of <body> (frameStyle above); this has it add them at the end of <body>,
 * after that one. Where the pages have no such <link> (the offline single
 * file, whose one chunk has no lazy stylesheet), nothing changes.
 */
function viewStylesheetsLast(): Plugin {
  const HELPER = '\0vite/preload-helper.js';
  const APPEND = 'document.head.appendChild(link)';
  let changed = false;
  return {
    name: 'order-desk-view-stylesheets-last',
    apply: 'build',
    buildStart() {
      changed = false;
    },
    transform(code, id) {
      if (id !== HELPER) return null;
      if (code.split(APPEND).length !== 2)
        throw new Error(`${HELPER}: expected one ${APPEND}; Vite's import helper has changed`);
      changed = true;
      return { code: code.replace(APPEND, 'document.body.appendChild(link)'), map: null };
    },
    generateBundle(_, bundle) {
      // A view stylesheet that the helper will add: the helper must have been the one changed.
      const viewStyles = Object.keys(bundle).filter((file) => /\/view-[^/]+\.css$/.test(file));
      if (viewStyles.length > 0 && !changed)
        throw new Error(
          `${HELPER} was not found: ${viewStyles.join(', ')} would precede the first load's styles`,
        );
    },
  };
}

/**
 * Vite's import helper adds a lazy chunk's stylesheets unless the page links
 * them already; index.html's first load's stylesheet is inline
 * (prerenderedStartPage), and a lazy view that imports from the app's chunk
 * lists it too, so the helper would link the file again after the views' own
 * stylesheets, where it would override them. This has the helper count the
 * page's inline copy (its `data-stylesheet`, src/ui/inlineStylesheet.ts) as
 * that file. app.e2e.ts checks that no view links it.
 */
function inlineStylesheetCounts(): Plugin {
  const HELPER = '\0vite/preload-helper.js';
  const LINKS = 'const links = document.getElementsByTagName("link");';
  return {
    name: 'order-desk-inline-stylesheet-counts',
    apply: 'build',
    transform(code, id) {
      if (id !== HELPER) return null;
      if (code.split(LINKS).length !== 2)
        throw new Error(`${HELPER}: expected one ${LINKS}; Vite's import helper has changed`);
      const inline =
        'for (const style of document.querySelectorAll("style[data-stylesheet]")) preloadedHrefs.styles.add(new URL(style.dataset.stylesheet, document.baseURI).href);';
      return { code: code.replace(LINKS, () => `${inline}\n${LINKS}`), map: null };
    },
  };
}

/** The customer's first views whose chunks src/boot.ts may fetch early (src/ui/earlyView.ts). */
const EARLY_VIEW_MODULES = {
  shop: 'src/ui/views/shop/ShopView.tsx',
  result: 'src/ui/views/result/ResultView.tsx',
} as const satisfies Record<EarlyView, string>;

/**
 * Runs src/boot.ts inline, at the end of <head> (scripts/bootScript.ts builds
 * it; the policy allows it by its hash). An `async` module script: it runs as
 * soon as the parser has reached it, without holding the parser (and the
 * requests it makes) back the way a classic script's first run does (measured:
 * 10-20 ms), and without waiting until the page is parsed and the app's
 * script, whose tag comes first, has run, as a module script without `async`
 * would. As a file of its own it ran only once it had arrived, sharing the
 * line with the app's chunk and the stylesheet: some 50 ms later on the phone
 * profile, and a request more. Before it, a <meta> lists the files of each
 * early view (the view's chunk and what it imports, less the entry's, and
 * their stylesheets), which the boot script fetches when config.json or the
 * query string calls for that view. The offline single file has no boot
 * script (it reads no config.json).
 */
const bootScriptTag = (text: string): string => `<script type="module" async>${text}</script>`;

function bootScript(): Plugin {
  let mode = 'production';
  return {
    name: 'order-desk-boot-script',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (mode === 'offline') return html;
        const chunks = Object.values(ctx.bundle ?? {}).filter((output) => output.type === 'chunk');
        const meta = earlyViewMeta(ctx.chunk, chunks);
        const tag = bootScriptTag((await builtBootScript()).text);
        return html.replace('</head>', () => `  ${meta}\n    ${tag}\n  </head>`);
      },
    },
  };
}

/**
 * The <meta> that lists, per early view, the files the boot script fetches for
 * it: the view's chunk and what it imports, less what the page's entry loads
 * anyway, and those chunks' stylesheets.
 */
function earlyViewMeta(page: OutputChunk | undefined, chunks: readonly OutputChunk[]): string {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set<string>();
  if (page) staticClosure(page, byFile, loaded);
  const files = Object.fromEntries(
    Object.entries(EARLY_VIEW_MODULES).map(([view, path]) => {
      const holder = chunks.find((chunk) =>
        chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(path)),
      );
      if (!holder) throw new Error(`no chunk holds ${path}`);
      const needed = [...staticClosure(holder, byFile, new Set())].filter(
        (file) => !loaded.has(file),
      );
      // The chunks, then their stylesheets (src/ui/firstLoad.css is the page's own).
      return [view, [...needed, ...stylesheetsOf(needed, byFile)].map((file) => `./${file}`)];
    }),
  );
  // What the boot script will read back: a file it would refuse is a build error, not a slow page.
  const content = JSON.stringify(files);
  if (JSON.stringify(earlyViewFiles(content)) !== content)
    throw new Error(`the boot script would not preload all of ${content}`);
  const attribute = content.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<meta name="${EARLY_VIEW_FILES_META}" content="${attribute}" />`;
}

/** The stylesheets of these chunks (Vite's CSS code split), each once. */
function stylesheetsOf(
  files: Iterable<string>,
  byFile: ReadonlyMap<string, OutputChunk>,
): string[] {
  return [
    ...new Set(
      [...files].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]),
    ),
  ];
}

/** A chunk and every chunk it imports statically, directly or through others. */
function staticClosure(
  chunk: OutputChunk,
  byFile: ReadonlyMap<string, OutputChunk>,
  into: Set<string>,
): Set<string> {
  if (into.has(chunk.fileName)) return into;
  into.add(chunk.fileName);
  for (const file of chunk.imports) {
    const imported = byFile.get(file);
    if (imported) staticClosure(imported, byFile, into);
  }
  return into;
}

const PRERENDER_SCRIPT = fileURLToPath(
  new URL('./scripts/prerenderStartPage.mjs', import.meta.url),
);

/**
 * index.html carries its start page, drawn at build time, and the first load's
 * stylesheet inline (src/ui/prerenderedPage.ts, src/ui/inlineStylesheet.ts):
 * where the app would draw the start page, the boot script shows it, styled,
 * as soon as config.json is known to be absent, and the app hydrates it. The
 * page is rendered by scripts/prerenderStartPage.mjs with the app's own
 * modules, into a <template> after #app (never shown without JavaScript). The
 * inline stylesheet takes the place of the frame's style (it holds frame.css)
 * and of the stylesheet's links; its `data-stylesheet` names the file, which
 * shop.html links (shopPage) and the app links where a stale policy refuses
 * the inline copy. Only index.html of `vite build`: shop.html has no start
 * page, and the offline file inlines every style itself.
 */
function prerenderedStartPage(): Plugin {
  let mode = 'production';
  return {
    name: 'order-desk-prerendered-start-page',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (mode === 'offline' || mode === 'shop' || !ctx.bundle) return html;
        const { file, text } = firstLoadStylesheet(ctx.bundle);
        const { stdout: startPage, stderr } = await promisify(execFile)(
          process.execPath,
          [PRERENDER_SCRIPT],
          { maxBuffer: 1 << 24, timeout: 120_000 },
        );
        if (stderr.trim()) console.warn(`${PRERENDER_SCRIPT}:\n${stderr}`);
        // Its end is found by the first </template> (shopPage): none may be inside.
        if (!/<main\b[\s\S]*<form\b/.test(startPage) || /<\/?template\b/i.test(startPage))
          throw new Error(`${PRERENDER_SCRIPT} printed no start page, or one with a <template>`);
        const link = (rel: string) =>
          new RegExp(`\\n\\s*<link rel="${rel}"[^>]* href="\\./${file.replaceAll('.', '\\.')}">`);
        const swaps: readonly (readonly [string | RegExp, string])[] = [
          [`<style>${FRAME_STYLE}</style>`, `<style data-stylesheet="./${file}">${text}</style>`],
          [link('preload'), ''],
          [link('stylesheet'), ''],
          [
            '\n    <noscript',
            `\n    <template id="${PRERENDERED_PAGE_ID}">${startPage}</template>\n    <noscript`,
          ],
        ];
        let page = html;
        for (const [from, to] of swaps) {
          const found =
            typeof from === 'string'
              ? page.split(from).length - 1
              : (page.match(new RegExp(from, 'g'))?.length ?? 0);
          if (found !== 1) throw new Error(`index.html: expected one ${String(from)}`);
          page = page.replace(from, () => to);
        }
        return page;
      },
    },
  };
}

/** The reseller's ordering page (README, Deploying), written beside index.html. */
export const SHOP_PAGE = 'shop.html';

/**
 * `--mode shop` (part of npm run build): shop.html, the built index.html with
 * this build's src/shop.tsx as its app. index.html cannot know that it is an
 * ordering page until config.json has been read, so it fetches the start
 * page's form and asks for the first step a round trip later; shop.html's
 * first load is the app with the first step and the config.json schema, and
 * no start page. A build of its own rather than a second entry of the first:
 * the two pages would then share the app's chunk, and index.html need two
 * requests more (scripts/bench-first-view.mjs). Written from the built
 * index.html, so the two pages' head (CSP, boot script, frame) cannot drift
 * apart.
 */
function shopPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'order-desk-shop-page',
    apply: (_, env) => env.mode === 'shop' && env.command === 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const outputs = Object.values(bundle);
        const chunks = outputs.filter((output) => output.type === 'chunk');
        const shop = chunks.find((chunk) => chunk.isEntry && chunk.name === 'shop');
        if (!shop) throw new Error('shop.html: no shop entry');
        const index = join(outDir, 'index.html');
        if (!existsSync(index))
          throw new Error(`shop.html is made from ${index}: run vite build first`);
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // The first load's stylesheet (src/ui/firstLoad.css) is the file of
        // index.html's inline copy (prerenderedStartPage): the same styles in the
        // same order, so the two pages cascade alike. This page links it, after
        // its frame, as index.html did before it had a start page to show
        // (frameStyle). The other views' stylesheets are this build's own.
        const [firstLoadStyle, ...otherStyles] = stylesheetsOf(
          staticClosure(shop, byFile, new Set()),
          byFile,
        );
        const inline = new RegExp(
          `<style data-stylesheet="\\./${(firstLoadStyle ?? '').replaceAll('.', '\\.')}">[^]*?</style>`,
        );
        if (!firstLoadStyle || otherStyles.length > 0 || !inline.test(readFileSync(index, 'utf8')))
          throw new Error(
            `shop.html would load ${[firstLoadStyle, ...otherStyles].join(', ')}, which is not index.html's inline stylesheet`,
          );
        const preloads = [...staticClosure(shop, byFile, new Set())]
          .filter((file) => file !== shop.fileName)
          .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
        const href = `./${firstLoadStyle}`;
        const swaps: readonly (readonly [RegExp, string])[] = [
          [
            inline,
            `<link rel="preload" as="style" crossorigin href="${href}">\n    <style>${FRAME_STYLE}</style>`,
          ],
          [/\n\s*<template id="[^"]+">[^]*?<\/template>/, ''],
          [/\n {2}<\/body>/, `\n    <link rel="stylesheet" crossorigin href="${href}">\n  </body>`],
          [new RegExp(`<meta name="${EARLY_VIEW_FILES_META}"[^>]*>`), earlyViewMeta(shop, chunks)],
          [
            /<script type="module" crossorigin src="[^"]+"><\/script>/,
            [
              `<script type="module" crossorigin src="./${shop.fileName}"></script>`,
              ...preloads,
            ].join('\n    '),
          ],
        ];
        // index.html's own chunks' preloads, if its chunk plan has any: not this page's.
        let page = readFileSync(index, 'utf8').replace(/\n\s*<link rel="modulepreload"[^>]*>/g, '');
        // Its head is index.html's, the boot script (this build's own) included.
        if (!page.includes(bootScriptTag((await builtBootScript()).text)))
          throw new Error(`${index} does not carry this build's boot script`);
        for (const [pattern, replacement] of swaps) {
          if (page.match(new RegExp(pattern, 'g'))?.length !== 1)
            throw new Error(`index.html has not one ${String(pattern)}`);
          page = page.replace(pattern, () => replacement);
        }
        this.emitFile({ type: 'asset', fileName: SHOP_PAGE, source: page });
      },
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
      let html = readFileSync(join(outDir, 'index.html'), 'utf8');
      html = html
        .replace(/\s*<script type="module"[^>]*src="[^"]*"><\/script>/, '')
        .replace(/\s*<link rel="stylesheet"[^>]*>/, '')
        .replace(/\s*<link rel="icon"[^>]*>/, '')
        // The offline file fetches nothing (connect-src 'none'), config.json included.
        .replace(/\s*<!--[^>]*config\.json[^>]*-->/, '')
        .replace(/\s*<link\s+rel="preload"[^>]*config\.json[^>]*>/, '');
      html = withPolicy(
        html,
        offlineCsp([sha256(script)], [FRAME_STYLE_HASH, ...(style ? [sha256(style)] : [])]),
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
 * 1 KiB) that a view then fetched one wave after another. So:
 * - the app's chunk is everything index.html's script (src/main.tsx) imports
 *   statically, the start page (Generate) included, whose form's rules
 *   (checkForm with the name rules) are a dynamic import of its own, and the
 *   shell quoting (below); the boot script (src/boot.ts, bootScript above) is
 *   inline in the page, a build of its own;
 * - a reseller's ordering page needs one more file, which the entry asks for
 *   once it has seen a config.json: the ordering page's first step with the
 *   config.json schema and the few tables it reads (valibot, !PlaceOrder,
 *   products), which most other views need as well;
 * - its later steps and the order result page (LaterSteps.tsx, ResultView.tsx)
 *   are fetched when the browser is idle: the result page's own chunk and one
 *   of the three tables its outcome reads (!PlaceOrder's errors, parameters
 *   and response fields), which is all that page needs before its outcome
 *   shows (its technical details follow: ResultDetails.tsx); then one chunk
 *   of the other tables, the order builder and the DER and PEM readers, one
 *   of the response decoder and its display, which other views share, and one
 *   of the later steps' own.
 * The first load has one stylesheet, with the styles of the customer's pages
 * (src/ui/firstLoad.css); another view's own styles are a file fetched beside
 * its chunk. The PKI libraries are one chunk, loaded only when a key is made
 * or a CSR or certificate read. The other views keep Rolldown's own
 * split. Measured with scripts/bench-first-view.mjs; `npm run size` lists each
 * view's first load.
 */
const PKI = /node_modules[\\/](?!valibot[\\/])|src[\\/]core[\\/]pki[\\/]x509\.ts$/;
/**
 * noble's byte helpers (hex, concat): the DER reader under the response
 * decoder and the order builder uses them too. Taken by the PKI group (which
 * takes what its modules import), they would make the order result page fetch
 * the whole PKI chunk to show a response; they go with the tables instead.
 */
const BYTE_HELPERS = /node_modules[\\/]@noble[\\/]hashes[\\/]utils\.js$/;
const TABLES = /(src[\\/]core[\\/](spec|schema|order|encoding)|node_modules[\\/]valibot)[\\/]/;
const CUSTOMER_ONLY = /src[\\/](ui[\\/](views[\\/](shop|result)|i18n)|core[\\/]config)[\\/]/;

const SHELL_QUOTE = /src[\\/]core[\\/]encoding[\\/]shellQuote\.ts$/;
/** The Copy button: the start page's form, the result page's outcome and most views show one. */
const COPY_BUTTON = /src[\\/]ui[\\/]components[\\/]CopyButton\.tsx$/;

/** A view's own stylesheet, by the view's folder: `decode` for src/ui/views/decode/decode.css. */
const VIEW_STYLES = /src[\\/]ui[\\/]views[\\/]([^\\/]+)[\\/][^\\/]+\.css$/;

/** The pages' scripts: index.html's (src/main.tsx), shop.html's (src/shop.tsx). */
const ENTRIES = /(^|[\\/])index\.html$|src[\\/](main|shop)\.tsx$/;
/** The config.json schema: it decides that the ordering page is shown. */
const CONFIG_SCHEMA = /src[\\/]core[\\/]config[\\/](index|resellerConfig)\.ts$/;
/** The ordering page's first step (its later steps are a dynamic import). */
const FIRST_STEP = /src[\\/]ui[\\/]views[\\/]shop[\\/]ShopView\.tsx$/;
/** The order result page, which a customer opens from Sectigo's redirect. */
const RESULT_VIEW = /src[\\/]ui[\\/]views[\\/]result[\\/]ResultView\.tsx$/;
/** The tables the result page's outcome reads: !PlaceOrder's errors, parameters and response fields. */
const RESULT_TABLES = /src[\\/]core[\\/]spec[\\/](errors|responses|params[\\/]placeOrder)\.ts$/;
/** The customer's other pages: the ordering page's later steps, the order result page. */
const CUSTOMER_VIEWS = /src[\\/]ui[\\/]views[\\/](shop[\\/]LaterSteps|result[\\/]ResultView)\.tsx$/;

/**
 * One group per chunk, in layers: a group takes the modules it names and what
 * they import (unless a group before it took them), so a chunk imports only
 * from the ones above it and never back, which would break evaluation order.
 * The tables come before the PKI libraries so that those take only what no
 * table needs.
 */
const importedBy =
  (name: string, root: RegExp, test: (id: string) => boolean = () => true) =>
  (id: string, ctx: ChunkingContext): string | null =>
    test(id) && importedStaticallyBy(id, root, ctx) ? name : null;
const chunkGroups = (entry: string) => [
  // A view's own stylesheet (src/ui/firstLoad.css imports the first load's) is
  // a chunk of its own, which Vite, as it holds no code, hands to the chunks
  // that import it: decode.css goes with the Decode view and the order result
  // page, not with every view that shares the response decoder's chunk.
  {
    name: (id: string) => {
      const view = VIEW_STYLES.exec(id)?.[1];
      return view ? `view-${view}` : null;
    },
    debugName: 'viewStyles',
    priority: 8,
  },
  // The app's chunk: the page's script and, as a group takes what its modules
  // import, everything that script imports statically. With it, the shell
  // quoting (a few lines) that the Generate form's openssl command, loaded
  // just after the form, shares with the order builder: left to the tables'
  // group, the form's rules would wait for all the tables, and a chunk of its
  // own would be a request for 100 bytes. (Rolldown's `$initial` tag cannot
  // take it: a group's filters must all hold, and no page imports it statically.)
  // And the Copy button, which index.html's start page has anyway: on
  // shop.html the result page's chunk would otherwise hold it, and every
  // view with a Copy button fetch that chunk for it.
  {
    name: (id: string) =>
      SHELL_QUOTE.test(id) || COPY_BUTTON.test(id) || ENTRIES.test(id) ? entry : null,
    debugName: entry,
    priority: 6,
  },
  // The first step's own modules with the schema and the tables it reads (what
  // it reaches only through core/spec's index is another view's business).
  {
    name: (id: string, ctx: ChunkingContext) =>
      importedStaticallyBy(id, CONFIG_SCHEMA, ctx) ||
      (/src[\\/]ui[\\/]/.test(id) && importedStaticallyBy(id, FIRST_STEP, ctx))
        ? 'firstStep'
        : null,
    debugName: 'firstStep',
    priority: 5.7,
  },
  // What the order result page's outcome reads of the tables (with what those
  // import): a customer who lands there from Sectigo's redirect sees the outcome
  // without the other tables, the order builder or the response decoder, which
  // its technical details (ResultDetails.tsx) bring a moment later.
  {
    name: (id: string) => (RESULT_TABLES.test(id) ? 'resultTables' : null),
    debugName: 'resultTables',
    priority: 5.6,
  },
  // The tables and the order builder: most other views need them too.
  {
    name: importedBy('spec', CUSTOMER_VIEWS, (id) => TABLES.test(id) || BYTE_HELPERS.test(id)),
    debugName: 'spec',
    priority: 5.5,
  },
  { name: 'pki', test: PKI, priority: 5 },
  // The order result page's own modules: its outcome and the customer's words
  // it shows (the ordering page's later steps share some of them, and import
  // them from here).
  {
    name: (id: string, ctx: ChunkingContext) =>
      /src[\\/]ui[\\/]/.test(id) && importedStaticallyBy(id, RESULT_VIEW, ctx) ? 'result' : null,
    debugName: 'result',
    priority: 3,
  },
  // The response decoder, its display, the form post: other views' too.
  {
    name: importedBy('shared', CUSTOMER_VIEWS, (id) => !CUSTOMER_ONLY.test(id)),
    debugName: 'shared',
    priority: 2,
  },
  { name: importedBy('customer', CUSTOMER_VIEWS), debugName: 'customer', priority: 1 },
];

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
  plugins: [
    preact(),
    contentSecurityPolicy(),
    frameStyle(),
    prerenderedStartPage(),
    viewStylesheetsLast(),
    inlineStylesheetCounts(),
    bootScript(),
    shopPage(),
    offlineSingleFile(),
  ],
  build: {
    // `--mode offline` (npm run build:offline): one JS and one CSS file, which
    // scripts/build-offline.mjs then inlines into a single HTML file.
    outDir: mode === 'offline' ? 'dist-offline' : 'dist',
    // `--mode shop` adds shop.html to the dist/ that `vite build` has just written.
    emptyOutDir: mode !== 'shop',
    // The first load's stylesheet, and one for each other view that has styles
    // of its own (src/ui/firstLoad.css; the chunk plan above); the offline
    // single file inlines one.
    cssCodeSplit: mode !== 'offline',
    rolldownOptions: {
      // shop.html's app (shopPage above); index.html is Vite's default entry.
      ...(mode === 'shop' ? { input: { shop: 'src/shop.tsx' } } : {}),
      // The entry script ships its first view (src/main.tsx the start page,
      // src/shop.tsx the ordering page's first step with the config.json schema),
      // which src/ui/views/index.ts and the config reader load lazily for the
      // other page; every other ineffective dynamic import is still reported.
      onLog(level, log, handler) {
        if (
          log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' &&
          /src[\\/](ui[\\/]views[\\/](generate[\\/]GenerateView|shop[\\/]ShopView)\.tsx|core[\\/]config[\\/]index\.ts)$/.test(
            log.id ?? '',
          )
        )
          return;
        handler(level, log);
      },
      // Our own modules run nothing at import time (the README's Layout: a
      // module only defines), so a module none of whose exports is used can go: the
      // spec tables' top-level calls (maps, freezes) otherwise kept every table
      // that a re-export from core/spec names in the first load. The styles
      // and the libraries keep the bundler's default reading.
      treeshake: {
        moduleSideEffects: (id: string) =>
          /[\\/]src[\\/][^?]*\.tsx?$/.test(id) && !id.includes('node_modules') ? false : undefined,
      },
      output: {
        // The first load's stylesheet is the entry chunk's, named after the
        // entry (index or shop); one name for both builds' identical file.
        assetFileNames: (asset) =>
          asset.names.some((name) => /^(index|shop)\.css$/.test(name))
            ? 'assets/firstLoad-[hash][extname]'
            : 'assets/[name]-[hash][extname]',
        codeSplitting:
          mode === 'offline'
            ? false
            : {
                groups: chunkGroups(mode === 'shop' ? 'shop' : 'index'),
              },
      },
    },
    target: BUILD_TARGET,
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
