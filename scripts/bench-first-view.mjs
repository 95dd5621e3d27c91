#!/usr/bin/env node
// The first view on a phone network: how many requests, how many bytes and how
// long until the start page (Generate), a reseller's ordering page (opened
// as index.html and as shop.html) and the order result page that Sectigo's
// redirect opens are usable, beside a bare Preact page that
// renders one button, all built with Vite and served by the same loopback
// host (gzip, as static hosts do) to headless Chromium under its own network
// emulation. Then the same on loopback without throttling, and first
// contentful paint there from loads without the usable-watcher. Prints medians
// and ratios; never pass/fail.
//
//   node scripts/bench-first-view.mjs [--no-build] [--runs N] [--loopback-runs N]
//     [--waterfall] [--compare OTHER_DIST] [--pages ID,ID,...]
//
// --compare serves another build (say, of the main branch) beside dist/ and
// measures its pages in the same interleaved runs: on a busy machine only
// figures taken side by side compare. --pages measures only those pages (ids:
// start, shop, shopPage, result, and start0, shop0, result0 with --compare;
// the bare page always), for a longer series of the few a change is about;
// --loopback-runs 0 leaves out the loopback tables.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const RUNS = option('--runs', 7);
const LOOPBACK_RUNS = option('--loopback-runs', 15);
const WATERFALL = args.includes('--waterfall');
const COMPARE = args.includes('--compare')
  ? resolve(args[args.indexOf('--compare') + 1] ?? '')
  : null;

/** Chromium's emulation: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up ("slow 4G"). */
const PHONE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1e6) / 8,
  uploadThroughput: (750 * 1e3) / 8,
  connectionType: 'cellular4g',
};

const DIST = resolve('dist');
// Inside node_modules so that Vite resolves preact from this project.
const BARE = resolve('node_modules/.cache/bench-first-view');

// --- builds ---------------------------------------------------------------

if (!args.includes('--no-build') || !existsSync(join(DIST, 'shop.html'))) {
  // npm run build: index.html, then shop.html (`--mode shop`).
  for (const mode of ['production', 'shop']) {
    const build = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(1);
  }
}

