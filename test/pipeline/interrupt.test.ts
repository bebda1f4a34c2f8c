// A killed ingest leaves whole articles only, and running it again completes the batch.
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { startCli, runCli, tempDir } from '../helpers/cli.js';
import { generateArticle, articleFile } from '../helpers/generate.js';
import { storeConsistency } from '../helpers/store-check.js';

const N = 800;

const consistency = storeConsistency;

/** N generated articles as text files ("<prefix>0000.txt" …) in `corpus`, a folder inside a fresh `dir`. */
function writeCorpus(prefix: string, first: number): { dir: string; corpus: string } {
  const dir = tempDir();
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < N; i++) writeFileSync(path.join(corpus, `${prefix}${String(i).padStart(4, '0')}.txt`), articleFile(generateArticle(first + i)));
  return { dir, corpus };
}

async function countWhileRunning(dbFile: string): Promise<number> {
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or migrated yet
  }
}

describe('interrupted ingest', () => {
  it('SIGKILL mid-batch leaves a consistent store; a rerun stores exactly the rest', async () => {
    const { dir, corpus } = writeCorpus('a', 0);
    const dbFile = path.join(dir, 'kill.db');
    const child = startCli(['--db', dbFile, 'ingest', corpus, '--quiet']);
    const exited = new Promise((r) => child.on('exit', r));
    let seen = 0;
    for (let t = 0; t < 600 && seen < 40; t++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await countWhileRunning(dbFile);
    }
    child.kill('SIGKILL');
    await exited;
    const after = consistency(dbFile);
    expect(after.integrity).toBe('ok');
    expect(after.articles).toBeGreaterThanOrEqual(40);
    expect(after.articles).toBeLessThan(N); // really killed mid-batch
    expect(after.badVersions).toBe(0);
    expect(after.orphanVersions).toBe(0);
    expect(after.fts).toBe(after.articles);
    expect(after).toMatchObject({ orphanDerived: 0, badDerived: 0 });
    expect(after.derived).toBeLessThanOrEqual(after.articles);

    const rerun = await runCli(['--db', dbFile, 'ingest', corpus, '--json']);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout).summary;
    expect(summary.duplicates).toBe(after.articles);
    expect(summary.stored + summary.duplicates).toBe(N);
    const final = consistency(dbFile);
    expect(final).toMatchObject({ integrity: 'ok', articles: N, badVersions: 0, orphanVersions: 0, fts: N, distinctHashes: N, orphanDerived: 0, badDerived: 0 });
  }, 120_000);

  it('killed again and again at random points: consistent after every kill, complete after the last run', async () => {
    const { dir, corpus } = writeCorpus('b', 10_000);
    const dbFile = path.join(dir, 'kills.db');
    let seed = 20261122;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const kills: number[] = [];
    for (let round = 0; round < 5; round++) {
      const before = await countWhileRunning(dbFile);
      const target = before + 5 + Math.floor(random() * 60); // kill once this many articles are in
      const child = startCli(['--db', dbFile, 'ingest', corpus, '--quiet']);
      const exited = new Promise((r) => child.on('exit', r));
      let seen = before;
      for (let t = 0; t < 600 && seen < target; t++) {
        await new Promise((r) => setTimeout(r, 20 + Math.floor(random() * 40)));
        seen = await countWhileRunning(dbFile);
      }
      child.kill('SIGKILL');
      await exited;
      const c = consistency(dbFile);
      expect(c).toMatchObject({ integrity: 'ok', badVersions: 0, orphanVersions: 0, fts: c.articles, distinctHashes: c.articles, orphanDerived: 0, badDerived: 0 });
      expect(c.articles).toBeGreaterThanOrEqual(before);
      kills.push(c.articles);
    }
    expect(kills[kills.length - 1]).toBeLessThan(N); // every kill landed mid-batch
    const rerun = await runCli(['--db', dbFile, 'ingest', corpus, '--json']);
    expect(rerun.code).toBe(0);
    expect(consistency(dbFile)).toMatchObject({ integrity: 'ok', articles: N, badVersions: 0, orphanVersions: 0, fts: N, distinctHashes: N });
  }, 180_000);

  it('SIGKILL while an analysis writes extractions: consistent store, and the rerun report equals a clean run', async () => {
    const { dir, corpus } = writeCorpus('c', 20_000);
    const dbFile = path.join(dir, 'analysis.db');
    const clean = path.join(dir, 'clean.db');
    for (const db of [dbFile, clean]) expect((await runCli(['--db', db, 'ingest', corpus, '--quiet', '--no-extract'])).code).toBe(0);
    // The report extracts and keeps in batches of 500: kill it once the first batch is in.
    const child = startCli(['--db', dbFile, 'report', '--out', path.join(dir, 'killed.json')]);
    const exited = new Promise((r) => child.on('exit', r));
    let kept = 0;
    for (let t = 0; t < 1200 && kept === 0; t++) {
      await new Promise((r) => setTimeout(r, 25));
      kept = consistency(dbFile).derived;
    }
    child.kill('SIGKILL');
    await exited;
    const c = consistency(dbFile);
    expect(c).toMatchObject({ integrity: 'ok', articles: N, badVersions: 0, orphanVersions: 0, fts: N, orphanDerived: 0, badDerived: 0 });
    expect(c.derived).toBeGreaterThan(0);
    expect(c.derived).toBeLessThan(N); // killed before the analysis had kept them all
    const rerun = await runCli(['--db', dbFile, 'report', '--out', path.join(dir, 'rerun.json')]);
    const fresh = await runCli(['--db', clean, 'report', '--out', path.join(dir, 'clean.json')]);
    expect([rerun.code, fresh.code]).toEqual([0, 0]);
    expect(consistency(dbFile)).toMatchObject({ derived: N, orphanDerived: 0, badDerived: 0 });
    expect(readFileSync(path.join(dir, 'rerun.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'clean.json'), 'utf8'));
  }, 180_000);
});
