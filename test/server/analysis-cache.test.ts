// When the analysis is made again: at once after a write through the server; at most every
// max(5 s, 4 × its duration) when the store changes behind its back (its change log moved).
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../src/server/analysis-cache.js';
import type { Store } from '../../src/store/types.js';
import type { Report } from '../../src/report/schema.js';

function setup() {
  let count = 1;
  let change = 1;
  let t = 0;
  let runs = 0;
  const store = { lastChange: async () => change, getArticles: async () => Array.from({ length: count }, () => ({})) } as unknown as Store;
  const cache = new AnalysisCache(store, () => ({ version: 1, run: ++runs }) as unknown as Report, () => t);
  return { cache, add: () => (count++, change++), rewrite: () => change++, advance: (ms: number) => (t += ms), runs: () => runs };
}

describe('AnalysisCache', () => {
  it('keeps the result while the store is unchanged', async () => {
    const s = setup();
    const a = await s.cache.get();
    expect(await s.cache.get()).toBe(a);
    expect(s.runs()).toBe(1);
  });

  it('serves the previous result for 5 s after the count changes, then makes it again', async () => {
    const s = setup();
    const a = await s.cache.get();
    s.add();
    s.advance(4000);
    expect(await s.cache.get()).toBe(a);
    s.advance(1000);
    const b = await s.cache.get();
    expect(b).not.toBe(a);
    expect(s.runs()).toBe(2);
    expect(s.cache.status()).toMatchObject({ articles: 2 });
  });

  it('a rewrite behind its back (same count, the change log moved) is made again too', async () => {
    const s = setup();
    const a = await s.cache.get();
    s.rewrite();
    s.advance(5000);
    expect(await s.cache.get()).not.toBe(a);
    expect(s.runs()).toBe(2);
  });

  it('a write through the server (invalidate) is seen by the next request at once', async () => {
    const s = setup();
    await s.cache.get();
    s.add();
    s.cache.invalidate();
    await s.cache.get();
    expect(s.runs()).toBe(2);
  });

  it('after a write, status keeps the last analysis marked stale until a read makes the next', async () => {
    const s = setup();
    expect(s.cache.status()).toBeNull(); // none made yet
    await s.cache.get();
    s.add();
    s.cache.invalidate();
    expect(s.cache.status()).toEqual({ articles: 1, madeAt: expect.any(String), tookMs: 0, stale: true });
    await s.cache.get();
    expect(s.cache.status()).toEqual({ articles: 2, madeAt: expect.any(String), tookMs: 0 });
  });

  it('concurrent requests share one analysis', async () => {
    const s = setup();
    await Promise.all([s.cache.get(), s.cache.get(), s.cache.get()]);
    expect(s.runs()).toBe(1);
  });
});