/** The bare page: Preact rendering one button, built with Vite's own API. */
async function buildBarePage() {
  const { build } = await import('vite');
  const { default: preact } = await import('@preact/preset-vite');
  rmSync(BARE, { recursive: true, force: true });
  mkdirSync(join(BARE, 'src'), { recursive: true });
  writeFileSync(
    join(BARE, 'src', 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bare Preact</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="./main.jsx"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(BARE, 'src', 'main.jsx'),
    `import { render } from 'preact';
import { useState } from 'preact/hooks';
function App() {
  const [count, setCount] = useState(0);
  return <button type="button" onClick={() => setCount(count + 1)}>Pressed {count} times</button>;
}
render(<App />, document.getElementById('app'));
`,
  );
  await build({
    root: join(BARE, 'src'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir: join(BARE, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return join(BARE, 'dist');
}
const bareRoot = await buildBarePage();

// --- a loopback static host -------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

/** dist/_headers, the way a host that reads it would send them (the CSP among them). */
function headersOf(root) {
  const path = join(root, '_headers');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line))
    .filter(Boolean)
    .map((match) => [match[1], match[2].trim()]);
}

/**
 * Serves each root under /<name>/, gzip-compressed like any static host would,
 * each with its own _headers (a --compare build's policy allows its own inline
 * style and script), and the bare page with dist/_headers, so that the
 * comparison is of the code alone (Cross-Origin-Opener-Policy, for one, costs a
 * process swap on navigation).
 */
async function startHost(roots, extraFiles) {
  const gzipCache = new Map();
  const headersByRoot = new Map(
    Object.values(roots).map((root) => [
      root,
      headersOf(existsSync(join(root, '_headers')) ? root : DIST),
    ]),
  );
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const [, name, ...rest] = url.pathname.split('/');
      const root = roots[name ?? ''];
      let rel = decodeURIComponent(rest.join('/')) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = root ? normalize(join(root, rel)) : '';
      if (!root || !file.startsWith(root)) {
        res.writeHead(404).end();
        return;
      }
      try {
        let body = extraFiles[`${name}/${rel}`];
        if (body === undefined) {
          if (!(await stat(file)).isFile()) throw new Error('not a file');
          body = await readFile(file);
        }
        for (const [header, value] of headersByRoot.get(root)) res.setHeader(header, value);
        res.setHeader('Content-Type', TYPES[extname(rel)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        if (
          COMPRESSIBLE.has(extname(rel)) &&
          /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        ) {
          const key = `${name}/${rel}`;
          if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
          res.setHeader('Content-Encoding', 'gzip');
          res.writeHead(200).end(gzipCache.get(key));
        } else res.writeHead(200).end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, server };
}

/**
 * public/config.example.json with the keys every version of the page knows (so
 * that a --compare build of an older version opens its ordering page too), and
 * without the logo: dist/ has no logo.svg, and a 404 is no figure.
 */
const EXAMPLE_CONFIG = JSON.stringify(
  Object.fromEntries(
    Object.entries(JSON.parse(readFileSync('public/config.example.json', 'utf8'))).filter(([key]) =>
      ['ap', 'reseller', 'brandName', 'products', 'languageName', 'support', 'notice'].includes(
        key,
      ),
    ),
  ),
);

// dist/ twice: the general tool (its shipped empty config.json) and a reseller's
// ordering page (the example configuration as its config.json).
const host = await startHost(
  { app: DIST, shop: DIST, bare: bareRoot, ...(COMPARE ? { app0: COMPARE, shop0: COMPARE } : {}) },
  {
    'shop/config.json': EXAMPLE_CONFIG,
    'shop0/config.json': EXAMPLE_CONFIG,
  },
);

// --- measuring ------------------------------------------------------------

/**
 * Runs in the page before its own scripts: notes the moment `usable()` first
 * holds (checked on every DOM change), with the resources fetched by then, and
 * the moment the page first showed its view: its heading in <main> (index.html's
 * prerendered start page before the app has taken it over), else when usable.
 */
function watchUntilUsable(usable) {
  const note = () => {
    if (window.__shown === undefined && (document.querySelector('main h1') || usable()))
      window.__shown = performance.now();
    if (window.__firstView || !usable()) return;
    const navigation = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    window.__firstView = {
      usable: performance.now(),
      shown: window.__shown,
      requests: 1 + resources.length,
      bytes:
        (navigation?.transferSize ?? 0) +
        resources.reduce((sum, entry) => sum + entry.transferSize, 0),
      waterfall: [navigation, ...resources].map((entry) => ({
        name: entry.name,
        start: entry.startTime,
        end: entry.responseEnd,
        bytes: entry.transferSize,
      })),
    };
  };
  new MutationObserver(note).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
}

/**
 * Visible, enabled button in `scope` whose text matches, in a page the app has
 * taken over: index.html's prerendered start page shows its button before the
 * app has hydrated it, and marks #app aria-busy until then
 * (src/ui/prerenderedPage.ts).
 */
const buttonReady = (scope, text, extra = 'true') => `() => {
  const ready = (el) => !el.disabled && el.getBoundingClientRect().width > 0;
  return !document.querySelector('#app[aria-busy="true"]') &&
    [...document.querySelectorAll('${scope} button')].some(
      (el) => ${text}.test(el.textContent ?? '') && ready(el),
    ) && (${extra});
}`;

const PAGES = [
  {
    id: 'start',
    label: 'start page (Generate ready)',
    path: '/app/',
    usable: buttonReady('main', '/Generate key and CSR/'),
  },
  {
    id: 'shop',
    label: 'ordering page, index.html',
    path: '/shop/',
    usable: buttonReady(
      'main',
      '/Continue/',
      "[...document.querySelectorAll('main input[type=radio]')].some((el) => el.getBoundingClientRect().width > 0)",
    ),
  },
  {
    id: 'shopPage',
    label: 'ordering page, shop.html',
    path: '/shop/shop.html',
    usable: buttonReady(
      'main',
      '/Continue/',
      "[...document.querySelectorAll('main input[type=radio]')].some((el) => el.getBoundingClientRect().width > 0)",
    ),
  },
  {
    // Sectigo's redirect to successURL (the page's own address) on a reseller's
    // site: the outcome with its order number, which the customer copies.
    id: 'result',
    label: 'order result page',
    path: '/shop/?orderNumber=8151164',
    usable: buttonReady('main', '/Copy/'),
  },
  {
    id: 'bare',
    label: 'bare Preact page (one button)',
    path: '/bare/',
    usable: buttonReady('', '/Pressed/'),
  },
];

if (COMPARE)
  PAGES.splice(
    PAGES.findIndex((page) => page.id === 'bare'),
    0,
    { ...PAGES[0], id: 'start0', label: 'start page, --compare build', path: '/app0/' },
    { ...PAGES[1], id: 'shop0', label: 'ordering page, --compare build', path: '/shop0/' },
    {
      ...PAGES.find((page) => page.id === 'result'),
      id: 'result0',
      label: 'order result page, --compare build',
      path: '/shop0/?orderNumber=8151164',
    },
  );

if (args.includes('--pages')) {
  const wanted = new Set([...(args[args.indexOf('--pages') + 1] ?? '').split(','), 'bare']);
  const unknown = [...wanted].filter((id) => !PAGES.some((page) => page.id === id));
  if (unknown.length > 0) {
    console.error(`--pages: no page ${unknown.join(', ')} (${PAGES.map((p) => p.id).join(', ')})`);
    process.exit(2);
  }
  PAGES.splice(0, PAGES.length, ...PAGES.filter((page) => wanted.has(page.id)));
}

const browser = await launchChromium();

/**
 * One cold load in a fresh context (empty cache), throttled or not; `watched`:
 * with the watcher that notes when the page is usable, else only its FCP.
 */
async function measure(page, throttled, watched = true) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  // The watcher is a debugging hook of the browser, outside the page's CSP.
  // The predicate is pasted in as code: the page's CSP forbids eval.
  if (watched) await tab.addInitScript(`(${watchUntilUsable.toString()})(${page.usable})`);
  if (throttled) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE);
  }
  await tab.goto(`${host.origin}${page.path}`, { waitUntil: 'commit' });
  if (watched)
    try {
      await tab.waitForFunction(() => window.__firstView, undefined, {
        timeout: 60_000,
        polling: 100,
      });
    } catch {
      console.log(`${page.label}: not usable within 60 s; this run is left out`);
      await context.close();
      return { usable: NaN, shown: NaN, fcp: NaN, requests: NaN, bytes: NaN, waterfall: [] };
    }
  // FCP is reported after the paint; give it a moment when usable came first.
  const fcp = await tab.evaluate(
    () =>
      new Promise((done) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) done(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => {
          done(NaN);
        }, 10_000);
      }),
  );
  const result = watched ? { ...(await tab.evaluate(() => window.__firstView)), fcp } : { fcp };
  await context.close();
  return result;
}

