// A worker killed mid-job (SIGKILL, while it waits on a slow URL): the job is redelivered to
// another worker and ends; every article is in the store exactly once.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { BullQueue, startWorker } from '../../src/queue/bullmq.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { settled } from './contract.js';
import { REDIS } from './redis.js';

const PAGE = '<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1><p>Harbour pilots in Port Alden returned to work on Wednesday after the port authority agreed to review their pay, and the first ferry left for Tarnbridge at noon, the authority said.</p><p>Passengers who had waited two days were given priority on the afternoon crossings, officials added.</p></article></body></html>';

let server: Server;
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('a worker killed mid-job', () => {
  it('loses nothing and stores nothing twice: the job is redelivered and ends', async () => {
    let requests = 0;
    let hung!: () => void;
    const firstRequest = new Promise<void>((r) => (hung = r));
    server = createServer((req, res) => {
      requests++;
      if (requests === 1) return hung(); // the first fetch never gets an answer: the worker dies waiting
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ferry`;

    const db = path.join(tempDir(), 'crash.db');
    const prefix = `parallax-test-${randomUUID()}`;
    const queue = new BullQueue(REDIS, { prefix });
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/queue/worker-child.ts'), db, REDIS, prefix], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const docs = [
      { name: 'a.txt', content: new TextEncoder().encode('Port Alden harbour pilots began a strike over pay on Monday, halting ferries to Tarnbridge.') },
      { name: 'b.txt', content: new TextEncoder().encode('The Tarnbridge crossing reopened on Tuesday after repairs to its northern span, the works office said.') },
    ];
    const job = await queue.submit({ urls: [url], documents: docs, allowPrivate: true });
    await firstRequest; // the child has stored the two documents and is waiting on the URL
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const store = new SqliteStore(db);
    expect(await store.countArticles()).toBe(2); // whole articles only, written before the crash
    const worker = startWorker(store, REDIS, { prefix, lockDuration: 1000, stalledInterval: 500 });
    const done = await settled(queue, job.id, 30_000);
    expect(done.status).toBe('done');
    expect(done.summary).toMatchObject({ stored: 1, duplicates: 2, rejected: 0 });
    expect(await store.countArticles()).toBe(3);
    expect(requests).toBe(2);
    await worker.close();
    await queue.close();
    await store.close();
  });
});
