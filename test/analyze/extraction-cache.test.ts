// Kept extractions change nothing: the report with a cache (cold, then warm, then with one
// article more) equals the report made from scratch.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analyze/index.js';
import { ExtractionCache } from '../../src/analyze/extraction.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';

describe('ExtractionCache', () => {
  it('gives the same report as no cache, and extracts only what is new', async () => {
    const { drafts } = await loadCorpus();
    const articles: Article[] = [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
    const cache = new ExtractionCache();
    const first = articles.slice(0, -1);
    expect(analyzeArticles(first, { extractionCache: cache })).toEqual(analyzeArticles(first));
    expect(cache.hits).toBe(0);
    const warm = analyzeArticles(first, { extractionCache: cache });
    expect(cache.hits).toBe(first.length);
    expect(warm).toEqual(analyzeArticles(first));
    const grown = analyzeArticles(articles, { extractionCache: cache });
    expect(cache.hits).toBe(2 * first.length);
    expect(grown).toEqual(analyzeArticles(articles));
  });

  it('drops the oldest entries past its size', async () => {
    const { drafts } = await loadCorpus();
    const articles: Article[] = [...drafts.entries()].slice(0, 3).map(([src, d], i) => ({ ...d, source: src, id: `b${i}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
    const cache = new ExtractionCache(2);
    analyzeArticles(articles, { extractionCache: cache });
    analyzeArticles(articles.slice(2), { extractionCache: cache });
    expect(cache.hits).toBe(1);
    analyzeArticles(articles.slice(0, 1), { extractionCache: cache });
    expect(cache.hits).toBe(1); // the first one was dropped
  });
});
