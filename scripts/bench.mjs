#!/usr/bin/env node
// npm run bench: figures and ratios, never pass/fail. Each section is a script
// of its own so it can be run alone.
import { spawnSync } from 'node:child_process';

const sections = [
  ['Bundle size', 'npm', ['run', '--silent', 'size']],
  [
    'First view on a phone network and on loopback, beside a bare Preact page',
    'node',
    ['scripts/bench-first-view.mjs', '--no-build'],
  ],
  [
    'Key and CSR generation in Chromium vs WebCrypto vs openssl',
    'node',
    ['scripts/bench-keys.mjs'],
  ],
  [
    'Response decoder (10,000 mixed responses in one batch, Node)',
    'npx',
    ['vitest', 'bench', '--run', '--project', 'core', 'test/core/response/decodeBatch.bench.ts'],
  ],
  [
    'Hostile megabytes: decoder, order builder, CSR inspector, share-link redaction (Node)',
    'npx',
    ['vitest', 'bench', '--run', '--project', 'core', 'test/core/hostileInput.bench.ts'],
  ],
];
for (const [title, cmd, args] of sections) {
  console.log(`\n== ${title} ==`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
