import { describe, expect, it } from 'vitest';
import { lazyOnce } from '../../src/ui/lazyOnce';
import { loadCertTools, loadPki } from '../../src/ui/loaders';

describe('lazyOnce', () => {
  it('loads once and hands every caller the same promise', async () => {
    let loads = 0;
    const load = lazyOnce(() => {
      loads += 1;
      return Promise.resolve({ loads });
    });
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toEqual({ loads: 1 });
    await load();
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let calls = 0;
    const load = lazyOnce(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve('loaded');
    });
    await expect(load()).rejects.toThrow('chunk failed');
    await expect(load()).resolves.toBe('loaded');
    expect(calls).toBe(2);
  });

  it('gives the value at once after it has arrived, and nothing before', async () => {
    const load = lazyOnce(() => Promise.resolve('loaded'));
    expect(load.loaded()).toBeUndefined();
    const loading = load();
    expect(load.loaded()).toBeUndefined();
    await loading;
    expect(load.loaded()).toBe('loaded');
  });

  // An entry script that ships the view (src/main.tsx, src/shop.tsx).
  it('takes a provided value without loading it', async () => {
    let calls = 0;
    const load = lazyOnce(() => {
      calls += 1;
      return Promise.resolve('loaded');
    });
    load.provide('shipped');
    expect(load.loaded()).toBe('shipped');
    await expect(load()).resolves.toBe('shipped');
    expect(calls).toBe(0);
  });

  it('keeps a value that has already arrived when another is provided', async () => {
    const load = lazyOnce(() => Promise.resolve('loaded'));
    await load();
    load.provide('shipped');
    expect(load.loaded()).toBe('loaded');
    await expect(load()).resolves.toBe('loaded');
  });

  it('gives nothing for a load that failed', async () => {
    const load = lazyOnce<string>(() => Promise.reject(new Error('chunk failed')));
    await expect(load()).rejects.toThrow('chunk failed');
    expect(load.loaded()).toBeUndefined();
  });
});

describe('the core loaders', () => {
  it('bring the modules the views call', async () => {
    const [pki, cert] = await Promise.all([loadPki(), loadCertTools()]);
    expect(typeof pki.inspectCsr).toBe('function');
    expect(typeof cert.checkChain).toBe('function');
    expect(loadPki()).toBe(loadPki());
  });
});
