// The database connection killed mid-job: a worker writing to PostgreSQL has every connection
// of its pool terminated by the server (pg_terminate_backend) while the job waits on a URL.
// The job still ends (the pool reconnects, or the job is retried); every article is in the store
// exactly once, the change log has one entry per article, and the analysis of the store equals
// the analysis of the same job run on a fresh database without the kill.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { BullQueue, startWorker } from '../../src/queue/bullmq.js';
import { analyzeStored } from '../../src/analyze/stored.js';
import { settled } from './contract.js';
import { REDIS } from './redis.js';

const HOST = process.env.PARALLAX_TEST_PG_HOST ?? '/var/run/postgresql';
const PAGE = '<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1><p>Harbour pilots in Port Alden returned to work on Wednesday after the port authority agreed to review their pay, and the first ferry left for Tarnbridge at noon, the authority said.</p><p>Passengers who had waited two days were given priority on the afternoon crossings, officials added.</p></article></body></html>';
const DOCS = [
  { name: 'a.txt', content: new TextEncoder().encode('Port Alden harbour pilots began a strike over pay on Monday, halting ferries to Tarnbridge.') },
  { name: 'b.txt', content: new TextEncoder().encode('The Tarnbridge crossing reopened on Tuesday after repairs to its northern span, the works office said.') },
];

let admin: pg.Client;
const created: string[] = [];
let server: Server;
/** Answers the page once `open` is set; until then a request waits (the job is mid-way). */
let release: (() => void) | null = null;
let requests = 0;

beforeAll(async () => {
  admin = new pg.Client({ host: HOST, database: 'postgres', user: process.env.PGUSER ?? userInfo().username });
  await admin.connect();
  server = createServer((_req, res) => {
    requests++;
    const answer = () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (release === null) return answer();
    const before = release;
    release = () => (before(), answer());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

async function freshStore(): Promise<{ store: PostgresStore; name: string }> {
  const name = `parallax_test_kill_${process.pid}_${created.length}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  created.push(name);
  return { store: await PostgresStore.connect({ host: HOST, database: name }), name };
}

/** Runs the job on a worker over `store`; `midway` runs while the job waits on the URL. */
async function runJob(store: PostgresStore, midway: () => Promise<void>): Promise<Awaited<ReturnType<typeof settled>>> {
  const prefix = `parallax-test-${randomUUID()}`;
  const queue = new BullQueue(REDIS, { prefix });
  const worker = startWorker(store, REDIS, { prefix });
  try {
    let reached!: () => void;
    const waiting = new Promise<void>((r) => (reached = r));
    release = () => {};
    const first = requests;
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ferry`;
    const job = await queue.submit({ urls: [url], documents: DOCS, allowPrivate: true });
    const poll = setInterval(() => requests > first && reached(), 10);
    await waiting;
    clearInterval(poll);
    await midway();
    const go = release;
    release = null;
    go();
    return await settled(queue, job.id, 30_000);
  } finally {
    await worker.close();
    await queue.close();
  }
}

describe('the database connection killed mid-job', () => {
  it('the job ends; every article once; the analysis equals a clean run', { timeout: 90_000 }, async () => {
    const clean = await freshStore();
    expect((await runJob(clean.store, async () => {})).status).toBe('done');

    const killed = await freshStore();
    const done = await runJob(killed.store, async () => {
      const { rows } = await admin.query('SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1', [killed.name]);
      expect(rows.length).toBeGreaterThan(0); // the worker's connections were there, and are gone
    });
    expect(done.status).toBe('done');
    const versions = await killed.store.articleVersions();
    expect(versions).toHaveLength(3);
    expect(new Set(versions.map((v) => v.id)).size).toBe(3);
    expect(Number((await killed.store.pool.query('SELECT count(*) AS n FROM article_versions')).rows[0].n)).toBe(3);
    expect((await killed.store.changesSince(0)).map((c) => c.id).sort()).toEqual(versions.map((v) => v.id).sort());
    const report = await analyzeStored(killed.store, await killed.store.getArticles());
    expect(report).toEqual(await analyzeStored(clean.store, await clean.store.getArticles()));
    await Promise.all([clean.store.close(), killed.store.close()]);
  });
});
