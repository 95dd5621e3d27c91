#!/usr/bin/env node
// Bundle sizes of dist/, gzip-compressed: every file, what the first page load
// fetches (the entry script, its static imports and the stylesheet), and for
// each view what opening it directly costs (the first load plus that view's own
// chunks), against the budget. Builds dist/ itself (npm run size) to read the
// chunk graph from the bundler rather than from the minified code.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const DIST = 'dist';
/** Target for the initial load (JS + CSS, gzip): the app's budget for staying small. */
const INITIAL_BUDGET_KB = 30;
/** Target for a view's first view: index.html, config.json and six files at most. */
const FIRST_VIEW_REQUESTS = 8;

/** @type {Record<string, import('rolldown').OutputChunk>} */
const chunks = {};
// npm run build: index.html's build, then shop.html's (`--mode shop`), into the same dist/.
for (const mode of ['production', 'shop'])
  await build({
    mode,
    logLevel: 'warn',
    plugins: [
      {
        name: 'size-chunk-graph',
        apply: 'build',
        // After Vite's own hooks: a chunk that held only a stylesheet is gone by then.
        generateBundle: {
          order: 'post',
          handler(_, bundle) {
            for (const [file, output] of Object.entries(bundle))
              if (output.type === 'chunk') chunks[file] = output;
          },
        },
      },
    ],
  });

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const sizeOf = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

/** A chunk with its static imports and their stylesheets: what importing it fetches. */
function closure(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  const chunk = chunks[file];
  for (const css of chunk?.viteMetadata?.importedCss ?? []) into.add(css);
  for (const dep of chunk?.imports ?? []) closure(dep, into);
  return into;
}

/**
 * What a page fetches by itself: the files its HTML names, with their static
 * imports (its inline boot script is part of the page's own bytes, and so is
 * a stylesheet it carries inline: index.html's, src/ui/inlineStylesheet.ts).
 */
function pageLoad(page) {
  const load = new Set();
  for (const match of page.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g))
    closure(match[1], load);
  withoutInlineStylesheets(page, load);
  return load;
}

/** Leaves out of `files` the stylesheets that `page` carries inline (Vite's import helper skips them). */
function withoutInlineStylesheets(page, files) {
  for (const match of page.matchAll(/data-stylesheet="\.\/(assets\/[^"]+\.css)"/g))
    files.delete(match[1]);
}
const initial = pageLoad(html);
/** shop.html: the ordering page with its first step in its own first load (vite.config.ts). */
const shopHtml = readFileSync(join(DIST, 'shop.html'), 'utf8');

/** The chunks whose code holds a module (one per build: index.html's and shop.html's). */
const chunksHolding = (path) =>
  Object.values(chunks)
    .filter((chunk) => chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(path)))
    .map((chunk) => chunk.fileName);

const files = readdirSync(join(DIST, 'assets'))
  .map((name) => `assets/${name}`)
  .sort();
let initialGzip = 0;
let lazyGzip = 0;
console.log('file'.padEnd(48), 'raw KiB', 'gzip KiB', ' load');
for (const file of files) {
  const { raw, gzip } = sizeOf(file);
  const isInitial = initial.has(file);
  if (isInitial) initialGzip += gzip;
  else lazyGzip += gzip;
  console.log(file.padEnd(48), kb(raw), ' ', kb(gzip), isInitial ? ' initial' : ' lazy');
}
const htmlGzip = gzipSync(Buffer.from(html)).length;
console.log('');
console.log(
  `initial load (index.html + JS + CSS, gzip): ${((initialGzip + htmlGzip) / 1024).toFixed(1)} KiB`,
);
console.log(`lazy chunks (gzip, both builds' files):    ${(lazyGzip / 1024).toFixed(1)} KiB`);
console.log(
  `initial / budget (${INITIAL_BUDGET_KB} KiB):                 ${((initialGzip + htmlGzip) / 1024 / INITIAL_BUDGET_KB).toFixed(2)}`,
);

// Each view opened directly: index.html, config.json (always read), the first
// load, and the view's own chunks. The ordering page also needs the config.json
// schema (src/core/config), which decides that it is shown.
const VIEWS = [
  ['generate (start page)', ['src/ui/views/generate/GenerateView.tsx']],
  [
    'shop (index.html with config.json)',
    ['src/ui/views/shop/ShopView.tsx', 'src/core/config/resellerConfig.ts'],
  ],
  [
    'shop (shop.html)',
    ['src/ui/views/shop/ShopView.tsx', 'src/core/config/resellerConfig.ts'],
    shopHtml,
  ],
  ['result (after Sectigo’s redirect)', ['src/ui/views/result/ResultView.tsx']],
  ['inspect', ['src/ui/views/inspect/InspectView.tsx']],
  ['order', ['src/ui/views/order/OrderView.tsx']],
  ['decode', ['src/ui/views/decode/DecodeView.tsx']],
  ['reference', ['src/ui/views/reference/ReferenceView.tsx']],
];
console.log('');
console.log('first view, opened directly'.padEnd(36), 'requests', 'gzip KiB');
for (const [label, modules, page = html] of VIEWS) {
  const fetched = pageLoad(page);
  for (const path of modules) {
    // The page's own build's chunk: the one its files already reach, or that build's lazy one.
    const holders = chunksHolding(path);
    if (holders.some((file) => fetched.has(file))) continue;
    const ownBuild = holders.find((file) =>
      [...fetched].some((loaded) => chunks[loaded]?.dynamicImports.includes(file)),
    );
    const chunk = ownBuild ?? holders[0];
    if (chunk) closure(chunk, fetched);
    else console.log(`  (no chunk holds ${path})`);
  }
  withoutInlineStylesheets(page, fetched);
  const gzip = [...fetched].reduce(
    (sum, file) => sum + sizeOf(file).gzip,
    gzipSync(Buffer.from(page)).length,
  );
  // + index.html and config.json
  const requests = fetched.size + 2;
  console.log(
    label.padEnd(36),
    String(requests).padStart(8),
    kb(gzip),
    requests > FIRST_VIEW_REQUESTS ? ` (over ${FIRST_VIEW_REQUESTS} requests)` : '',
  );
  if (process.argv.includes('--verbose')) console.log(`  ${[...fetched].join(' ')}`);
}

// The PKI libraries (@peculiar/x509 on asn1js and reflect-metadata) must not be
// in the first load. Their own error texts mark them; an OID would not, since
// the start page's key encryption has an OID table of its own.
const PKI_MARKERS = [
  'End of input reached before message was fully decoded', // asn1js
  'Metadata provider not registered.', // reflect-metadata
];
const pki = [...initial].filter((file) => {
  const code = readFileSync(join(DIST, file), 'utf8');
  return PKI_MARKERS.some((marker) => code.includes(marker));
});
console.log('');
console.log(
  pki.length > 0
    ? `PKI code in the initial load: ${pki.join(', ')}`
    : 'PKI code in the initial load: none',
);
