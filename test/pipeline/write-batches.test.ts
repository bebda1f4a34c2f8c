// Articles are written WRITE_CHUNK to a transaction whatever source they come from: a
// directory of text files is not one transaction per file. Outcomes and problems still come
// in source order, an unreadable file among them included.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest, WRITE_CHUNK } from '../../src/pipeline/ingest.js';
import { generateArticle } from '../helpers/generate.js';
import { tempDir } from '../helpers/cli.js';

/** n text files a000.txt … in a new directory, file `bad` (if given) empty of text. */
function textDir(n: number, bad?: number): string {
  const dir = path.join(tempDir(), 'texts');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const a = generateArticle(i);
    writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), i === bad ? '\u0000\u0001\u0002' : `${a.title}\n\n${a.text}`);
  }
  return dir;
}

describe('ingest writes across sources', () => {
  it('stores 150 text files in two writes of at most WRITE_CHUNK, in file order', async () => {
    const store = new SqliteStore(path.join(tempDir(), 'batches.db'));
    const real = store.putArticles.bind(store);
    const sizes: number[] = [];
    store.putArticles = async (drafts) => (sizes.push(drafts.length), real(drafts));
    const run = await ingest(store, [textDir(WRITE_CHUNK + 50)], { extractThread: null });
    expect(sizes).toEqual([WRITE_CHUNK, 50]);
    expect(run.summary).toMatchObject({ sources: WRITE_CHUNK + 50, stored: WRITE_CHUNK + 50, rejected: 0 });
    expect(run.outcomes.map((o) => path.basename(o.source))).toEqual(Array.from({ length: WRITE_CHUNK + 50 }, (_, i) => `a${String(i).padStart(3, '0')}.txt`));
    await store.close();
  });

  it('reports a file that cannot be read in its place among the others', async () => {
    const store = new SqliteStore(path.join(tempDir(), 'order.db'));
    const run = await ingest(store, [textDir(30, 12)], { extractThread: null });
    expect(run.summary).toMatchObject({ stored: 29, rejected: 1 });
    const at = run.outcomes.findIndex((o) => o.status === 'rejected');
    expect(at).toBe(12);
    expect(path.basename(run.outcomes[at]!.source)).toBe('a012.txt');
    expect(run.outcomes.map((o) => path.basename(o.source))).toEqual(Array.from({ length: 30 }, (_, i) => `a${String(i).padStart(3, '0')}.txt`));
    await store.close();
  });
});
