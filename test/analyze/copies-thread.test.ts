// Copies (duplicates, derivations) found on a thread while the analysis clusters: the report is
// the one made on one thread, a re-analysis sends only new and changed articles, and a failure
// to use the thread falls back to finding the copies in process.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { splitSentences } from '../../src/6-extract/text/sentences.js';
import { frameArticles } from '../../src/8-frame/index.js';
import { analyzeArticles, analyzeArticlesAsync } from '../../src/analyze/index.js';
import { CopiesThread } from '../../src/analyze/copies-thread.js';
import { findCopies } from '../../src/analyze/copies.js';
import { AnalysisMemo } from '../../src/analyze/memo.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';
import { cachedFeatures, ClusterSession, hasFeatures } from '../../src/5-cluster/index.js';
import { extractFeatures } from '../../src/5-cluster/features.js';

async function corpus(): Promise<Article[]> {
  const { drafts } = await loadCorpus();
  return [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
}

const thread = new CopiesThread();
afterAll(() => thread.close());

describe('analyzeArticlesAsync with a copies thread', () => {
  it('gives the report of analyzeArticles, and re-sends only new or changed articles', { timeout: 60_000 }, async () => {
    const articles = await corpus();
    const memo = new AnalysisMemo();
    const stages: string[] = [];
    const first = await analyzeArticlesAsync(articles, { copies: thread, copiesThreadMin: 1, memo, onStage: (s) => stages.push(s) });
    expect(first).toEqual(analyzeArticles(articles));
    expect(first.derivations.length).toBeGreaterThan(0);
    expect(first.framing.length).toBeGreaterThan(0); // framed on the thread, the same as here
    expect(stages).toContain('copies');
    expect(stages).not.toContain('dedupe');
    expect(thread.sentLast).toBe(articles.length);

    // One article edited, one removed, one added back later: only the edited one is sent again.
    const edited = articles.slice(1).map((a, i) => (i === 2 ? { ...a, text: `${a.text}\n\nA line the desk added at noon.`, contentHash: `${a.contentHash}-2` } : a));
    const second = await analyzeArticlesAsync(edited, { copies: thread, copiesThreadMin: 1, memo });
    expect(thread.sentLast).toBe(1);
    expect(second).toEqual(analyzeArticles(edited));
    const third = await analyzeArticlesAsync(articles, { copies: thread, copiesThreadMin: 1, memo });
    expect(thread.sentLast).toBe(2); // the removed article and the edited one's old version
    expect(third).toEqual(first);
  });

  it('finds the copies in process below the size limit (no thread started)', async () => {
    const articles = (await corpus()).slice(0, 6);
    const idle = new CopiesThread();
    const stages: string[] = [];
    const report = await analyzeArticlesAsync(articles, { copies: idle, onStage: (s) => stages.push(s) });
    expect(idle.running).toBe(false);
    expect(stages).toContain('dedupe');
    expect(report).toEqual(analyzeArticles(articles));
  });

  it('falls back to the main thread when the articles cannot be sent, and says so', { timeout: 60_000 }, async () => {
    const articles = await corpus();
    // A function cannot be copied to another thread (and the language is read on this one only as a label).
    const odd = articles.map((a, i) => (i === 0 ? { ...a, language: (() => 'en') as unknown as string } : a));
    const errors: string[] = [];
    const report = await analyzeArticlesAsync(odd, { copies: thread, copiesThreadMin: 1, onCopiesThreadError: (e) => errors.push(e.message) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/could not be sent to the copies thread/);
    expect(report.derivations).toEqual(findCopies(odd.map((a) => ({ ...a }))).derivations);
    // The thread is still usable, and holds nothing from the failed run.
    await analyzeArticlesAsync(articles, { copies: thread, copiesThreadMin: 1 });
    expect(thread.sentLast).toBe(articles.length);
  });

  it('primes the cluster features the thread read, equal to reading them here', { timeout: 60_000 }, async () => {
    const articles = (await corpus()).map((a) => ({ ...a }));
    expect(articles.some(hasFeatures)).toBe(false);
    const copies = thread.find(articles, { derive: false, features: true });
    await thread.features(1);
    expect(hasFeatures(articles[0]!)).toBe(true);
    await thread.features();
    expect(articles.every(hasFeatures)).toBe(true);
    await copies;
    // Primed features are what clustering reads: equal to extracting them on this thread.
    for (const a of articles) expect(cachedFeatures(a)).toEqual(extractFeatures(a.title, a.text));
    const session = new ClusterSession().add(articles);
    const fresh = new ClusterSession().add(articles.map((a) => ({ ...a })));
    expect(session.storylines()).toEqual(fresh.storylines());
    // A second run asks for none: every article has its features.
    await thread.find(articles, { derive: false, features: true });
    await expect(thread.features()).resolves.toBeUndefined();
  });

  it('frames storylines on the thread as frameArticles does here; a storyline the memo keeps is not sent', { timeout: 60_000 }, async () => {
    const articles = await corpus();
    const memo = new AnalysisMemo();
    const report = await analyzeArticlesAsync(articles, { copies: thread, copiesThreadMin: 1, memo });
    const groups = report.storylines.map((s) => ({ id: s.id, articleIds: s.articleIds }));
    const byId = new Map(articles.map((a) => [a.id, a]));
    const sentencesOf = (id: string) => splitSentences(byId.get(id)!.text);
    const there = await thread.frame(groups, sentencesOf);
    const here = groups.map((g) => frameArticles(g.articleIds.map((id) => ({ id, text: byId.get(id)!.text, outlet: byId.get(id)!.outlet, sentences: sentencesOf(id) }))));
    expect(there).toEqual(here);
    expect(there.some((f) => f.framing.length > 0)).toBe(true);
    // Again with every storyline in the memo: nothing is framed anew, on the thread or here.
    const frames = vi.spyOn(thread, 'frame');
    memo.resetCounts();
    expect(await analyzeArticlesAsync(articles, { copies: thread, copiesThreadMin: 1, memo })).toEqual(report);
    expect(frames).not.toHaveBeenCalled();
    expect(memo.count('frame')).toEqual({ hits: groups.length, misses: 0 });
    frames.mockRestore();
  });

  it('features() resolves, not hangs, when the thread is closed mid-run', { timeout: 60_000 }, async () => {
    const articles = (await corpus()).map((a) => ({ ...a }));
    const own = new CopiesThread();
    const copies = own.find(articles, { features: true }).catch((e: Error) => e.message);
    const waited = own.features();
    await own.close();
    await expect(waited).resolves.toBeUndefined();
    expect(await copies).toMatch(/closed/);
  });
});
