// One ingest job run in-process: each rejected item is named as docs/input-formats.md
// "Sources named in output" says, the line number once.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { runIngestJob } from '../../src/queue/run.js';
import { generateArticle } from '../helpers/generate.js';
import { tempDir } from '../helpers/cli.js';

const line = (i: number) => JSON.stringify({ title: generateArticle(i).title, text: generateArticle(i).text });
const doc = (name: string, content: string) => ({ name, content: new TextEncoder().encode(content) });

describe('runIngestJob: rejected sources', () => {
  it.each([
    ['a bad second line', doc('w.jsonl', `${line(1)}\n{oops\n`), ['upload:w.jsonl:2']],
    ['two bad lines', doc('mixed.jsonl', `{bad\n${line(2)}\n[]\n`), ['upload:mixed.jsonl:1', 'upload:mixed.jsonl:3']],
    ['an empty file (no line)', doc('empty.txt', ' \n'), ['upload:empty.txt']],
  ])('%s', async (_what, document, sources) => {
    const store = new SqliteStore(path.join(tempDir(), 'job.db'));
    const result = await runIngestJob(store, { urls: [], documents: [document], allowPrivate: false }, undefined, null);
    expect(result.rejected.map((r) => r.source)).toEqual(sources);
    await store.close();
  });
});
