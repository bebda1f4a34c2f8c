// Re-analysis of a growing store (what the server does after an ingest): for N generated
// articles (bench/corpus.ts; env BENCH_SIZES, default 2,500,5,000,10,000), the store analysed
// once, then again with 10 and with 1,000 more. Baseline, same run: the analysis with 10 more
// with extractions kept but nothing else (as before the memo). Measured: the same with the
// per-storyline memo, how many storylines it compared again, and with 1,000 more. Each memoised
// report is checked against the baseline's. Run: node --import tsx bench/reanalyse.ts
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Corpus } from './corpus.js';
import { analyzeArticles } from '../src/analyze/index.js';
import { ExtractionCache } from '../src/analyze/extraction.js';
import { AnalysisMemo } from '../src/analyze/memo.js';
import type { Article } from '../src/core/types.js';

const SIZES = (process.env.BENCH_SIZES ?? '2500,5000,10000').split(',').map(Number);
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
};
const same = (a: unknown, b: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

const rows: string[] = [];
for (const n of SIZES) {
  const corpus = new Corpus(n + 1000, Math.max(1, Math.round(n / 200)));
  const all: Article[] = [...corpus.batches(0, n + 1000, 1000)].flat().map((a) => ({
    ...a, byline: null, language: 'en', agencies: [], contentHash: a.id, dateEstimated: false, source: a.id,
    url: null, modifiedAt: null, version: 1, versions: 1, ingestedAt: '2026-01-01T00:00:00Z',
  })) as unknown as Article[];
  const cache = new ExtractionCache(n + 1000);
  all.forEach((a) => cache.get(a as never)); // extraction is done at ingest, not timed here
  const memo = new AnalysisMemo();
  const [, firstMs] = time(() => analyzeArticles(all.slice(0, n), { extractionCache: cache, memo }));
  const plus10 = all.slice(0, n + 10);
  const [plain, baseMs] = time(() => analyzeArticles(plus10, { extractionCache: cache }));
  memo.resetCounts();
  const [memoised, memoMs] = time(() => analyzeArticles(plus10, { extractionCache: cache, memo }));
  if (!same(plain, memoised)) throw new Error('the memoised report differs');
  const redone = `${memo.count('align').misses} of ${memoised.storylines.length}`;
  memo.resetCounts();
  const [, thousandMs] = time(() => analyzeArticles(all, { extractionCache: cache, memo }));
  rows.push(`| ${n.toLocaleString('en-US')} | ${Math.round(firstMs)} | ${Math.round(baseMs)} (1.00) | ${Math.round(memoMs)} (${(memoMs / baseMs).toFixed(2)}) | ${redone} | ${Math.round(thousandMs)} (${(thousandMs / baseMs).toFixed(2)}) |`);
  console.error(`N=${n} done`);
}
console.log(`re-analysis benchmark, Node ${process.version}; extractions kept (made at ingest); ms (ratio to the baseline)`);
console.log('| articles N | first analysis | N + 10, extractions kept (baseline) | N + 10, with the memo | storylines compared again | N + 1,000, with the memo |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
