/** Runs the real openssl on files in a fresh temporary folder: the interop peer of the PKI tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OpensslRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Writes `files` into a temporary folder and runs openssl there with `args`. */
export function openssl(
  args: readonly string[],
  files: Record<string, string | Uint8Array> = {},
): OpensslRun {
  const dir = mkdtempSync(join(tmpdir(), 'order-desk-openssl-'));
  try {
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
    const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** openssl, returning stdout; throws with stderr when it fails. */
export function opensslOk(
  args: readonly string[],
  files: Record<string, string | Uint8Array> = {},
): string {
  const run = openssl(args, files);
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** Runs a shell command line (for the openssl req command the app prints). */
export function shell(command: string, cwd: string): string {
  return execFileSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 120_000 });
}
