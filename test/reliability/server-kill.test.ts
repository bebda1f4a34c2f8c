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

/** Every batch submitted to the server, then each job polled until it ends. */
async function submitAllAndWait(url: string): Promise<void> {
  const jobs = await Promise.all(Array.from({ length: BATCHES }, async (_, b) => ((await (await post(url, b)).json()) as { job: { id: string } }).job.id));
  for (const id of jobs) {
    for (;;) {
      const j = (await (await fetch(`${url}/api/v1/jobs/${id}`)).json()) as { status: string };
      if (j.status === 'done' || j.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

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
    await submitAllAndWait(second.url);
    await second.kill();
    expect(check(db)).toMatchObject({ integrity: 'ok', articles: BATCHES * PER_BATCH, fts: BATCHES * PER_BATCH, distinctHashes: BATCHES * PER_BATCH });
  }, 120_000);

  it('killed again and again at seeded random points, mid-ingest and mid-analysis: consistent after every kill, complete after the last run', async () => {
    const db = path.join(tempDir(), 'kills.db');
    let seed = 20261123;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const count = () => {
      try {
        return check(db).articles;
      } catch {
        return 0; // not created yet
      }
    };
    const counts: number[] = [];
    for (let round = 0; round < 4; round++) {
      const before = count();
      const target = before + 5 + Math.floor(random() * 40);
      const srv = await serve(db);
      for (let b = 0; b < BATCHES; b++) expect((await post(srv.url, b)).status).toBe(202);
      // Reads meanwhile, so that analyses (which keep extractions in the store) run when the kill lands.
      const reads = (async () => {
        for (let i = 0; i < 50; i++) {
          const r = await fetch(`${srv.url}/api/v1/storylines`).catch(() => null);
          if (!r) return;
          await r.arrayBuffer();
        }
      })();
      for (let t = 0; t < 400 && count() < target; t++) await new Promise((r) => setTimeout(r, 10 + Math.floor(random() * 30)));
      await srv.kill();
      await reads;
      const c = check(db);
      expect(c).toMatchObject({ integrity: 'ok', fts: c.articles, distinctHashes: c.articles, versions: c.articles, orphanDerived: 0, badDerived: 0 });
      expect(c.derived).toBeLessThanOrEqual(c.articles);
      counts.push(c.articles);
    }
    expect(counts[counts.length - 1]).toBeLessThan(BATCHES * PER_BATCH); // every kill landed mid-way
    const last = await serve(db);
    await submitAllAndWait(last.url);
    // The restarted server's analysis covers every article, whatever earlier kills interrupted.
    expect((await fetch(`${last.url}/api/v1/storylines`)).status).toBe(200);
    const health = (await (await fetch(`${last.url}/api/v1/health`)).json()) as { analysis: { articles: number } };
    expect(health.analysis.articles).toBe(BATCHES * PER_BATCH);
    await last.kill();
    expect(check(db)).toMatchObject({ integrity: 'ok', articles: BATCHES * PER_BATCH, fts: BATCHES * PER_BATCH, distinctHashes: BATCHES * PER_BATCH, orphanDerived: 0, badDerived: 0 });
  }, 240_000);
});
