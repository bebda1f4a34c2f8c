// Issue 7's measure, through the product: a SQLite store of N generated articles (bench/corpus.ts)
// served with the live analysis (`parallax serve --live`, src/server/live-served.ts), then
// 1,000 more articles ingested (cleaned, stored, extracted, as `parallax ingest` and the workers
// do) and the analysis brought up to date (clustered, the storylines they joined analysed):
// the time from the files to a served analysis that includes them. Baseline, same run: the same
// 1,000 ingested into an empty store and analysed whole. The store is filled untimed (with
// extraction at ingest), the live analysis built from it (timed apart), then one warm-up batch
// of 1,000 before the timed one. Run: npm run bench:live-store (env BENCH_SIZES, default
// 10000,100000; BENCH_THREADS, default 2 as `parallax serve --live`, 0 for the main thread;
// BENCH_KEEP=<dir>: the filled store is kept there as fill-N.db and copied for each run, so a
// second run skips the fill, 35 minutes at 1,000,000).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Corpus } from './corpus.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ingest } from '../src/pipeline/ingest.js';
import { analyzeStored } from '../src/analyze/stored.js';
import { LiveServed } from '../src/server/live-served.js';

const BATCH = 1000;
const FILL_CHUNK = 5000;
/** Worker threads for the storyline reports (`parallax serve --live` uses 2). */
const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map((s) => Number(s.replace(/_/g, '')));
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const gc = (globalThis as { gc?: () => void }).gc;

async function time<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await f();
  return [out, performance.now() - t0];
}

const rows: string[] = [];
/** Where each timed update went (LiveServed's onStage). */
const splits: string[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-live-store-'));
  const corpus = new Corpus(n + 2 * BATCH, Math.max(1, Math.round((n + 2 * BATCH) / 200)));
  /** Articles [from, to) of the corpus as JSON Lines files of `size`. */
  const files = (from: number, to: number, size: number, tag: string) => {
    const out: string[] = [];
    let i = 0;
    for (const batch of corpus.batches(from, to, size)) {
      const file = path.join(dir, `${tag}-${String(i++).padStart(4, '0')}.jsonl`);
      writeFileSync(file, batch.map((a) => JSON.stringify({ title: a.title, text: a.text, outlet: a.outlet, publishedAt: a.publishedAt, url: `https://news.example/${a.id}` })).join('\n') + '\n');
      out.push(file);
    }
    return out;
  };
  let fillMs = 0;
  const keep = process.env.BENCH_KEEP;
  const kept = keep && path.join(keep, `fill-${n}.db`);
  if (kept && existsSync(kept)) console.error(`[N=${n}] the store filled before is reused: ${kept}`);
  else {
    if (keep) mkdirSync(keep, { recursive: true });
    const filling = new SqliteStore(kept || path.join(dir, 'store.db'));
    [, fillMs] = await time(() => ingest(filling, files(0, n - BATCH, FILL_CHUNK, 'fill'), { extract: true }));
    await filling.close();
    console.error(`[N=${n}] filled in ${fmt(fillMs / 1000)} s`);
  }
  if (kept) copyFileSync(kept, path.join(dir, 'store.db'));
  const store = new SqliteStore(path.join(dir, 'store.db'));
  const stages = new Map<string, number>();
  const served = new LiveServed(store, { waitMs: 3_600_000, threads: THREADS, onStage: (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms) });
  const [, buildMs] = await time(() => served.storylines());
  // Warm-up: one batch through the same path (the server has been running).
  await ingest(store, files(n - BATCH, n, BATCH, 'warm'), { extract: true });
  await served.storylines();

  // Baseline: the timed batch alone, in an empty store, ingested and analysed whole.
  const next = files(n, n + BATCH, BATCH, 'next');
  const alone = new SqliteStore(path.join(dir, 'alone.db'));
  const [, aloneIngestMs] = await time(() => ingest(alone, next, { extract: true }));
  const [, aloneAnalyseMs] = await time(async () => analyzeStored(alone, await alone.getArticles()));
  await alone.close();
  gc?.();

  const [, ingestMs] = await time(() => ingest(store, next, { extract: true }));
  const before = served.stats.added;
  stages.clear();
  const [listed, updateMs] = await time(() => served.storylines());
  const added = served.stats.added - before;
  const articles = listed.reduce((k, s) => k + s.row.articles, 0);
  const heap = (gc?.(), process.memoryUsage().heapUsed);
  const baseline = aloneIngestMs + aloneAnalyseMs;
  rows.push(`| ${fmt(n)} | ${fillMs ? `${fmt(fillMs / 1000)} s` : 'kept'} | ${fmt(buildMs)} | ${fmt(aloneIngestMs)} + ${fmt(aloneAnalyseMs)} = ${fmt(baseline)} (1.00) | ${fmt(ingestMs)} | ${fmt(updateMs)} | **${fmt(ingestMs + updateMs)}** (${((ingestMs + updateMs) / baseline).toFixed(2)}) | ${fmt(added)} | ${fmt(articles)} | ${fmt(heap / 2 ** 20)} MB |`);
  const split = ['changes', 'read', 'cluster', 'reports'].map((k) => `${k} ${fmt(stages.get(k) ?? 0)}`).join(', ');
  const inside = [...stages].filter(([k]) => !['changes', 'read', 'cluster', 'reports'].includes(k)).map(([k, ms]) => `${k} ${fmt(ms)}`).join(', ');
  splits.push(`- ${fmt(n)}: ${split} ms; report stages summed over threads: ${inside} ms`);
  console.error(rows[rows.length - 1]);
  await served.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nlive analysis over a SQLite store, ${THREADS ? `${THREADS} report threads` : 'reports on the main thread'}`);
console.log('\n| N in the store | fill (untimed in the figure) | live build ms | baseline: the 1,000 ingested + analysed alone, ms | +1,000: ingest ms | +1,000: analysis brought up to date ms | +1,000 in all ms (ratio) | articles added | articles served | heap |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('\nThe timed update, step by step:');
for (const line of splits) console.log(line);
