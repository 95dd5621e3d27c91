/**
 * A loopback static host for dist/: serves it from a sub-folder (to prove the
 * build works anywhere) with the headers of dist/_headers, the way a static
 * host that reads that file would. It records every request it receives.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export const SUB_FOLDER = '/hosted/order-desk/';

export interface StaticHost {
  /** URL of the app's index page (ends in the sub-folder). */
  readonly url: string;
  readonly origin: string;
  readonly requests: string[];
  close(): Promise<void>;
}

function parseHeadersFile(path: string): [string, string][] {
  if (!existsSync(path)) return [];
  const headers: [string, string][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers.push([match[1], match[2].trim()]);
  }
  return headers;
}

export async function startStaticHost(
  root = resolve(process.env.E2E_DIST ?? 'dist'),
  options: {
    applyHeaders?: boolean;
    extraFiles?: Record<string, string>;
    /** Headers sent instead of dist/_headers' (a server configured by hand). */
    headers?: [string, string][];
  } = {},
): Promise<StaticHost> {
  const headers =
    options.headers ??
    (options.applyHeaders === false ? [] : parseHeadersFile(join(root, '_headers')));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(`${req.method ?? 'GET'} ${url.pathname}${url.search}`);
      if (!url.pathname.startsWith(SUB_FOLDER)) {
        res.writeHead(404).end('not here');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(SUB_FOLDER.length)) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const extra = options.extraFiles?.[rel];
      const file = normalize(join(root, rel));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        let body: string | Buffer;
        if (extra !== undefined) body = extra;
        else if ((await stat(file)).isFile()) body = await readFile(file);
        else throw new Error('not a file');
        for (const [name, value] of headers) res.setHeader(name, value);
        res.setHeader('Content-Type', TYPES[extname(rel)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        res.writeHead(200).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${SUB_FOLDER}`,
    origin,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          done();
        });
      }),
  };
}
