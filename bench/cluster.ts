// Scale benchmark for clustering (and dedupe + derivation) on the generated corpus of
// bench/corpus.ts. For each size N: articles/s of an incremental ClusterSession fed in batches of
// 1,000; the cost of one more batch once N articles are in (must stay flat as N grows); heap kept
// per article; findDuplicates + findDerivations on the first min(N, 50k) articles; and, for
// N ≤ 100k, the wall-clock rate with the cluster features and dedupe (or dedupe + derivation) on the
// copies thread while this thread clusters, as the analysis runs them on this 2-core machine. Every speed is
// also printed as a ratio to a baseline measured in the same run: extractFeatures on the same
// articles. Run: node --expose-gc --import tsx bench/cluster.ts [--1m]
// (env BENCH_SIZES=10000,100000,1000000 overrides the sizes; --1m adds 1,000,000).
import { performance } from 'node:perf_hooks';
import { ClusterSession } from '../src/5-cluster/index.js';
import { extractFeatures } from '../src/5-cluster/features.js';
import { findDuplicates } from '../src/3-dedupe/index.js';
import { findDerivations } from '../src/4-derive/index.js';
import { Corpus } from './corpus.js';
import { CopiesThread } from '../src/analyze/copies-thread.js';

const BATCH = 1000;
const EXTRA = 3; // batches added after N, median reported
const DEDUPE_MAX = 50_000;
/** Largest N measured with the copies on their own thread (the thread holds a copy of every text). */
const PARALLEL_MAX = 100_000;
const sizes = (process.env.BENCH_SIZES ?? (process.argv.includes('--1m') ? '10000,100000,1000000' : '10000,100000'))
  .split(',')
  .map((s) => Number(s.replace(/_/g, '')));
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const perSec = (n: number, ms: number) => (n / ms) * 1000;
const fmt = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 10 ? 1 : 2));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

interface Row {
  n: number;
  storylines: string;
  events: string;
  baseRate: number;
  clusterRate: number;
  batchMs: number[];
  extraMs: number;
  heapMB: number;
  bytesPerArticle: number;
  dedupeN: number;
  dedupeRate: number;
  onlyDedupeRate: number;
  derivations: string;
  /** Wall-clock art/s with dedupe (and dedupe + derivation) on the copies thread while this thread clusters; null above PARALLEL_MAX. */
  parallelRate: number | null;
  parallelDeriveRate: number | null;
  seconds: number;
}

/**
 * Both cores, as the analysis uses them (analyzeArticlesAsync): the copies thread is handed all
 * N articles, reads their cluster features first (sent back in chunks) and then dedupes, while
 * this thread clusters them in batches, each once its features are in; the time is until both
 * are done. Measured before the one-thread build, on a heap holding only the corpus.
 */
async function clusterWhileCopies(corpus: Corpus, n: number, derive: boolean): Promise<number> {
  const thread = new CopiesThread();
  try {
    // Thread started and warm (features and dedupe compiled) on other article objects.
    await thread.find([...corpus.batches(0, 2 * BATCH, BATCH)].flat(), { derive: false, features: true });
    const articles = [...corpus.batches(0, n, BATCH)].flat();
    const t0 = performance.now();
    const copies = thread.find(articles, { derive, features: true });
    const session = new ClusterSession();
    for (let i = 0; i < n; i += BATCH) {
      await thread.features(i + BATCH);
      session.add(articles.slice(i, i + BATCH));
    }
    await copies;
    return performance.now() - t0;
  } finally {
    await thread.close();
  }
}

