// Extraction at ingest on the extraction thread: the rows kept are the ones this thread would
// write; a thread that fails leaves the work to this thread; a store that cannot keep the rows
// leaves the articles stored and names the source in a warning.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { ExtractThread } from '../../src/analyze/extract-thread.js';
import { extractionJson, extractionKey, parseStoredExtraction } from '../../src/analyze/stored-extractions.js';
import { extractArticle } from '../../src/6-extract/index.js';
import { generateArticle } from '../helpers/generate.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-writer-'));
const openStore = (name: string) => new SqliteStore(path.join(dir, `${name}.db`));
/** 250 generated articles as one JSON Lines file: two full chunks of 100 and a part-chunk. */
const file = path.join(dir, 'batch.jsonl');
writeFileSync(file, Array.from({ length: 250 }, (_, i) => JSON.stringify(generateArticle(i))).join('\n') + '\n');

/** The real thread, counting the chunks it is handed. */
class Counting extends ExtractThread {
  chunks = 0;
  override extract(items: Parameters<ExtractThread['extract']>[0]): Promise<string[]> {
    this.chunks++;
    return super.extract(items);
  }
}
const thread = new Counting();
afterAll(() => thread.close());

async function rowsOf(store: SqliteStore): Promise<Array<[string, string, string]>> {
  const ids = (await store.articleVersions()).map((v) => v.id);
  return [...(await store.getDerived('extraction', ids)).values()].map((r) => [r.id, r.key, r.data] as [string, string, string]).sort((a, b) => a[0].localeCompare(b[0]));
}

describe('ExtractionWriter through ingest', () => {
  it('keeps the same rows with the thread as without, one per stored article', { timeout: 60_000 }, async () => {
    const [threaded, here] = [openStore('threaded'), openStore('here')];
    const a = await ingest(threaded, [file], { extract: true, extractThread: thread });
    const b = await ingest(here, [file], { extract: true, extractThread: null });
    expect(a.summary.stored).toBeGreaterThan(200);
    expect(a.summary).toEqual(b.summary);
    const rows = await rowsOf(threaded);
    expect(rows).toHaveLength(a.summary.stored);
    expect(rows).toEqual(await rowsOf(here));
    // Each row is this version's extraction, as made here.
    const one = (await threaded.getArticles([rows[0]![0]]))[0]!;
    expect(rows[0]!.slice(1)).toEqual([extractionKey(one), extractionJson(one)]);
    expect(parseStoredExtraction(rows[0]![2] as string, one.text)).toEqual(extractArticle(one.text, one.publishedAt));
    expect(a.problems.filter((p) => p.code === 'extract-failed')).toEqual([]);
    expect(thread.chunks).toBeGreaterThan(0);
    await Promise.all([threaded.close(), here.close()]);
  });

  it("the thread's answers are let in between chunks: an ingest whose writes never wait still hands every chunk to a thread that keeps up", { timeout: 60_000 }, async () => {
    // Answers as a message would come: a macrotask, which a loop of awaits that resolve at once never lets run.
    class Prompt extends ExtractThread {
      chunks = 0;
      override extract(items: Parameters<ExtractThread['extract']>[0]): Promise<string[]> {
        this.chunks++;
        const json = items.map(extractionJson);
        return new Promise((resolve) => setTimeout(() => resolve(json), 0));
      }
    }
    const prompt = new Prompt();
    const store = openStore('prompt');
    const run = await ingest(store, [file], { extract: true, extractThread: prompt });
    // 250 stored: two full chunks and a part-chunk, every one on the thread.
    expect([run.summary.stored, prompt.chunks]).toEqual([250, 3]);
    expect((await rowsOf(store)).length).toBe(250);
    await store.close();
  });

  it('a thread that fails leaves its chunks to this thread: every row is kept, no warning', { timeout: 60_000 }, async () => {
    class Failing extends ExtractThread {
      override extract(): Promise<string[]> {
        return Promise.reject(new Error('thread gone'));
      }
    }
    const store = openStore('failing');
    const run = await ingest(store, [file], { extract: true, extractThread: new Failing() });
    expect((await rowsOf(store)).length).toBe(run.summary.stored);
    expect(run.problems.filter((p) => p.code === 'extract-failed')).toEqual([]);
    await store.close();
  });

  it('a store that cannot keep the rows: the articles stay stored, the source is named in a warning', { timeout: 60_000 }, async () => {
    const store = openStore('full');
    store.putDerived = () => Promise.reject(new Error('disk full'));
    const run = await ingest(store, [file], { extract: true, extractThread: thread });
    expect(run.summary.stored).toBe(await store.countArticles());
    const warnings = run.problems.filter((p) => p.code === 'extract-failed');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.source === file && w.severity === 'warning' && /disk full/.test(w.message))).toBe(true);
    await store.close();
  });

  it('a process waits for the thread while it works (nothing else alive), and exits once it is idle', { timeout: 60_000 }, () => {
    const module = pathToFileURL(fileURLToPath(new URL('../../src/analyze/extract-thread.ts', import.meta.url))).href;
    const script = path.join(dir, 'wait.mts');
    writeFileSync(script, `import { sharedExtractThread } from ${JSON.stringify(module)};\nconst json = await sharedExtractThread().extract(Array.from({ length: 50 }, (_, i) => ({ text: 'Pilots at Port Alden struck on Thursday, Mara Quist said. ' + i, publishedAt: null })));\nconsole.log(json.length);\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 45_000, cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    expect([run.status, run.stdout.trim()]).toEqual([0, '50']);
  });
});
