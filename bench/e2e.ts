// End to end (issue 7): N generated articles (bench/corpus.ts; env BENCH_N, default 5,000) as
// JSON Lines chunks of 250, ingested and then analysed in full (dedupe, derivation,
// clustering, extraction, claims, framing):
//   - SQLite, in this process (the default set-up);
//   - PostgreSQL with 1, 2 and 4 `parallax worker` processes taking the chunks from Redis.
// Baseline, in the same run: the SQLite ingest alone (no extraction). Each row prints
// articles/s for the ingest, the analysis and both together, and the peak RSS of this process.
// Workers extract each article as they store it (kept in the store); the analysis reads those.
// Needs PostgreSQL and Redis (bash scripts/system-deps.sh). Run: node --import tsx bench/e2e.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Corpus } from './corpus.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { ingest } from '../src/pipeline/ingest.js';
import { analyzeStored } from '../src/analyze/stored.js';
import { BullQueue } from '../src/queue/bullmq.js';
import type { Store } from '../src/store/types.js';

const N = Number(process.env.BENCH_N ?? 5000);
const CHUNK = 250;
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const REDIS = process.env.PARALLAX_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const PG_HOST = process.env.PARALLAX_TEST_PG_HOST ?? '/var/run/postgresql';
const ROOT = path.join(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-e2e-'));

// The corpus as JSON Lines chunks (generation not timed).
const corpus = new Corpus(N, Math.max(1, Math.round(N / 200)));
const chunks: string[] = [];
let i = 0;
for (const batch of corpus.batches(0, N, CHUNK)) {
  const file = path.join(dir, `chunk-${String(i++).padStart(4, '0')}.jsonl`);
  writeFileSync(file, batch.map((a) => JSON.stringify({ title: a.title, text: a.text, outlet: a.outlet, publishedAt: a.publishedAt, url: `https://news.example/${a.id}` })).join('\n') + '\n');
  chunks.push(file);
}
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
};

interface Row {
  setup: string;
  ingestMs: number;
  analyzeMs: number;
  stored: number;
}
const rows: Row[] = [];

async function analyzeAll(store: Store, copies?: false): Promise<number> {
  const [, ms] = await time(async () => analyzeStored(store, await store.getArticles(), { copies }));
  return ms;
}

/** The same store analysed with the copies on the analysis's thread (baseline) and on their own, alternately. */
const copiesAB: Array<{ one: number; two: number }> = [];

// 1. SQLite in this process: extraction left to the analysis (also the baseline: its ingest
// alone), then extraction at ingest (kept in the store, read back by the analysis).
for (const extract of [false, true]) {
  const store = new SqliteStore(path.join(dir, `e2e-${extract}.db`));
  const [, ingestMs] = await time(() => ingest(store, chunks, { extract }));
  const stored = await store.countArticles();
  rows.push({ setup: `SQLite, in-process, extraction ${extract ? 'at ingest' : 'in the analysis'}`, ingestMs, analyzeMs: await analyzeAll(store), stored });
  // Extractions are in the store now, so each analysis does the same work.
  if (extract) for (let r = 0; r < 2; r++) copiesAB.push({ one: await analyzeAll(store, false), two: await analyzeAll(store) });
  await store.close();
}

// 2. PostgreSQL with k workers from the queue.
const admin = new pg.Client({ host: PG_HOST, database: 'postgres', user: process.env.PGUSER ?? userInfo().username });
await admin.connect();
for (const k of WORKERS) {
  const db = `parallax_bench_${process.pid}_${k}`;
  await admin.query(`DROP DATABASE IF EXISTS ${db}`);
  await admin.query(`CREATE DATABASE ${db}`);
  const url = `postgres://${encodeURIComponent(PG_HOST)}/${db}`;
  const store = await PostgresStore.connect(url); // migrates before the workers start
  const prefix = `parallax-bench-${randomUUID()}`;
  const workers: ChildProcess[] = [];
  const ready: Array<Promise<void>> = [];
  for (let w = 0; w < k; w++) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/e2e-worker.ts'), url, REDIS, prefix], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    workers.push(child);
    ready.push(new Promise((r) => child.stdout!.once('data', () => r())));
  }
  await Promise.all(ready);
  const queue = new BullQueue(REDIS, { prefix });
  const [, ingestMs] = await time(async () => {
    const jobs = await Promise.all(chunks.map((c) => queue.submit({ urls: [], documents: [{ name: path.basename(c), content: readFileSync(c) }], allowPrivate: false })));
    for (const j of jobs) {
      for (;;) {
        const v = await queue.get(j.id);
        if (v?.status === 'done' || v?.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });
  const stored = await store.countArticles();
  rows.push({ setup: `PostgreSQL, ${k} worker process${k > 1 ? 'es' : ''}`, ingestMs, analyzeMs: await analyzeAll(store), stored });
  for (const w of workers) w.kill('SIGTERM');
  await queue.close();
  await store.close();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
}
await admin.end();

const base = rows[0]!.ingestMs;
console.log(`end-to-end benchmark: ${N} generated articles in chunks of ${CHUNK}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores; peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
console.log('ratios are to the baseline: the SQLite ingest alone, in this run\n');
console.log('| set-up | stored | ingest art/s (ratio) | full analysis art/s | ingest + analysis art/s |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.setup} | ${r.stored} | ${rate(N, r.ingestMs)} (${(base / r.ingestMs).toFixed(2)}) | ${rate(N, r.analyzeMs)} | ${rate(N, r.ingestMs + r.analyzeMs)} |`);
}
console.log('\nthe SQLite store with extractions kept, analysed again: copies (duplicates, derivations) on the analysis thread (baseline) / on a thread of their own, art/s (ratio)');
for (const { one, two } of copiesAB) console.log(`  ${rate(N, one)} / ${rate(N, two)} (${(one / two).toFixed(2)})`);
