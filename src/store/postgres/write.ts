// One article's write in PostgreSQL, and the change log's entries for a transaction's writes:
// what putArticle does, and what putArticles does article by article (in a savepoint each)
// when its batch (batch.ts) fails as a whole.
import type pg from 'pg';
import type { ArticleDraft } from '../../core/types.js';
import type { PutResult } from '../types.js';
import { dataOf } from '../rows.js';
import { articleId, duplicateOf, freeId, hashIds, type SameContent } from '../identity.js';
import { foldForSearch, searchDocument } from './search.js';

/** A write to number in the change log: the article and its new version (null: deleted). */
export type Change = [string, number | null];

/** One version's values, in the order of article_versions' columns (VERSION_COLUMNS in batch.ts). */
export function versionValues(id: string, version: number, d: ArticleDraft, now: string): unknown[] {
  return [id, version, d.contentHash, d.source, d.format, d.url, d.title, d.outlet, d.outletFrom, d.byline, d.publishedAt, d.publishedAtFrom, d.dateEstimated, d.modifiedAt, d.language, d.text, dataOf(d), now];
}

/** One article's write inside the caller's transaction, its identity's lock already held; its change added to changes. */
export async function writeOne(c: pg.PoolClient, d: ArticleDraft, changes: Change[]): Promise<PutResult> {
  const now = new Date().toISOString();
  const known = d.url ? (await c.query<{ id: string; latest_version: number }>('SELECT id, latest_version FROM articles WHERE url = $1', [d.url])).rows[0] : undefined;
  if (known) {
    const latest = (await c.query<{ content_hash: string }>('SELECT content_hash FROM article_versions WHERE article_id = $1 AND version = $2', [known.id, known.latest_version])).rows[0]!;
    if (latest.content_hash === d.contentHash) return { status: 'duplicate', id: known.id, version: known.latest_version, duplicateOf: { id: known.id, version: known.latest_version } };
    const version = known.latest_version + 1;
    await insertVersion(c, known.id, version, d, now);
    await setLatest(c, known.id, version, d);
    changes.push([known.id, version]);
    return { status: 'new-version', id: known.id, version };
  }
  let id: string;
  if (d.url) id = articleId(d.url);
  else {
    // The content and its outlet (src/store/identity.ts): the same text from another known outlet is another article.
    const stored = (await c.query<SameContent>('SELECT article_id AS id, version, outlet FROM article_versions WHERE content_hash = $1 ORDER BY article_id, version', [d.contentHash])).rows;
    const same = duplicateOf(d, stored);
    if (same) return { status: 'duplicate', id: same.id, version: same.version, duplicateOf: same };
    const ids = hashIds(d);
    const taken = new Set((await c.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids])).rows.map((r) => r.id));
    id = freeId(ids, (x) => taken.has(x), d);
  }
  await c.query(`INSERT INTO articles (id, url, latest_version, created_at, search) VALUES ($1, $2, 1, $3, ${searchDocument('$4', '$5')})`, [id, d.url, now, ...searchText(d)]);
  await insertVersion(c, id, 1, d, now);
  changes.push([id, 1]);
  return { status: 'stored', id, version: 1 };
}

/**
 * The last step of a write's transaction. Numbers come from a sequence, and two writers could
 * commit in the opposite order of their numbers: a reader that saw the later one would then
 * skip the earlier for good. The table lock (which only writers of changes take; readers are
 * not blocked) makes each writer number its changes and commit before the next numbers its own.
 */
export async function logChanges(c: pg.PoolClient, changes: Change[]): Promise<void> {
  if (!changes.length) return;
  await c.query('LOCK TABLE article_changes IN SHARE ROW EXCLUSIVE MODE');
  // unnest keeps the order given (WITH ORDINALITY makes it explicit), so the numbers follow the writes.
  await c.query(
    'INSERT INTO article_changes (article_id, version) SELECT id, version FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS t(id, version, n) ORDER BY n',
    [changes.map((x) => x[0]), changes.map((x) => x[1])],
  );
}

/** An article's latest version is now `version` (its draft d): the pointer and the search document follow. */
export async function setLatest(c: pg.PoolClient, id: string, version: number, d: ArticleDraft): Promise<void> {
  await c.query(`UPDATE articles SET latest_version = $1, search = ${searchDocument('$3', '$4')} WHERE id = $2`, [version, id, ...searchText(d)]);
}

/** The folded title and text the search document is made from. */
export function searchText(d: ArticleDraft): [string, string] {
  return [foldForSearch(d.title ?? ''), foldForSearch(d.text)];
}

async function insertVersion(c: pg.PoolClient, id: string, version: number, d: ArticleDraft, now: string): Promise<void> {
  await c.query(
    `INSERT INTO article_versions (article_id, version, content_hash, source, format, url, title, outlet, outlet_from, byline,
      published_at, published_at_from, date_estimated, modified_at, language, text, data, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    versionValues(id, version, d, now),
  );
}
