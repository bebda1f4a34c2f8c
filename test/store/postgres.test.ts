// The PostgreSQL store against a real server (scripts/system-deps.sh installs and starts
// Debian's PostgreSQL): the shared contract, then what only a server has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { userInfo } from 'node:os';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { foldForSearch, searchQuery } from '../../src/store/postgres/search.js';
import { writeBatch } from '../../src/store/postgres/batch.js';
import { openStore } from '../../src/store/open.js';
import { StoreError } from '../../src/store/types.js';
import { storeContract } from './contract.js';
import { draft } from '../helpers/draft.js';

const HOST = process.env.PARALLAX_TEST_PG_HOST ?? '/var/run/postgresql';
let admin: pg.Client;
const created: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = `parallax_test_${process.pid}_${created.length}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  created.push(name);
  return name;
}
const urlOf = (db: string) => `postgres://${encodeURIComponent(HOST)}/${db}`;

beforeAll(async () => {
  admin = new pg.Client({ host: HOST, database: 'postgres', user: process.env.PGUSER ?? userInfo().username });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${HOST} (${(e as Error).message}): run bash scripts/system-deps.sh, which installs and starts it`);
  }
});
afterAll(async () => {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

storeContract('postgres', async () => PostgresStore.connect({ host: HOST, database: await freshDatabase() }));

describe('PostgresStore specifics', () => {
  it('opens from a postgres:// URL through openStore, and records migrations once', async () => {
    const db = await freshDatabase();
    const store = await openStore(urlOf(db));
    expect(store).toBeInstanceOf(PostgresStore);
    await store.close();
    const again = (await openStore(urlOf(db))) as PostgresStore;
    expect((await again.pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    await again.close();
  });

  it('refuses a schema newer than the code, and names an unreachable server without its password', async () => {
    const db = await freshDatabase();
    const store = await PostgresStore.connect({ host: HOST, database: db });
    await store.pool.query("INSERT INTO schema_migrations VALUES (99, 'future', 'x')");
    await store.close();
    await expect(PostgresStore.connect({ host: HOST, database: db })).rejects.toThrow(/version 99/);
    const bad = openStore('postgres://someone:secret@127.0.0.1:1/nowhere');
    await expect(bad).rejects.toBeInstanceOf(StoreError);
    await expect(bad).rejects.toThrow(/postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere/);
  });

  it('two processes writing the same URL at once: one article, versions in order, nothing lost', async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([PostgresStore.connect({ host: HOST, database: db }), PostgresStore.connect({ host: HOST, database: db })]);
    const url = 'https://courier.example/race';
    const texts = Array.from({ length: 12 }, (_, i) => `Water level reading number ${i} at the Riverton gauge.`);
    const results = await Promise.all(texts.map((text, i) => (i % 2 ? a : b).putArticle(draft({ url, text }))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(1);
    const versions = await a.listVersions(results[0]!.id);
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await b.countArticles()).toBe(1);
    await Promise.all([a.close(), b.close()]);
  });

  it('a batch with repeats is written in its few statements (no fallback): copies and new versions within it decided in order', async () => {
    const store = await PostgresStore.connect({ host: HOST, database: await freshDatabase() });
    const batch = [
      draft({ text: 'Signal box burns at Orrin Junction.', url: 'https://courier.example/box' }),
      draft({ text: 'Signal box burns at Orrin Junction; trains halted.', url: 'https://courier.example/box' }),
      draft({ text: 'Signal box burns at Orrin Junction.', source: 'paste.txt' }),
      draft({ text: 'Level crossing reopens.' }),
      draft({ text: 'Level crossing reopens.', source: 'again.txt' }),
    ];
    const c = await store.pool.connect();
    try {
      await c.query('BEGIN');
      const { results, changes } = await writeBatch(c, batch, new Date().toISOString());
      await c.query('COMMIT');
      expect(results.map((r) => [r.status, r.version])).toEqual([['stored', 1], ['new-version', 2], ['duplicate', 1], ['stored', 1], ['duplicate', 1]]);
      expect(results[2]!.duplicateOf).toEqual({ id: results[0]!.id, version: 1 });
      expect(changes).toEqual([[results[0]!.id, 1], [results[0]!.id, 2], [results[3]!.id, 1]]);
    } finally {
      c.release();
    }
    expect((await store.listVersions((await store.getArticles())[0]!.id)).map((v) => v.version)).toEqual([1, 2]);
    expect((await store.search('halted', { limit: 5, offset: 0 })).total).toBe(1); // the search document follows the latest version
    expect((await store.search('orrin', { limit: 5, offset: 0 })).total).toBe(1);
    await store.close();
  });

  it('two batches holding the same articles in opposite orders, at once: no deadlock, each article once', async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([PostgresStore.connect({ host: HOST, database: db }), PostgresStore.connect({ host: HOST, database: db })]);
    const drafts = Array.from({ length: 30 }, (_, i) => draft({ text: `Buoy ${i} drifted off station.`, url: `https://courier.example/buoy/${i}` }));
    const [ra, rb] = await Promise.all([a.putArticles(drafts), b.putArticles([...drafts].reverse())]);
    expect([...ra, ...rb].filter((r) => r instanceof Error)).toEqual([]);
    expect([...ra, ...rb].filter((r) => !(r instanceof Error) && r.status === 'stored')).toHaveLength(30);
    expect(await a.countArticles()).toBe(30);
    expect(await b.changesSince(0)).toHaveLength(30);
    await Promise.all([a.close(), b.close()]);
  });

  it('writers on two connections: the change log numbers writes in the order a reader can see them', async () => {
    const db = await freshDatabase();
    const [a, b, reader] = await Promise.all([0, 1, 2].map(() => PostgresStore.connect({ host: HOST, database: db })));
    // A reader polling while 40 writes land: every change it ever sees is above its cursor when first seen.
    let cursor = 0;
    const seen: number[] = [];
    let writing = true;
    const poll = (async () => {
      while (writing) {
        for (const c of await reader!.changesSince(cursor)) (seen.push(c.seq), (cursor = c.seq));
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b)!.putArticle(draft({ text: `Gauge reading ${i} at Riverton lock.` }))));
    writing = false;
    await poll;
    for (const c of await reader!.changesSince(cursor)) seen.push(c.seq);
    expect(seen).toHaveLength(40);
    expect(new Set((await reader!.changesSince(0)).map((c) => c.id)).size).toBe(40);
    await Promise.all([a!.close(), b!.close(), reader!.close()]);
  });

  it('search ignores case and Latin diacritics, like the SQLite store', async () => {
    const store = await PostgresStore.connect({ host: HOST, database: await freshDatabase() });
    await store.putArticle(draft({ text: 'Talks resumed in Zürich with Édouard Brière present.' }));
    expect((await store.search('zurich edouard', { limit: 5, offset: 0 })).total).toBe(1);
    expect((await store.search('Bri*', { limit: 5, offset: 0 })).total).toBe(1);
    await store.close();
  });
});

describe('search query building', () => {
  it.each([
    ['levee cracks', "'levee' & 'cracks'"],
    ['"emergency" AND (', "'emergency' & 'and'"],
    ['sea*', "'sea':*"],
    ["don't shell-proof", "'don' & 't' & 'shell' & 'proof'"],
    ['Zürich', "'zurich'"],
  ])('%s -> %s', (q, expected) => {
    expect(searchQuery(q)!.params[0]).toBe(expected);
  });
  it('no words: null; Arabic keeps its letters', () => {
    expect(searchQuery('" ( *')).toBeNull();
    expect(foldForSearch('القاهرة')).toBe('القاهرة');
  });
});
