// The job-queue contract: every IngestQueue implementation runs this same suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { IngestQueue, JobView } from '../../src/queue/types.js';
import { tempDir } from '../helpers/cli.js';

export interface QueueUnderTest {
  queue: IngestQueue;
  close(): Promise<void>;
}

const text = (s: string) => new TextEncoder().encode(s);
const DOCS = [
  { name: 'harbour.txt', content: text('Harbour pilots in Port Alden walked out on Monday over pay, halting the ferries to Tarnbridge for the day.') },
  { name: 'bridge.md', content: text('# Bridge reopens\n\nThe Tarnbridge crossing reopened on Tuesday after repairs to its northern span, the works office said.') },
];

/** Polls until the job has ended (the BullMQ worker runs elsewhere). */
export async function settled(queue: IngestQueue, id: string, timeoutMs = 20_000): Promise<JobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await queue.idle();
    const job = await queue.get(id);
    if (job && (job.status === 'done' || job.status === 'failed')) return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${job?.status ?? 'missing'} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function queueContract(name: string, make: (store: SqliteStore) => Promise<QueueUnderTest>): void {
  describe(`IngestQueue contract: ${name}`, () => {
    let store: SqliteStore;
    let q: QueueUnderTest;
    beforeEach(async () => {
      store = new SqliteStore(path.join(tempDir(), 'q.db'));
      q = await make(store);
    });
    afterEach(async () => {
      await q.close();
      await store.close();
    });

    it('runs a job to its end: documents stored under their names, progress and summary', async () => {
      let stored = 0;
      q.queue.onStored(() => stored++);
      const job = await q.queue.submit({ urls: [], documents: DOCS, allowPrivate: false });
      expect(job.status).toBe('queued');
      expect(job.total).toBe(2);
      const done = await settled(q.queue, job.id);
      expect(done).toMatchObject({ status: 'done', done: 2, total: 2, summary: { stored: 2, rejected: 0 }, error: null });
      expect(done.attempts).toBeGreaterThanOrEqual(1);
      expect(done.stored.map((s) => s.source).sort()).toEqual(['upload:bridge.md', 'upload:harbour.txt']);
      expect(await store.countArticles()).toBe(2);
      // Each stored article's extraction is kept with it (names, quotes, figures, dates).
      expect((await store.getDerived('extraction', done.stored.map((s) => s.id))).size).toBe(2);
      const until = Date.now() + 5000;
      while (!stored && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(stored).toBeGreaterThan(0);
    });

    it('one bad document is rejected and named; the others are stored', async () => {
      const job = await q.queue.submit({ urls: ['http://127.0.0.1:9/nothing'], documents: [...DOCS, { name: 'empty.txt', content: text('   ') }], allowPrivate: false });
      const done = await settled(q.queue, job.id);
      expect(done.status).toBe('done');
      expect(done.summary).toMatchObject({ stored: 2, rejected: 2 });
      expect(done.rejected.map((r) => r.source).sort()).toEqual(['http://127.0.0.1:9/nothing', 'upload:empty.txt']);
    });

    it('the same job twice stores nothing twice', async () => {
      await settled(q.queue, (await q.queue.submit({ urls: [], documents: DOCS, allowPrivate: false })).id);
      const again = await settled(q.queue, (await q.queue.submit({ urls: [], documents: DOCS, allowPrivate: false })).id);
      expect(again.summary).toMatchObject({ stored: 0, duplicates: 2 });
      expect(await store.countArticles()).toBe(2);
    });

    it('an unknown job id is undefined', async () => {
      expect(await q.queue.get('no-such-job')).toBeUndefined();
    });
  });
}