/** The value a share `q` of the samples lie below, between the two nearest (NaN left out). */
const quantile = (values, q) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  return sorted[below] + (sorted[Math.ceil(at)] - sorted[below]) * (at - below);
};
const median = (values) => quantile(values, 0.5);

/** Interleaves the pages run by run, so drift in the machine's load hits all alike. */
async function series(runs, throttled, watched = true) {
  const samples = Object.fromEntries(PAGES.map((page) => [page.id, []]));
  for (let run = 0; run < runs; run += 1)
    for (const page of PAGES) samples[page.id].push(await measure(page, throttled, watched));
  return samples;
}

const pad = (text, width) => String(text).padStart(width);
const ms = (value) => `${Math.round(value)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const phone = await series(RUNS, true);
const bare = {
  usable: median(phone.bare.map((s) => s.usable)),
  fcp: median(phone.bare.map((s) => s.fcp)),
};
console.log(
  `\nPhone network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), cold cache, median of ${RUNS}:`,
);
console.log(
  `${'page'.padEnd(34)}${pad('requests', 9)}${pad('KiB', 7)}${pad('shown', 9)}${pad('usable', 10)}${pad('FCP', 9)}${pad('usable/bare', 13)}${pad('FCP/bare', 10)}${pad('run by run', 14)}`,
);
for (const page of PAGES) {
  const s = phone[page.id];
  const shown = median(s.map((x) => x.shown));
  const usable = median(s.map((x) => x.usable));
  const fcp = median(s.map((x) => x.fcp));
  // Each load against the bare page's load of the same run (the runs are
  // interleaved): the middle half of those ratios shows how far one run of
  // this length can be trusted.
  const paired = s.map((x, run) => x.usable / phone.bare[run].usable);
  const spread = `${quantile(paired, 0.25).toFixed(2)}–${quantile(paired, 0.75).toFixed(2)}×`;
  console.log(
    `${page.label.padEnd(34)}${pad(median(s.map((x) => x.requests)), 9)}${pad((median(s.map((x) => x.bytes)) / 1024).toFixed(1), 7)}${pad(ms(shown), 9)}${pad(ms(usable), 10)}${pad(ms(fcp), 9)}${pad(ratio(usable, bare.usable), 13)}${pad(ratio(fcp, bare.fcp), 10)}${pad(spread, 14)}`,
  );
}
console.log(
  "shown: the view's heading in the page (the bare page: its button). run by run: the middle half (25th to 75th percentile) of each load against the bare page loaded in the same run.",
);

if (WATERFALL)
  for (const page of PAGES) {
    console.log(`\n${page.label}: requests until usable (first run), start → end`);
    for (const entry of phone[page.id][0].waterfall.sort((a, b) => a.start - b.start))
      console.log(
        `  ${pad(Math.round(entry.start), 6)} → ${pad(Math.round(entry.end), 6)} ms ${pad((entry.bytes / 1024).toFixed(1), 6)} KiB  ${entry.name.replace(host.origin, '')}`,
      );
  }

if (LOOPBACK_RUNS === 0) {
  await browser.close();
  host.server.close();
  process.exit(0);
}

const loopback = await series(LOOPBACK_RUNS, false);
// FCP on loopback from loads without the watcher: on this machine a load with
// Playwright's injected script paints some 150 ms later (about 300 ms instead
// of 150, every page alike), and that delay varies by more than the pages do.
const loopbackPaint = await series(LOOPBACK_RUNS, false, false);
const bareFcp = median(loopbackPaint.bare.map((s) => s.fcp));
const bareUsable = median(loopback.bare.map((s) => s.usable));
console.log(`\nLoopback, no throttling, cold cache, median of ${LOOPBACK_RUNS}:`);
console.log(
  `${'page'.padEnd(34)}${pad('FCP', 9)}${pad('FCP/bare', 10)}${pad('usable', 10)}${pad('usable/bare', 13)}`,
);
for (const page of PAGES) {
  const fcp = median(loopbackPaint[page.id].map((x) => x.fcp));
  const usable = median(loopback[page.id].map((x) => x.usable));
  console.log(
    `${page.label.padEnd(34)}${pad(ms(fcp), 9)}${pad(ratio(fcp, bareFcp), 10)}${pad(ms(usable), 10)}${pad(ratio(usable, bareUsable), 13)}`,
  );
}

await browser.close();
host.server.close();
