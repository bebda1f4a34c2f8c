import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { StoreError } from '../../src/store/types.js';
import { storeContract } from './contract.js';
import { draft } from '../helpers/draft.js';

const tmpDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'parallax-')), 'test.db');

storeContract('sqlite', async () => new SqliteStore(tmpDb()));

describe('SqliteStore specifics', () => {
  it('uses WAL and records applied migrations', async () => {
    const file = tmpDb();
    const store = new SqliteStore(file);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Savepoint journals in memory (2), a 64 MiB page cache.
    expect(store.db.pragma('temp_store', { simple: true })).toBe(2);
    expect(store.db.pragma('cache_size', { simple: true })).toBe(-65536);
    const versions = store.db.prepare('SELECT version FROM schema_migrations').pluck().all();
    expect(versions).toEqual([1, 2, 3, 4]);
    await store.close();
    // Reopening applies nothing twice.
    const again = new SqliteStore(file);
    expect(again.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(4);
    await again.close();
  });

  it('upgrades a version-1 store in place: the new table appears, stored articles stay', async () => {
    const file = tmpDb();
    const store = new SqliteStore(file);
    const put = await store.putArticle(draft({ text: 'Kept across the upgrade.' }));
    store.db.exec('DROP TABLE article_derived');
    store.db.prepare('DELETE FROM schema_migrations WHERE version = 2').run();
    await store.close();
    const again = new SqliteStore(file);
    expect(again.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2, 3, 4]);
    expect((await again.getArticle(put.id))?.text).toBe('Kept across the upgrade.');
    await again.putDerived('extraction', [{ id: put.id, key: 'k', data: '{}' }]);
    expect((await again.getDerived('extraction', [put.id])).get(put.id)?.key).toBe('k');
    await again.close();
  });

  it('upgrades a store made before the change log: each article is logged once, at its latest version, in ingest order', async () => {
    const file = tmpDb();
    const store = new SqliteStore(file);
    const a = await store.putArticle(draft({ text: 'Dredger arrives in Calloway Sound.', url: 'https://x.example/dredger' }));
    const b = await store.putArticle(draft({ text: 'Fishing quota cut in Calloway Sound.' }));
    await store.putArticle(draft({ text: 'Dredger leaves Calloway Sound.', url: 'https://x.example/dredger' }));
    store.db.exec('DROP TABLE article_changes');
    store.db.prepare('DELETE FROM schema_migrations WHERE version = 3').run();
    await store.close();
    const again = new SqliteStore(file);
    expect((await again.changesSince(0)).map(({ id, version }) => [id, version])).toEqual([[a.id, 2], [b.id, 1]]);
    const c = await again.putArticle(draft({ text: 'Harbour master resigns.' }));
    expect((await again.changesSince(await again.lastChange() - 1)).map((x) => x.id)).toEqual([c.id]);
    await again.close();
  });

  // FTS5's own check of an external-content index against what it reads (throws when they differ).
  const ftsIntact = (store: SqliteStore) => store.db.prepare("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)").run();
  const hits = async (store: SqliteStore, q: string) => (await store.search(q, { limit: 10, offset: 0 })).items.map((h) => h.id);

  it('keeps no copy of the text in the full-text index, which follows new versions and deletions', async () => {
    const store = new SqliteStore(tmpDb());
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'article_fts%'").pluck().all();
    expect(tables).not.toContain('article_fts_content');
    const a = await store.putArticle(draft({ text: 'Dredger arrives in Calloway Sound.', url: 'https://x.example/dredger' }));
    const b = await store.putArticle(draft({ title: null, text: 'Fishing quota cut in Calloway Sound.' }));
    await store.putArticle(draft({ title: 'Harbour reopens', text: 'Dredger leaves Calloway Sound.', url: 'https://x.example/dredger' }));
    ftsIntact(store);
    expect(await hits(store, 'leaves')).toEqual([a.id]);
    expect(await hits(store, 'arrives')).toEqual([]);
    expect(await hits(store, 'harbour')).toEqual([a.id]);
    expect((await store.search('quota', { limit: 10, offset: 0 })).items[0]?.snippet).toBe('Fishing [quota] cut in Calloway Sound.');
    expect(await store.deleteArticle(b.id)).toBe(b.id);
    ftsIntact(store);
    expect(await hits(store, 'calloway')).toEqual([a.id]);
    expect(store.db.prepare('SELECT count(*) FROM article_fts_docsize').pluck().get()).toBe(1);
    await store.close();
  });

  it('upgrades a store whose index held its own copy: rebuilt from the versions, searchable as before', async () => {
    const file = tmpDb();
    const store = new SqliteStore(file);
    const a = await store.putArticle(draft({ text: 'Dredger arrives in Calloway Sound.', url: 'https://x.example/dredger' }));
    const b = await store.putArticle(draft({ title: null, text: 'Fishing quota cut in Calloway Sound.' }));
    await store.putArticle(draft({ text: 'Dredger leaves Calloway Sound.', url: 'https://x.example/dredger' }));
    // The index as migration 1 made it, filled as the code before migration 4 filled it.
    const latest = store.db.prepare('SELECT id, title, text FROM article_fts_source').raw().all() as Array<[number, string | null, string]>;
    store.db.exec("DROP TABLE article_fts; DROP VIEW article_fts_source; CREATE VIRTUAL TABLE article_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')");
    for (const [rowid, title, text] of latest) store.db.prepare('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)').run(rowid, title ?? '', text);
    store.db.prepare('DELETE FROM schema_migrations WHERE version = 4').run();
    await store.close();
    const again = new SqliteStore(file);
    expect(again.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(4);
    ftsIntact(again);
    expect(await hits(again, 'leaves')).toEqual([a.id]);
    expect(await hits(again, 'quota')).toEqual([b.id]);
    expect(await hits(again, 'arrives')).toEqual([]);
    await again.close();
  });

  it.each([
    ['a missing directory', (dir: string) => path.join(dir, 'no/such/dir/x.db'), /directory does not exist/],
    ['a file that is not a database', (dir: string) => (writeFileSync(path.join(dir, 'notes.txt'), 'Harbour notes, '.repeat(400)), path.join(dir, 'notes.txt')), /file is not a database/],
    ['a directory', (dir: string) => dir, /unable to open database file/],
  ])('an open error names the store: %s', (_what, target, reason) => {
    const file = target(mkdtempSync(path.join(tmpdir(), 'parallax-open-')));
    let error: unknown;
    try {
      new SqliteStore(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain(`cannot open the SQLite store ${file}: `);
    expect((error as Error).message).toMatch(reason);
  });

  it('refuses a database whose schema is newer than the code', () => {
    const file = tmpDb();
    new SqliteStore(file).db.close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run();
    raw.close();
    expect(() => new SqliteStore(file)).toThrow(StoreError);
    expect(() => new SqliteStore(file)).toThrow(/version 99/);
  });

  it('reports corrupt stored JSON as a clear error naming the article', async () => {
    const store = new SqliteStore(tmpDb());
    const { draft } = await import('../helpers/draft.js');
    const put = await store.putArticle(draft({ text: 'Some text.' }));
    store.db.prepare("UPDATE article_versions SET data = '{\"agencies\": 5}'").run();
    await expect(store.getArticle(put.id)).rejects.toThrow(new RegExp(`article ${put.id} v1 is invalid`));
    await store.close();
  });
});
