// The server with a queue: ingest requests are enqueued on Redis and run by a worker; the API
// reports the job from the queue and the analysis sees the new articles.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { BullQueue, startWorker } from '../../src/queue/bullmq.js';
import { createApp } from '../../src/server/app.js';
import { tempDir } from '../helpers/cli.js';
import { REDIS } from '../queue/redis.js';

describe('parallax serve with --queue', () => {
  it.each([['whole', false], ['live', true]] as const)('enqueues ingest, a worker runs it, the job and the new storyline are served (%s analysis)', async (_mode, live) => {
    const store = new SqliteStore(path.join(tempDir(), 'qm.db'));
    const prefix = `parallax-test-${randomUUID()}`;
    const queue = new BullQueue(REDIS, { prefix });
    const { app } = createApp(store, { queue, live, eager: live });
    const worker = startWorker(store, REDIS, { prefix });
    try {
      const body = JSON.stringify({ documents: [{ name: 'pilots.txt', content: 'Harbour pilots in Port Alden walked out on Monday over pay, halting the ferries to Tarnbridge for the whole day.' }] });
      const res = await app.request('/api/v1/ingest', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(202);
      const { job } = await res.json();
      let view = job;
      for (let i = 0; i < 100 && view.status !== 'done' && view.status !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        view = await (await app.request(`/api/v1/jobs/${job.id}`)).json();
      }
      expect(view).toMatchObject({ status: 'done', summary: { stored: 1 } });
      const storylines = await (await app.request('/api/v1/storylines')).json();
      expect(storylines.total).toBe(1);
    } finally {
      await worker.close();
      await queue.close();
      await store.close();
    }
  });
});
