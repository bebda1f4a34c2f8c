// Load on the API over loopback (issue 8): autocannon, 10 connections, 10 s per row, against
// `parallax serve` over the fixture corpus. Baseline, in the same run: GET /api/v1/health
// (no analysis). Then the reads people make (storylines, one storyline's comparison, one
// article), idle and while an ingest job of 300 generated articles runs (which makes the
// analysis be redone). Prints requests/s, p99 latency, non-2xx answers and errors.
// Run: node --import tsx bench/load.ts (env BENCH_SECONDS to change the duration)
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ingest } from '../src/pipeline/ingest.js';
import { startServer } from '../src/server/node.js';
import { Corpus } from './corpus.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-load-'));
const db = path.join(dir, 'load.db');
const fixtures = path.join(import.meta.dirname, '../test/fixtures/corpus');
const store = new SqliteStore(db);
await ingest(store, ['text', 'html'].flatMap((d) => readdirSync(path.join(fixtures, d)).map((f) => path.join(fixtures, d, f))));
await store.close();

// Generous write limit: the load is on reads; one ingest is submitted by hand.
const server = await startServer({ db, port: 0, writeLimit: { burst: 100, perMinute: 600 } });
const get = async (p: string) => (await fetch(server.url + p)).json() as Promise<Record<string, unknown>>;
const storylines = (await get('/api/v1/storylines')) as { items: Array<{ id: string; articles: number }> };
const sid = [...storylines.items].sort((a, b) => b.articles - a.articles)[0]!.id;
const aid = ((await get('/api/v1/articles?limit=1')) as { items: Array<{ id: string }> }).items[0]!.id;

interface Row {
  name: string;
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
}
async function load(name: string, paths: string[]): Promise<Row> {
  const r = await autocannon({ url: server.url, connections: 10, duration: SECONDS, requests: paths.map((p) => ({ method: 'GET', path: p })) });
  return { name, rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

const rows: Row[] = [];
try {
  rows.push(await load('GET /api/v1/health (baseline)', ['/api/v1/health']));
  const reads = ['/api/v1/storylines', `/api/v1/storylines/${sid}`, `/api/v1/articles/${aid}`];
  rows.push(await load('storylines, a comparison, an article: idle', reads));
  // An ingest job of generated articles, submitted as JSON documents, runs during the next row.
  const corpus = new Corpus(300, 3, 11);
  const documents = [...corpus.batches(0, 300, 300)].flat().map((a, i) => ({ name: `gen-${i}.txt`, content: `${a.title}\n\n${a.text}` }));
  const res = await fetch(`${server.url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents }) });
  if (res.status !== 202) throw new Error(`ingest answered ${res.status}`);
  const { job } = (await res.json()) as { job: { id: string } };
  rows.push(await load('the same reads while 300 articles are ingested', reads));
  const during = (await get(`/api/v1/jobs/${job.id}`)) as { status: string; done: number; total: number };
  console.log(`ingest job at the end of the row: ${during.status}, ${during.done} of ${during.total} sources`);
  for (let v = during; v.status !== 'done' && v.status !== 'failed'; v = (await get(`/api/v1/jobs/${job.id}`)) as typeof during) await new Promise((r) => setTimeout(r, 200));
  const t0 = performance.now();
  await get('/api/v1/storylines');
  console.log(`after the job: first read (the analysis redone over ${300 + 9} articles) ${Math.round(performance.now() - t0)} ms`);
} finally {
  await server.close();
}

console.log(`\nAPI load, autocannon, 10 connections, ${SECONDS} s a row, loopback, Node ${process.version}`);
console.log('| requests | req/s (ratio to baseline) | p99 latency ms | non-2xx | errors |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.rps)} (${(r.rps / rows[0]!.rps).toFixed(2)}) | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
