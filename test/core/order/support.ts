/**
 * Helpers for the request-builder tests: a real shell to split curl commands
 * into arguments, real curl against a local server, a strict parser for our own
 * HTML snippet, and the samples cut out of the documents.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SourceDoc } from '../../../src/core/spec/types';
import { docText } from '../docs';

export { SECTIGO_CSR, SMIME_CSR, SSL_CSR } from '../../fixtures/sampleCsrs';

/**
 * The captures lost every email address, with the parameter name before it, to
 * an email-obfuscation filter: `--data-urlencode '[email protected]'` and
 * `&[email protected]&`. Tests put back a name and an address, and say which.
 */
export const REDACTED = /\[email[ \u00a0]protected\]/; // a space or a no-break space, as captured

export const isRedacted = (word: string) => new RegExp(`^${REDACTED.source}$`).test(word);

/** The shells to run commands with: POSIX sh (dash on Debian) and bash when installed. */
export const SHELLS = ['/bin/sh', '/bin/bash'].filter((shell) => existsSync(shell));

/**
 * The sample curl command that starts at `curl --location '<url>'` in `doc`:
 * it ends at the first newline outside single quotes that no backslash continues.
 */
export function sampleCurl(doc: SourceDoc, url: string): string {
  const text = docText(doc);
  const start = text.indexOf(`curl --location '${url}'`);
  if (start === -1) throw new Error(`no sample curl for ${url} in ${doc}`);
  let quoted = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === "'") quoted = !quoted;
    if (char === '\n' && !quoted && text[index - 1] !== '\\') return text.slice(start, index);
  }
  return text.slice(start);
}

interface Run {
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly status: number | null;
}

/** Runs a script with `shell`, feeding it on stdin (a 1 MiB script cannot be an argument). */
export function runShell(shell: string, script: string, timeoutMs = 20_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8' };
    const child = spawn(shell, ['-s'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString(), status });
    });
    child.stdin.end(script);
  });
}

/** The arguments a shell passes to `curl` for this command (curl replaced by a function that prints them). */
export async function curlArguments(command: string, shell = '/bin/sh'): Promise<string[]> {
  const run = await runShell(shell, `curl() { printf '%s\\0' "$@"; }\n${command}\n`);
  if (run.status !== 0) throw new Error(`${shell} failed: ${run.stderr}`);
  const words = run.stdout.toString('utf8').split('\0');
  words.pop(); // after the last NUL
  return words;
}

/**
 * Runs `command` (a curl command whose URL points at `url`) with real curl in
 * `shell`, against a server on 127.0.0.1 that records what was posted.
 */
export async function postWithCurl(
  makeCommand: (url: string) => string,
  shell = '/bin/sh',
): Promise<{ method: string; contentType: string; body: string }> {
  let received: { method: string; contentType: string; body: string } | undefined;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received = {
        method: request.method ?? '',
        contentType: request.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      response.end('0\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const command = makeCommand(`http://127.0.0.1:${port}/products/!PlaceOrder`);
    const run = await runShell(shell, `${command} --silent --show-error --noproxy '*'\n`);
    if (run.status !== 0) throw new Error(`curl failed (${String(run.status)}): ${run.stderr}`);
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
  if (received === undefined) throw new Error('the server received nothing');
  return received;
}

const REFERENCES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#9;': '\t',
  '&#10;': '\n',
  '&#13;': '\r',
};

function decodeAttribute(text: string): string {
  if (/["<>\t\n\r]/.test(text)) throw new Error(`unescaped character in attribute ${text}`);
  return text.replace(/&[^;]*;/g, (reference) => {
    const char = REFERENCES[reference];
    if (char === undefined) throw new Error(`unexpected reference ${reference}`);
    return char;
  });
}

/**
 * A strict parser for exactly the snippet `toHtmlForm` writes (one element per
 * line): anything else throws. The real-browser parse is an e2e test.
 */
export function parseOwnHtmlForm(html: string): {
  action: string;
  fields: [string, string][];
  submit: string;
} {
  const lines = html.split('\n');
  const open = /^<form method="post" action="([^"]*)" accept-charset="UTF-8">$/.exec(
    lines.shift() ?? '',
  );
  if (open === null) throw new Error('no opening <form>');
  if (lines.pop() !== '</form>') throw new Error('no closing </form>');
  const submit = /^<input type="submit" value="([^"]*)">$/.exec(lines.pop() ?? '');
  if (submit === null) throw new Error('no submit button');
  const fields = lines.map((line): [string, string] => {
    const input = /^<input type="hidden" name="([^"]*)" value="([^"]*)">$/.exec(line);
    if (input === null) throw new Error(`not a hidden input: ${line.slice(0, 80)}`);
    return [decodeAttribute(input[1] ?? ''), decodeAttribute(input[2] ?? '')];
  });
  return {
    action: decodeAttribute(open[1] ?? ''),
    fields,
    submit: decodeAttribute(submit[1] ?? ''),
  };
}

/** The parameters of a `--data-urlencode` argument list, as the server will decode them. */
export function postedPairs(body: string): [string, string][] {
  return [...new URLSearchParams(body)];
}
