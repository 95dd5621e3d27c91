#!/usr/bin/env node
// Bundle sizes of dist/: what the first page load fetches (the entry script, its
// static imports and the stylesheet), gzip-compressed, against the lazily
// loaded chunks. Run after `vite build` (npm run size does both).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
/** Target for the initial load (JS + CSS, gzip), from the foundation issue: "stays small". */
const INITIAL_BUDGET_KB = 30;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);

// Follow static imports of the entry (not dynamic import()).
const initial = new Set(referenced);
const queue = referenced.filter((file) => file.endsWith('.js'));
while (queue.length > 0) {
  const file = queue.pop();
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const match of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    const dep = `assets/${match[1]}`;
    if (!initial.has(dep)) {
      initial.add(dep);
      queue.push(dep);
    }
  }
}

const sizeOf = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

const assets = readdirSync(join(DIST, 'assets'))
  .map((name) => `assets/${name}`)
  .sort();
let initialGzip = 0;
let lazyGzip = 0;
console.log('file'.padEnd(48), 'raw KiB', 'gzip KiB', ' load');
for (const file of assets) {
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
console.log(`lazy chunks (gzip):                         ${(lazyGzip / 1024).toFixed(1)} KiB`);
console.log(
  `initial / budget (${INITIAL_BUDGET_KB} KiB):                 ${((initialGzip + htmlGzip) / 1024 / INITIAL_BUDGET_KB).toFixed(2)}`,
);
// The PKI libraries carry the rsaEncryption OID; the shell must not.
const pki = [...initial].filter((file) =>
  readFileSync(join(DIST, file), 'utf8').includes('1.2.840.113549.1.1.1'),
);
console.log(
  pki.length > 0
    ? `PKI code in the initial load: ${pki.join(', ')}`
    : 'PKI code in the initial load: none',
);
