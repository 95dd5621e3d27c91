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
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  // Whichever copy asks first reads the file; the other takes that read over.
  it.each<[string, number, string, ConfigFile]>([
    ['the boot script’s copy first (the built pages)', 200, '{"ap":"X"}', { text: '{"ap":"X"}' }],
    ['the app’s copy first (the boot script ran late)', 404, '', { state: { status: 'none' } }],
  ])('one request for both copies, %s', async (_, status, text, expected) => {
    const fetch = serve(status, text);
    const first = await freshCopy();
    const started = first.configFile();
    const second = await freshCopy();
    expect(second).not.toBe(first);
    expect(second.configFile()).toBe(started);
    expect(await second.configFile()).toEqual(expected);
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