async function measure(n: number): Promise<Row> {
  const started = performance.now();
  const corpus = new Corpus(n + EXTRA * BATCH, Math.max(1, Math.round(n / 200)));
  const log = (msg: string) => console.error(`[N=${n}] ${msg} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  // Baseline: feature extraction alone over the same articles (generation not timed).
  let baseMs = 0;
  let sink = 0;
  for (const batch of corpus.batches(0, n, BATCH)) {
    const t0 = performance.now();
    for (const a of batch) sink += extractFeatures(a.title, a.text).features.length;
    baseMs += performance.now() - t0;
  }
  if (sink === 0) throw new Error('no features extracted');
  log(`baseline done: ${fmt(perSec(n, baseMs))} articles/s`);

  const parallelMs = n <= PARALLEL_MAX ? await clusterWhileCopies(corpus, n, false) : null;
  const parallelDeriveMs = n <= PARALLEL_MAX ? await clusterWhileCopies(corpus, n, true) : null;
  if (parallelMs !== null) log(`clustering while the copies thread reads features and dedupes: ${fmt(perSec(n, parallelMs))} articles/s; with derivation ${fmt(perSec(n, parallelDeriveMs!))}`);

  // Clustering: one session, batches of 1,000; heap measured around the build.
  const heap0 = heap();
  const session = new ClusterSession();
  let clusterMs = 0;
  const batchMs: number[] = [];
  for (const batch0 of corpus.batches(0, n, BATCH)) {
    // Fresh article objects, dropped after the batch: the per-article feature caches (WeakMaps
    // keyed by the object, for re-analysis) go with them, so the heap figure is the session's.
    const batch = batch0.map((a) => ({ ...a }));
    const t0 = performance.now();
    session.add(batch);
    const ms = performance.now() - t0;
    clusterMs += ms;
    batchMs.push(ms);
    if (batchMs.length % 100 === 0) log(`${session.size} clustered, last batch ${ms.toFixed(0)} ms`);
  }
  const heap1 = heap();
  const extra: number[] = [];
  for (const batch of corpus.batches(n, n + EXTRA * BATCH, BATCH)) {
    const t0 = performance.now();
    session.add(batch);
    extra.push(performance.now() - t0);
  }
  const found = session.storylines();
  const genStories = new Set<number>();
  const genEvents = new Set<number>();
  for (let p = 0; p < session.size; p++) (genEvents.add(corpus.event[p]!), genStories.add(corpus.eventStory[corpus.event[p]!]!));
  const foundEvents = found.reduce((k, s) => k + s.events.length, 0);
  log(`clustering done: ${fmt(perSec(n, clusterMs))} articles/s`);

  // Dedupe + derivation on the first min(N, 50k) articles, one call each (as per batch in the product).
  const m = Math.min(n, DEDUPE_MAX);
  const articles = [...corpus.batches(0, m, BATCH)].flat();
  const t0 = performance.now();
  findDuplicates(articles);
  const onlyDedupeMs = performance.now() - t0;
  const derivations = findDerivations(articles);
  const dedupeMs = performance.now() - t0;
  const planted = corpus.source.subarray(0, m).reduce((k, s) => k + (s >= 0 ? 1 : 0), 0);
  const right = derivations.filter((d) => corpus.source[Number(d.articleId.slice(1))] === Number(d.sourceArticleId.slice(1))).length;
  log('dedupe done');

  return {
    n,
    storylines: `${found.length} / ${genStories.size}`,
    events: `${foundEvents} / ${genEvents.size}`,
    baseRate: perSec(n, baseMs),
    clusterRate: perSec(n, clusterMs),
    batchMs,
    extraMs: median(extra),
    heapMB: heap1 / 2 ** 20,
    bytesPerArticle: (heap1 - heap0) / n,
    dedupeN: m,
    dedupeRate: perSec(m, dedupeMs),
    onlyDedupeRate: perSec(m, onlyDedupeMs),
    derivations: `${right} / ${planted} (+${derivations.length - right} other)`,
    parallelRate: parallelMs === null ? null : perSec(n, parallelMs),
    parallelDeriveRate: parallelDeriveMs === null ? null : perSec(n, parallelDeriveMs!),
    seconds: (performance.now() - started) / 1000,
  };
}

// Warm-up (JIT) so that the first size's baseline is not measured cold.
for (const batch of new Corpus(3000, 15, 99).batches(0, 3000, BATCH)) new ClusterSession().add(batch).storylines();
const rows: Row[] = [];
for (const n of sizes) rows.push(await measure(n));

console.log(`\ncluster scale benchmark, Node ${process.version}, batches of ${BATCH}${gc ? '' : ' (run with --expose-gc for exact heap figures)'}`);
console.log('ratios are to the baseline (extractFeatures alone on the same articles); the +1,000 ratio is to extracting 1,000 articles\n');
console.log('| N | baseline extract art/s | cluster art/s (ratio) | +1,000 articles ms (ratio) | first / last k build batches ms (k) | heap after MB | heap/article B (target ≤ 2,048) | dedupe art/s on first M | dedupe + cluster art/s, one thread (target ≥ 5,000) | dedupe ‖ cluster, two threads (features read on the copies thread) | dedupe + derivation ‖ cluster | dedupe+derive art/s on first M (ratio) | storylines found / generated | events found / generated | derivations right / planted | run s |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const base1000 = (BATCH / r.baseRate) * 1000;
  const k = Math.max(1, Math.min(10, Math.floor(r.batchMs.length / 3)));
  console.log(
    `| ${r.n.toLocaleString('en-US')} | ${fmt(r.baseRate)} | ${fmt(r.clusterRate)} (${(r.clusterRate / r.baseRate).toFixed(2)}) | ${fmt(r.extraMs)} (${(r.extraMs / base1000).toFixed(1)}) ` +
      `| ${fmt(mean(r.batchMs.slice(0, k)))} / ${fmt(mean(r.batchMs.slice(-k)))} (${k}) | ${fmt(r.heapMB)} | ${fmt(r.bytesPerArticle)} (${(r.bytesPerArticle / 2048).toFixed(2)}×) ` +
      `| ${fmt(r.onlyDedupeRate)} | ${fmt(1 / (1 / r.clusterRate + 1 / r.onlyDedupeRate))} | ${r.parallelRate === null ? '–' : fmt(r.parallelRate)} | ${r.parallelDeriveRate === null ? '–' : fmt(r.parallelDeriveRate)} | ${fmt(r.dedupeRate)} on ${r.dedupeN.toLocaleString('en-US')} (${(r.dedupeRate / r.baseRate).toFixed(2)}) | ${r.storylines} | ${r.events} | ${r.derivations} | ${r.seconds.toFixed(0)} |`,
  );
}
