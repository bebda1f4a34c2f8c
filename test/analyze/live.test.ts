// Live analysis: a batch re-analyses only the storylines it changed, each storyline's report is
// the one a fresh analysis of its articles gives, and nothing else is loaded or remade.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LiveAnalysis, storeLoader } from '../../src/analyze/live.js';
import { analyzeArticles, analyzeClustered } from '../../src/analyze/index.js';
import { ExtractionCache } from '../../src/analyze/extraction.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import type { Article } from '../../src/core/types.js';
import { CORPUS, loadCorpus } from '../fixtures/golden.js';

async function corpus(): Promise<Article[]> {
  const { drafts } = await loadCorpus();
  return [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
}

/** A live analysis over an in-memory corpus that counts what it was asked to load. */
function live(all: Article[]) {
  const byId = new Map(all.map((a) => [a.id, a]));
  const loaded: string[] = [];
  const engine = new LiveAnalysis({ load: async (ids) => (loaded.push(...ids), ids.map((id) => byId.get(id)!)) });
  return { engine, loaded };
}

describe('LiveAnalysis', () => {
  it('keeps one report per storyline, equal to a fresh analysis of its articles, batch after batch', { timeout: 60_000 }, async () => {
    const all = await corpus();
    const { engine } = live(all);
    for (let i = 0; i < all.length; i += 8) {
      const change = engine.add(all.slice(i, i + 8));
      expect(change.added).toBe(Math.min(8, all.length - i));
      expect(change.changed.length).toBeGreaterThan(0);
      const done = await engine.refresh();
      expect(done.storylines).toBe(change.changed.length);
      expect(engine.stale).toEqual([]);
    }
    // The storylines partition the articles.
    const listed = engine.storylines();
    const ids = (await Promise.all(listed.map((s) => engine.report(s.key)))).flatMap((r) => r!.articles.map((a) => a.id));
    expect(ids.sort()).toEqual(all.map((a) => a.id).sort());
    expect(listed.reduce((n, s) => n + s.articles, 0)).toBe(all.length);
    // Each kept report (made from memos of earlier batches) equals a fresh one.
    const byId = new Map(all.map((a) => [a.id, a]));
    for (const s of engine.session.keyedStorylines()) {
      const fresh = analyzeClustered(s.articleIds.map((id) => byId.get(id)!), [s]);
      expect(await engine.report(s.key)).toEqual(fresh);
    }
  });

  it('on worker threads: the reports a fresh analysis makes, batch after batch', { timeout: 120_000 }, async () => {
    const all = await corpus();
    const byId = new Map(all.map((a) => [a.id, a]));
    const engine = new LiveAnalysis({ load: async (ids) => ids.map((id) => byId.get(id)!), threads: 2 });
    try {
      for (let i = 0; i < all.length; i += 10) {
        engine.add(all.slice(i, i + 10));
        await engine.refresh();
        expect(engine.stale).toEqual([]);
        for (const s of engine.session.keyedStorylines()) {
          const fresh = analyzeClustered(s.articleIds.map((id) => byId.get(id)!), [s]);
          expect(await engine.report(s.key)).toEqual(fresh);
        }
      }
      expect(engine.storylines().every((s) => s.analysed)).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('a batch touching one storyline remakes that one only and loads only its earlier articles', { timeout: 60_000 }, async () => {
    const all = await corpus();
    const { engine, loaded } = live(all);
    engine.add(all);
    await engine.refresh();
    expect(loaded).toEqual([]); // every member came with the batch
    const before = new Map(await Promise.all(engine.storylines().map(async (s) => [s.key, await engine.report(s.key)] as const)));
    const repost = { ...all[3]!, id: 'z-repost', title: `Updated: ${all[3]!.title}` };
    const change = engine.add([repost]);
    expect(change.changed).toHaveLength(1);
    const [key] = change.changed;
    const story = engine.session.storylineByKey(key!)!;
    expect(story.articleIds).toContain(all[3]!.id);
    expect(await engine.refresh()).toEqual({ storylines: 1, articles: story.articleIds.length });
    expect(loaded.sort()).toEqual(story.articleIds.filter((id) => id !== 'z-repost').sort());
    for (const [k, report] of before) if (k !== key) expect(await engine.report(k)).toBe(report);
    const after = (await engine.report(key!))!;
    expect(after).not.toBe(before.get(key!));
    // The repost is found as a copy of the article it repeats.
    expect(after.duplicates.some((g) => g.ids.includes('z-repost') && g.ids.includes(all[3]!.id))).toBe(true);
  });

  it('finds the derivations the whole-corpus analysis finds between articles of one storyline', { timeout: 60_000 }, async () => {
    const all = await corpus();
    const { engine } = live(all);
    engine.add(all);
    await engine.refresh();
    const storyOf = new Map(engine.session.keyedStorylines().flatMap((s) => s.articleIds.map((id) => [id, s.key] as const)));
    const key = (d: { articleId: string; sourceArticleId: string }) => `${d.articleId}<${d.sourceArticleId}`;
    const global = analyzeArticles(all).derivations.filter((d) => storyOf.get(d.articleId) === storyOf.get(d.sourceArticleId));
    const reports = await Promise.all(engine.storylines().map((s) => engine.report(s.key)));
    const local = reports.flatMap((r) => r!.derivations);
    expect(global.length).toBeGreaterThan(0);
    expect(local.map(key).sort()).toEqual(global.map(key).sort());
  });

  it('holds at most pendingMax unanalysed articles; the others are loaded when their storyline is analysed', { timeout: 60_000 }, async () => {
    const all = await corpus();
    const byId = new Map(all.map((a) => [a.id, a]));
    const loaded: string[] = [];
    const engine = new LiveAnalysis({ load: async (ids) => (loaded.push(...ids), ids.map((id) => byId.get(id)!)), pendingMax: 5 });
    for (let i = 0; i < all.length; i += 4) engine.add(all.slice(i, i + 4));
    await engine.refresh();
    expect(new Set(loaded).size).toBe(all.length - 5); // the last five came with the batches
    expect(loaded.filter((id) => all.slice(-5).some((a) => a.id === id))).toEqual([]);
    for (const s of engine.session.keyedStorylines()) expect(await engine.report(s.key)).toEqual(analyzeClustered(s.articleIds.map((id) => byId.get(id)!), [s]));
  });

  it('batches added with defer are not queued for refresh; their storylines are made on demand', { timeout: 60_000 }, async () => {
    const all = await corpus();
    const { engine, loaded } = live(all);
    engine.add(all.slice(0, -1), { defer: true });
    expect(engine.stale).toEqual([]);
    expect(await engine.refresh()).toEqual({ storylines: 0, articles: 0 });
    const { changed } = engine.add(all.slice(-1));
    expect(engine.stale).toEqual(changed);
    await engine.refresh();
    const s = engine.session.storylineByKey(changed[0]!)!;
    expect(loaded.sort()).toEqual(s.articleIds.filter((id) => id !== all[all.length - 1]!.id).sort());
    const byId = new Map(all.map((a) => [a.id, a]));
    const other = engine.storylines().find((x) => !x.analysed)!;
    const o = engine.session.storylineByKey(other.key)!;
    expect(await engine.report(other.key)).toEqual(analyzeClustered(o.articleIds.map((id) => byId.get(id)!), [o]));
  });

  it('an unknown key has no report; a dropped report is made again on demand', { timeout: 60_000 }, async () => {
    const all = await corpus();
    const byId = new Map(all.map((a) => [a.id, a]));
    const engine = new LiveAnalysis({ load: async (ids) => ids.map((id) => byId.get(id)!), keep: 1 });
    engine.add(all);
    await engine.refresh();
    expect(await engine.report(10_000)).toBeNull();
    expect(engine.storylines().length).toBeGreaterThan(1);
    expect(engine.storylines().filter((s) => s.analysed)).toHaveLength(1);
    const dropped = engine.storylines().find((s) => !s.analysed)!;
    const s = engine.session.storylineByKey(dropped.key)!;
    expect(await engine.report(dropped.key)).toEqual(analyzeClustered(s.articleIds.map((id) => byId.get(id)!), [s]));
    expect(engine.storylines().find((x) => x.key === dropped.key)!.analysed).toBe(true);
  });

  it('over a store: members and their kept extractions are read from it', { timeout: 60_000 }, async () => {
    const store = new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'parallax-live-')), 'store.db'));
    await ingest(store, [path.join(CORPUS, 'text')], { extract: true });
    const stored = await store.getArticles();
    const cache = new ExtractionCache();
    const engine = new LiveAnalysis({ load: storeLoader(store, cache), extractionCache: cache });
    engine.add(stored.slice(0, -1));
    await engine.refresh();
    const last = stored[stored.length - 1]!;
    const [key] = engine.add([last]).changed;
    await engine.refresh();
    const s = engine.session.storylineByKey(key!)!;
    const byId = new Map(stored.map((a) => [a.id, a]));
    expect(await engine.report(key!)).toEqual(analyzeClustered(s.articleIds.map((id) => byId.get(id)!), [s]));
    await store.close();
  });
});
