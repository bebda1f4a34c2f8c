// The database failing under an ingest (connection lost, file locked, disk full) is no fault of
// the article being written: the ingest stops with a StoreError 'unavailable' naming where it
// stopped (a queued job is then retried) instead of rejecting article after article; what was
// written before stays. A write that fails for the article alone is still a rejection.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { StoreError, storeUnavailable } from '../../src/store/types.js';
import { ingest, WRITE_CHUNK } from '../../src/pipeline/ingest.js';
import { generateArticle } from '../helpers/generate.js';
import { tempDir } from '../helpers/cli.js';

function batchFile(n: number): string {
  const file = path.join(tempDir(), 'batch.jsonl');
  writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify(generateArticle(i))).join('\n') + '\n');
  return file;
}

const errorWith = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('the store failing under an ingest', () => {
  it.each([
    ['a lost PostgreSQL session', errorWith('57P01', 'terminating connection due to administrator command')],
    ['a reset socket', errorWith('ECONNRESET', 'read ECONNRESET')],
    ['a locked SQLite file', errorWith('SQLITE_BUSY', 'database is locked')],
    ['a full disk', errorWith('SQLITE_FULL', 'database or disk is full')],
    ['a connection ended by the server', new Error('Connection terminated unexpectedly')],
  ])('%s stops the ingest after what was written; nothing is rejected', async (_name, failure) => {
    expect(storeUnavailable(failure)).toBe(true);
    const store = new SqliteStore(path.join(tempDir(), 'down.db'));
    const real = store.putArticles.bind(store);
    let calls = 0;
    store.putArticles = async (drafts) => (++calls === 2 ? drafts.map(() => failure) : real(drafts));
    const run = ingest(store, [batchFile(WRITE_CHUNK + 20)], { extractThread: null });
    await expect(run).rejects.toBeInstanceOf(StoreError);
    await expect(run).rejects.toMatchObject({ code: 'unavailable' });
    await expect(run).rejects.toThrow(/run the ingest again/);
    expect(await store.countArticles()).toBe(WRITE_CHUNK);
    await store.close();
  });

  it("a write failing for the article alone is that article's rejection; the others are stored", async () => {
    const store = new SqliteStore(path.join(tempDir(), 'one.db'));
    const real = store.putArticles.bind(store);
    store.putArticles = async (drafts) => (await real(drafts)).map((r, i) => (i === 3 ? new Error('CHECK constraint failed: text') : r));
    const run = await ingest(store, [batchFile(10)], { extractThread: null });
    expect(storeUnavailable(new Error('CHECK constraint failed: text'))).toBe(false);
    expect(run.summary).toMatchObject({ stored: 9, rejected: 1, rejectedByReason: { 'store-failed': 1 } });
    await store.close();
  });
});
