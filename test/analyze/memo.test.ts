// Per-storyline results kept between analyses change nothing: each report equals a report made
// from scratch, while storylines whose inputs did not change are taken from the memo.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analyze/index.js';
import { AnalysisMemo } from '../../src/analyze/memo.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';

async function corpus(): Promise<Article[]> {
  const { drafts } = await loadCorpus();
  return [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
}

describe('AnalysisMemo', () => {
  it('a re-analysis reuses unchanged storylines and gives the same report as a fresh one', async () => {
    const articles = await corpus();
    const memo = new AnalysisMemo();
    const first = analyzeArticles(articles, { memo });
    expect(first).toEqual(analyzeArticles(articles));
    const storylines = first.storylines.length;
    expect(storylines).toBeGreaterThan(2);
    expect(memo.count('align').misses + memo.count('frame').misses).toBe(2 * storylines); // claims and framing of each
    expect(memo.count('article')).toEqual({ hits: 0, misses: articles.length });
    memo.resetCounts();
    const again = analyzeArticles(articles, { memo });
    expect(again).toEqual(first);
    expect(memo.count('align').hits + memo.count('frame').hits).toBe(2 * storylines);
    // Every article version and every aligned pair is taken from the memo.
    expect(memo.count('article')).toEqual({ hits: articles.length, misses: 0 });
    expect(memo.count('derive').hits).toBeGreaterThan(0);
    expect(memo.count('derive').misses).toBe(0);
  });

  it('recomputes what a new article, a changed text or another outlet touches, and only that', async () => {
    const articles = await corpus();
    const memo = new AnalysisMemo();
    const before = articles.slice(0, -1);
    analyzeArticles(before, { memo });
    memo.resetCounts();
    // One article more: some storylines are untouched.
    const grown = analyzeArticles(articles, { memo });
    expect(grown).toEqual(analyzeArticles(articles));
    expect(memo.count('align').hits).toBeGreaterThan(0);
    expect(memo.count('align').misses).toBeGreaterThan(0);
    expect(memo.count('article')).toEqual({ hits: articles.length - 1, misses: 1 });
    // A new version of one article's text: its storyline is compared again.
    const target = grown.storylines.find((s) => s.articleIds.length > 1)!;
    const id = target.articleIds[0]!;
    const edited = articles.map((a) => (a.id === id ? { ...a, text: a.text + '\n\nA closing line added later.', contentHash: a.contentHash + 'x' } : a));
    memo.resetCounts();
    expect(analyzeArticles(edited, { memo })).toEqual(analyzeArticles(edited));
    expect(memo.count('align').misses).toBeGreaterThan(0);
    expect(memo.count('article').misses).toBe(1);
    // Another outlet name for one article.
    const renamed = edited.map((a) => (a.id === id ? { ...a, outlet: 'Harbour Gazette Weekly' } : a));
    expect(analyzeArticles(renamed, { memo })).toEqual(analyzeArticles(renamed));
  });

  it('forgets storylines a run did not ask for', async () => {
    const articles = await corpus();
    const memo = new AnalysisMemo();
    const all = analyzeArticles(articles, { memo });
    expect(memo.sizeOf('align') + memo.sizeOf('frame')).toBe(2 * all.storylines.length);
    expect(memo.sizeOf('article')).toBe(articles.length);
    const few = analyzeArticles(articles.slice(0, 2), { memo });
    expect(memo.sizeOf('align') + memo.sizeOf('frame')).toBe(2 * few.storylines.length);
    expect(memo.sizeOf('article')).toBe(2);
  });
});
