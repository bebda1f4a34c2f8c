// End to end (issue 7): N generated articles (bench/corpus.ts; env BENCH_N, default 5,000) as
// JSON Lines chunks of 250, ingested and then analysed in full (dedupe, derivation,
// clustering, extraction, claims, framing):
//   - SQLite, in this process (the default set-up);
//   - PostgreSQL with 1, 2 and 4 `parallax worker` processes taking the chunks from Redis.
// Baseline, in the same run: the SQLite ingest alone (no extraction). Each row prints
// articles/s for the ingest, the analysis and both together, and the peak RSS of this process.
// Workers extract each article as they store it (kept in the store); the analysis reads those.
// Env: BENCH_WORKERS (1,2,4), BENCH_WORKER_THREAD (on,off: each worker's extraction thread).
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
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number).filter((k) => k > 0); // 'none': SQLite rows only
// Each worker process extracting on a thread of its own ('on') or on its job's thread ('off').
const THREADS = (process.env.BENCH_WORKER_THREAD ?? 'on,off').split(',').filter((t) => t === 'on' || t === 'off');
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
/** Busy and total jiffies of the machine's CPUs (Linux /proc/stat), to tell how many cores a row kept busy. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - f[3]! - (f[4] ?? 0), total };
  } catch {
    return null;
  }
}
const CORES = (await import('node:os')).cpus().length;
/** Cores busy on average between two readings (all processes: workers, database, Redis, this one). */
const coresBusy = (a: ReturnType<typeof cpuTicks>, b: ReturnType<typeof cpuTicks>) => (a && b && b.total > a.total ? ((b.busy - a.busy) / (b.total - a.total)) * CORES : NaN);
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
};

interface Row {
  setup: string;
  ingestMs: number;
  /** Cores busy during the ingest. */
  cores: number;
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
  const t0 = cpuTicks();
  const [, ingestMs] = await time(() => ingest(store, chunks, { extract }));
  const cores = coresBusy(t0, cpuTicks());
  const stored = await store.countArticles();
  rows.push({ setup: `SQLite, in-process, extraction ${extract ? 'at ingest' : 'in the analysis'}`, ingestMs, cores, analyzeMs: await analyzeAll(store), stored });
  // Extractions are in the store now, so each analysis does the same work.
  if (extract) for (let r = 0; r < 2; r++) copiesAB.push({ one: await analyzeAll(store, false), two: await analyzeAll(store) });
  await store.close();
}

// 0. The machine's ceiling: k processes of pure CPU work (bench/e2e-ceiling.ts) at once, their
// throughput as a ratio to one process. Workers cannot speed up more than this.
const ceiling = new Map<number, number>();
// Three rounds, the best of each k (one round is under a second and easily disturbed).
for (let round = 0; round < 3; round++) for (const k of [...new Set([1, ...WORKERS])]) {
  const kids = Array.from({ length: k }, () => spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/e2e-ceiling.ts')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] }));
  const lineOf = (c: ChildProcess) => new Promise<string>((r) => c.stdout!.once('data', (b: Buffer) => r(b.toString().trim())));
  await Promise.all(kids.map(lineOf));
  const done = kids.map(lineOf);
  const t0 = performance.now();
  for (const c of kids) c.stdin!.write('go\n');
  await Promise.all(done);
  ceiling.set(k, Math.max(ceiling.get(k) ?? 0, k / (performance.now() - t0)));
  for (const c of kids) c.kill();
}

// 2. PostgreSQL with k workers from the queue.
const admin = new pg.Client({ host: PG_HOST, database: 'postgres', user: process.env.PGUSER ?? userInfo().username });
await admin.connect();
for (const thread of THREADS) for (const k of WORKERS) {
  const db = `parallax_bench_${process.pid}_${k}_${thread}`;
  await admin.query(`DROP DATABASE IF EXISTS ${db}`);
  await admin.query(`CREATE DATABASE ${db}`);
  const url = `postgres://${encodeURIComponent(PG_HOST)}/${db}`;
  const store = await PostgresStore.connect(url); // migrates before the workers start
  const prefix = `parallax-bench-${randomUUID()}`;
  const workers: ChildProcess[] = [];
  const ready: Array<Promise<void>> = [];
  for (let w = 0; w < k; w++) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/e2e-worker.ts'), url, REDIS, prefix, thread], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    workers.push(child);
    ready.push(new Promise((r) => child.stdout!.once('data', () => r())));
  }
  await Promise.all(ready);
  const queue = new BullQueue(REDIS, { prefix });
  const t0 = cpuTicks();
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
  const cores = coresBusy(t0, cpuTicks());
  const stored = await store.countArticles();
  rows.push({ setup: `PostgreSQL, ${k} worker process${k > 1 ? 'es' : ''}, extraction thread ${thread}`, ingestMs, cores, analyzeMs: await analyzeAll(store), stored });
  for (const w of workers) w.kill('SIGTERM');
  await queue.close();
  await store.close();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
}
await admin.end();

const base = rows[0]!.ingestMs;
console.log(`end-to-end benchmark: ${N} generated articles in chunks of ${CHUNK}, Node ${process.version}, ${CORES} cores; peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
console.log('ratios are to the baseline: the SQLite ingest alone, in this run\n');
console.log('| set-up | stored | ingest art/s (ratio) | cores busy in the ingest | full analysis art/s | ingest + analysis art/s |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.setup} | ${r.stored} | ${rate(N, r.ingestMs)} (${(base / r.ingestMs).toFixed(2)}) | ${r.cores.toFixed(2)} of ${CORES} | ${rate(N, r.analyzeMs)} | ${rate(N, r.ingestMs + r.analyzeMs)} |`);
}
console.log('\nthe machine\'s ceiling: k processes of pure CPU work at once (bench/e2e-ceiling.ts), throughput as a ratio to one; and the PostgreSQL workers\' ingest, as a ratio to one worker with the same thread setting');
for (const k of WORKERS) {
  const worker = (t: string) => {
    const one = rows.find((r) => r.setup.startsWith('PostgreSQL, 1 worker') && r.setup.endsWith(t));
    const mine = rows.find((r) => r.setup.startsWith(`PostgreSQL, ${k} worker`) && r.setup.endsWith(t));
    return one && mine ? `×${(one.ingestMs / mine.ingestMs).toFixed(2)}` : '–';
  };
  console.log(`  ${k}: ceiling ×${(ceiling.get(k)! / ceiling.get(1)!).toFixed(2)}; workers, extraction thread on ${worker('thread on')}, off ${worker('thread off')}`);
}
console.log('\nthe SQLite store with extractions kept, analysed again: copies (duplicates, derivations) on the analysis thread (baseline) / on a thread of their own, art/s (ratio)');
for (const { one, two } of copiesAB) console.log(`  ${rate(N, one)} / ${rate(N, two)} (${(one / two).toFixed(2)})`);
