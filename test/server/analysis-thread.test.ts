// The server's analysis on its own thread: the same report as analysing in-process, kept
// extractions read and written through the main thread, and requests answered meanwhile.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { AnalysisThread } from '../../src/server/analysis-thread.js';
import { createApp } from '../../src/server/app.js';
import { analyzeArticles } from '../../src/analyze/index.js';
import { OutletRegistry } from '../../src/outlets/registry.js';
import { generateArticle } from '../helpers/generate.js';
import { draft } from '../helpers/draft.js';

async function storeOf(n: number): Promise<SqliteStore> {
  const store = new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'parallax-thread-')), 'store.db'));
  for (let i = 0; i < n; i++) {
    const g = generateArticle(i);
    await store.putArticle(draft({ text: g.text, title: g.title, outlet: g.outlet, url: g.url, publishedAt: g.publishedAt }));
  }
  return store;
}

describe('AnalysisThread', () => {
  it('gives the report of an in-process analysis, and keeps the extractions it made in the store', async () => {
    const store = await storeOf(40);
    const outlets = OutletRegistry.parse({ outlets: [{ name: 'Harbour Ledger', aliases: [], domains: ['news1.example'], attributes: { country: 'X' } }] });
    const articles = await store.getArticles();
    const thread = new AnalysisThread(store, outlets);
    try {
      const report = await thread.analyze(articles);
      expect(report).toEqual(analyzeArticles(articles, { outlets }));
      expect((await store.getDerived('extraction', articles.map((a) => a.id))).size).toBe(40);
      // A fresh thread (a restarted server) reads them back: same report again.
      await thread.close();
      expect(await new AnalysisThread(store, outlets).analyze(articles)).toEqual(report);
    } finally {
      await thread.close();
      await store.close();
    }
  }, 60_000);

  it('a thread that dies fails the analysis in progress; the next analysis starts a new one', async () => {
    const store = await storeOf(60);
    const articles = await store.getArticles();
    const thread = new AnalysisThread(store);
    try {
      const failed = expect(thread.analyze(articles)).rejects.toThrow(/analysis thread stopped/);
      // The worker is killed from outside (as an out-of-memory kill would).
      await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      await failed;
      expect(await thread.analyze(articles)).toEqual(analyzeArticles(articles));
      // Closing with an analysis in flight rejects it rather than leaving it waiting.
      const inFlight = expect(thread.analyze(articles)).rejects.toThrow(/closed/);
      await thread.close();
      await inFlight;
    } finally {
      await thread.close();
      await store.close();
    }
  }, 60_000);

  it('a server analysing on its thread keeps answering: health requests complete while the analysis runs', async () => {
    const store = await storeOf(400);
    const px = createApp(store, { analysisThread: true });
    try {
      let done = false;
      const storylines = Promise.resolve(px.app.request('/api/v1/storylines')).then((r) => ((done = true), r));
      let answered = 0;
      while (!done) {
        const r = await px.app.request('/api/v1/health');
        expect(r.status).toBe(200);
        answered++;
        await new Promise((r) => setImmediate(r));
      }
      expect((await storylines).status).toBe(200);
      // In-process, the analysis blocks this loop: a couple of answers at most (measured: 1).
      expect(answered).toBeGreaterThan(20);
    } finally {
      await px.close();
      await store.close();
    }
  }, 60_000);
});
