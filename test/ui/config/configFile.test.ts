/**
 * config.json is read once per page, though the built pages carry two copies
 * of its reader: the inline boot script's (scripts/bootScript.ts) and the
 * app's. Each copy here is a fresh import of the module, as each build has its
 * own; the network is a stand-in fetch that counts what was asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConfigFile } from '../../../src/ui/config/configFile';

type Reader = typeof import('../../../src/ui/config/configFile');

/** A copy of the module of its own, as the boot script and the app each have one. */
async function freshCopy(): Promise<Reader> {
  vi.resetModules();
  return import('../../../src/ui/config/configFile');
}

/** A fetch that answers config.json with this status and text, and counts its calls. */
function serve(status: number, text: string) {
  const fetch = vi.fn(() => Promise.resolve(new Response(text, { status })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const SHARED_READ = Symbol.for('order-desk.config-file');

afterEach(() => {
  Reflect.deleteProperty(globalThis, SHARED_READ);
  vi.unstubAllGlobals();
});

describe('configFile: config.json, read once', () => {
  it.each<[string, number, string, ConfigFile]>([
    ['a reseller’s file', 200, '{"ap":"X"}', { text: '{"ap":"X"}' }],
    ['the shipped empty file', 200, ' { }\n', { state: { status: 'none' } }],
    ['no file', 404, 'Not found', { state: { status: 'none' } }],
    [
      'an error of the host',
      500,
      'oops',
      {
        state: { status: 'invalid', problems: ['config.json could not be read (HTTP 500).'] },
      },
    ],
  ])('%s', async (_, status, text, expected) => {
    const fetch = serve(status, text);
    const reader = await freshCopy();
    expect(await reader.configFile()).toEqual(expected);
    expect(await reader.hasConfigFile()).toBe('text' in expected);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('takes over the read that the boot script’s copy started: one request for both', async () => {
    const fetch = serve(200, '{"ap":"X"}');
    const boot = await freshCopy();
    const started = boot.configFile();
    const app = await freshCopy();
    expect(app).not.toBe(boot);
    expect(app.configFile()).toBe(started);
    expect(await app.configFile()).toEqual({ text: '{"ap":"X"}' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('and the other way round, should the app ask first', async () => {
    const fetch = serve(404, '');
    const app = await freshCopy();
    const started = app.configFile();
    const boot = await freshCopy();
    expect(boot.configFile()).toBe(started);
    expect(await boot.hasConfigFile()).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads the file itself when nothing was handed over (a policy blocked the boot script)', async () => {
    const fetch = serve(200, '{"ap":"X"}');
    const app = await freshCopy();
    expect(await app.configFile()).toEqual({ text: '{"ap":"X"}' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('takes nothing but a read for one', async () => {
    const fetch = serve(200, '{"ap":"X"}');
    Reflect.set(globalThis, SHARED_READ, { then: () => undefined, text: 'forged' });
    const app = await freshCopy();
    expect(await app.configFile()).toEqual({ text: '{"ap":"X"}' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads again after forgetConfigFile (for tests), in every copy', async () => {
    const fetch = serve(200, '{"ap":"X"}');
    const boot = await freshCopy();
    await boot.configFile();
    boot.forgetConfigFile();
    const app = await freshCopy();
    await app.configFile();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
