// `parallax serve` killed (SIGKILL) while concurrent ingest requests run: the store stays
// consistent (whole articles, one search row each, nothing twice), and submitting the same
// documents to a restarted server completes the set.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { startCli, tempDir } from '../helpers/cli.js';
import { generateArticle, articleFile } from '../helpers/generate.js';
import { storeConsistency } from '../helpers/store-check.js';

async function serve(db: string): Promise<{ url: string; kill: () => Promise<void> }> {
  const child = startCli(['--db', db, 'serve', '--port', '0']);
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (b) => {
      err += b;
      const m = /serving .* at (http:\/\/\S+) /.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
  return { url, kill: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGKILL'))) };
}

const BATCHES = 6;
const PER_BATCH = 60;
const batch = (b: number) => Array.from({ length: PER_BATCH }, (_, i) => ({ name: `b${b}-${i}.txt`, content: articleFile(generateArticle(50_000 + b * PER_BATCH + i)) }));
const post = (url: string, b: number) => fetch(`${url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: batch(b) }) });

const check = storeConsistency;

describe('the server killed under concurrent ingest', () => {
  it('leaves a consistent store; resubmitting to a restarted server completes the set', async () => {
    const db = path.join(tempDir(), 'srv.db');
    const first = await serve(db);
    const accepted = await Promise.all(Array.from({ length: BATCHES }, (_, b) => post(first.url, b)));
    expect(accepted.every((r) => r.status === 202)).toBe(true);
    // Kill once some articles are in, while jobs are still queued or running.
    for (let t = 0; t < 400; t++) {
      await new Promise((r) => setTimeout(r, 25));
      const n = (() => {
        try {
          return check(db).articles;
        } catch {
          return 0;
        }
      })();
      if (n >= 20) break;
    }
    await first.kill();
    const after = check(db);
    expect(after.integrity).toBe('ok');
    expect(after.articles).toBeLessThan(BATCHES * PER_BATCH); // really killed mid-way
    expect(after).toMatchObject({ fts: after.articles, distinctHashes: after.articles, versions: after.articles });

    const second = await serve(db);
    const jobs = await Promise.all(Array.from({ length: BATCHES }, async (_, b) => ((await (await post(second.url, b)).json()) as { job: { id: string } }).job.id));
    for (const id of jobs) {
      for (;;) {
        const j = (await (await fetch(`${second.url}/api/v1/jobs/${id}`)).json()) as { status: string };
        if (j.status === 'done' || j.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await second.kill();
    expect(check(db)).toMatchObject({ integrity: 'ok', articles: BATCHES * PER_BATCH, fts: BATCHES * PER_BATCH, distinctHashes: BATCHES * PER_BATCH });
  }, 120_000);
});
