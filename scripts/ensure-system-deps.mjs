#!/usr/bin/env node
// Makes sure the two real peers the tests use are on the machine: Debian's
// Chromium (end-to-end tests) and openssl (interop checks). As root it installs
// what is missing with apt-get; otherwise it stops with a one-line instruction.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/openssl', pkg: 'openssl' },
];
const missing = needs.filter(({ bin }) => !existsSync(bin)).map(({ pkg }) => pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Missing ${missing.join(' and ')}: run  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} with apt-get ...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
const result = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
  stdio: 'inherit',
  env,
});
if (result.status !== 0) {
  console.error(
    `apt-get could not install ${missing.join(' ')}; install them and run the tests again.`,
  );
  process.exit(1);
}
