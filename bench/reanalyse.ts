// Re-analysis of a growing store (what the server does after an ingest): N generated articles
// (bench/corpus.ts; env BENCH_N, default 5,000) analysed once, then again with 10 more. Baseline,
// same run: the second analysis with extractions kept but nothing else (as before the memo).
// Measured: the second analysis with the per-storyline memo, and how many storylines it compared
// again. Both second reports are checked to be equal. Run: node --import tsx bench/reanalyse.ts
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Corpus } from './corpus.js';
import { analyzeArticles } from '../src/analyze/index.js';
import { ExtractionCache } from '../src/analyze/extraction.js';
import { AnalysisMemo } from '../src/analyze/memo.js';
import type { Article } from '../src/core/types.js';

const N = Number(process.env.BENCH_N ?? 5000);
const MORE = 10;
const corpus = new Corpus(N + MORE, Math.max(1, Math.round(N / 200)));
const all: Article[] = [...corpus.batches(0, N + MORE, 1000)].flat().map((a) => ({
  ...a, byline: null, language: 'en', agencies: [], contentHash: a.id, dateEstimated: false, source: a.id,
  url: null, modifiedAt: null, version: 1, versions: 1, ingestedAt: '2026-01-01T00:00:00Z',
})) as unknown as Article[];
const before = all.slice(0, N);
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
};

const cache = new ExtractionCache(N + MORE);
const memo = new AnalysisMemo();
const [, firstMs] = time(() => analyzeArticles(before, { extractionCache: cache, memo }));
all.forEach((a) => cache.get(a as never)); // the new articles' extraction is done at ingest
const [plain, baseMs] = time(() => analyzeArticles(all, { extractionCache: cache }));
memo.hits = memo.misses = 0;
const [memoised, memoMs] = time(() => analyzeArticles(all, { extractionCache: cache, memo }));
if (!isDeepStrictEqual(JSON.parse(JSON.stringify(plain)), JSON.parse(JSON.stringify(memoised)))) throw new Error('the memoised report differs');

console.log(`re-analysis benchmark: ${N} generated articles, then ${MORE} more; Node ${process.version}`);
console.log('| analysis | ms | ratio to baseline |');
console.log('|---|---|---|');
console.log(`| first, ${N} articles (extraction included) | ${Math.round(firstMs)} | – |`);
console.log(`| again with ${MORE} more, extractions kept (baseline) | ${Math.round(baseMs)} | 1.00 |`);
console.log(`| again with ${MORE} more, extractions and unchanged storylines kept | ${Math.round(memoMs)} | ${(memoMs / baseMs).toFixed(2)} |`);
console.log(`\nstorylines ${memoised.storylines.length}; claims and framing compared again for ${memo.misses / 2}, reused for ${memo.hits / 2}; reports equal`);
