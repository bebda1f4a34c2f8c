// Adding 1,000 articles to a live analysis of N (src/analyze/live.ts), on the generated corpus
// of bench/corpus.ts. For each N: the session is built from N − 1,000 articles (clustering
// only, as a server that clustered them as they came), the next 1,000 are added with their
// storylines analysed (warm: what the server kept from its last batch), then 1,000 more are
// added and timed: clustering, then the reports of the storylines they changed (copies, names
// and quotes, claims, framing). Extractions are made at ingest, as workers do: they are made
// untimed here, and their cost is printed apart. Baseline, same run: the full analysis of the
// 1,000 new articles alone (what adding them would cost if the corpus did not exist); at
// N ≤ BATCH_MAX also the full re-analysis of N + 1,000 (what the server does without the live
// analysis). Run: npm run bench:live
// (env BENCH_SIZES, default 10000,100000; BENCH_THREADS=2 makes the reports on worker threads;
// with threads the stage times are summed over the threads).
import { performance } from 'node:perf_hooks';
import { Corpus } from './corpus.js';
import { LiveAnalysis } from '../src/analyze/live.js';
import { analyzeArticles } from '../src/analyze/index.js';
import { ExtractionCache } from '../src/analyze/extraction.js';
import type { Article } from '../src/core/types.js';
import type { AnalysisArticle } from '../src/core/analysis.js';

const BATCH = 1000;
/** Largest N for which the full re-analysis is also timed (it costs the whole corpus). */
const BATCH_MAX = 20_000;
/** Worker threads for the storyline reports (0: on the benchmark's thread). */
const THREADS = Number(process.env.BENCH_THREADS ?? 0);
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map((s) => Number(s.replace(/_/g, '')));
const gc = (globalThis as { gc?: () => void }).gc;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

const stored = (a: AnalysisArticle): Article =>
  ({ ...a, source: a.id, url: null, modifiedAt: null, version: 1, versions: 1, ingestedAt: '2026-01-01T00:00:00Z', dateEstimated: false }) as unknown as Article;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

const rows: string[] = [];
for (const n of sizes) {
  const corpus = new Corpus(n + BATCH, Math.max(1, Math.round((n + BATCH) / 200)));
  const articleAt = (p: number) => stored(corpus.article(p));
  const load = async (ids: string[]) => ids.map((id) => articleAt(Number(id.slice(1))));
  const cache = new ExtractionCache(200_000);
  const stages = new Map<string, number>();
  const engine = new LiveAnalysis({ load, extractionCache: cache, threads: THREADS, onStage: (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms) });
  // Extractions of a changed storyline's articles, as the store keeps them from their ingest.
  const extractChanged = async (keys: number[]) => {
    for (const key of keys) for (const a of await load(engine.session.storylineByKey(key)!.articleIds)) cache.get(a);
  };

  const t0 = performance.now();
  for (const batch of corpus.batches(0, n - BATCH, BATCH)) engine.add(batch.map(stored), { defer: true });
  const buildMs = performance.now() - t0;
  const warm = [...corpus.batches(n - BATCH, n, BATCH)][0]!.map(stored);
  await extractChanged(engine.add(warm).changed);
  await engine.refresh();

  const fresh = [...corpus.batches(n, n + BATCH, BATCH)][0]!.map(stored);
  const [, extractMs] = time(() => fresh.forEach((a) => cache.get(a)));
  const [, aloneMs] = time(() => analyzeArticles(fresh, { extractionCache: cache }));
  gc?.();
  const [change, clusterMs] = time(() => engine.add(fresh));
  await extractChanged(change.changed);
  stages.clear();
  const t1 = performance.now();
  const done = await engine.refresh();
  const split = [...stages].map(([k, ms]) => `${k} ${fmt(ms)}`).join(', ');
  const viewsMs = performance.now() - t1;
  const total = clusterMs + viewsMs;
  let fullMs = NaN;
  if (n <= BATCH_MAX) {
    const all = [...corpus.batches(0, n + BATCH, BATCH)].flat().map(stored);
    all.forEach((a) => cache.get(a));
    fullMs = time(() => analyzeArticles(all, { extractionCache: cache }))[1];
  }
  gc?.();
  const heapMB = process.memoryUsage().heapUsed / 1e6;
  rows.push(
    `| ${fmt(n)} | ${fmt((n - BATCH) / (buildMs / 1000))} | ${fmt(aloneMs)} (1.00) | ${fmt(clusterMs)} | ${done.storylines} / ${fmt(done.articles)} | ${fmt(viewsMs)} | **${fmt(total)}** (${(total / aloneMs).toFixed(2)}) | ${Number.isNaN(fullMs) ? '–' : `${fmt(fullMs)} (${(fullMs / aloneMs).toFixed(2)})`} | ${fmt(extractMs)} | ${fmt(heapMB)} MB |`,
  );
  await engine.close();
  console.error(`N=${n} done; the reports of the changed storylines, by stage (ms): ${split}`);
}
console.log(`live analysis benchmark, Node ${process.version}, ${THREADS ? `${THREADS} report threads` : 'reports on the main thread'}; ms (ratio to the baseline: the 1,000 new articles analysed alone)`);
console.log('| N | build: clustering art/s | baseline: the 1,000 alone | +1,000: clustering | storylines changed / their articles | their reports | +1,000 in all | full re-analysis of N + 1,000 | extraction of the 1,000 (at ingest) | heap |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
