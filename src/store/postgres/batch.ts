// A batch of articles written in a handful of statements instead of five round trips each:
// what is already stored is read for the whole batch, each article's outcome is decided here
// (in order, so an article repeated within the batch is a duplicate or a new version of the
// earlier one, exactly as one-by-one writes would make it), then the new articles and the new
// versions go in as one INSERT each. The caller holds the identities' locks, runs this in a
// transaction, and falls back to one savepoint per article when the batch fails as a whole
// (one bad article must not take the others with it).
import type pg from 'pg';
import type { ArticleDraft } from '../../core/types.js';
import type { PutResult } from '../types.js';
import { articleId, duplicateOf, freeId, hashIds, type SameContent } from '../identity.js';
import { searchDocument } from './search.js';
import { searchText, setLatest, versionValues, type Change } from './write.js';

interface Latest {
  id: string;
  version: number;
  hash: string;
}
interface Ref {
  id: string;
  version: number;
}
const before = (a: Ref, b: Ref) => a.id < b.id || (a.id === b.id && a.version < b.version);

// The columns of article_versions, in the order of the INSERT's arrays; version and
// date_estimated are the only ones that are not text.
const VERSION_COLUMNS = ['article_id', 'version', 'content_hash', 'source', 'format', 'url', 'title', 'outlet', 'outlet_from', 'byline', 'published_at', 'published_at_from', 'date_estimated', 'modified_at', 'language', 'text', 'data', 'ingested_at'];
const versionCast = (col: string, i: number) => `$${i + 1}::${col === 'version' ? 'int' : col === 'date_estimated' ? 'boolean' : 'text'}[]`;
const INSERT_VERSIONS = `INSERT INTO article_versions (${VERSION_COLUMNS.join(', ')})
  SELECT ${VERSION_COLUMNS.map((c) => `t.${c}`).join(', ')} FROM unnest(${VERSION_COLUMNS.map(versionCast).join(', ')}) WITH ORDINALITY AS t(${VERSION_COLUMNS.join(', ')}, n) ORDER BY n`;
// seq (the ingest order) follows the batch's order: WITH ORDINALITY ... ORDER BY n.
const INSERT_ARTICLES = `INSERT INTO articles (id, url, latest_version, created_at, search)
  SELECT t.id, t.url, 1, $5, ${searchDocument('t.title', 't.body')} FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(id, url, title, body, n) ORDER BY n`;

export async function writeBatch(c: pg.PoolClient, drafts: ArticleDraft[], now: string): Promise<{ results: PutResult[]; changes: Change[] }> {
  const urls = [...new Set(drafts.flatMap((d) => (d.url ? [d.url] : [])))];
  const hashes = [...new Set(drafts.flatMap((d) => (d.url ? [] : [d.contentHash])))];
  const byUrl = new Map<string, Latest>();
  if (urls.length) {
    const { rows } = await c.query<{ url: string; id: string; version: number; hash: string }>(
      'SELECT a.url, a.id, a.latest_version AS version, v.content_hash AS hash FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version WHERE a.url = ANY($1::text[])',
      [urls],
    );
    for (const r of rows) byUrl.set(r.url, { id: r.id, version: r.version, hash: r.hash });
  }
  // A draft without a URL is a duplicate of a version with its content and outlet (src/store/identity.ts).
  const byHash = new Map<string, SameContent[]>();
  const taken = new Set<string>();
  if (hashes.length) {
    const { rows } = await c.query<{ hash: string; id: string; version: number; outlet: string | null }>(
      'SELECT content_hash AS hash, article_id AS id, version, outlet FROM article_versions WHERE content_hash = ANY($1::text[]) ORDER BY content_hash, article_id, version',
      [hashes],
    );
    for (const r of rows) (byHash.get(r.hash) ?? byHash.set(r.hash, []).get(r.hash)!).push({ id: r.id, version: r.version, outlet: r.outlet });
    const ids = [...new Set(drafts.flatMap((d) => (d.url ? [] : hashIds(d))))];
    for (const r of (await c.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids])).rows) taken.add(r.id);
  }
  const results: PutResult[] = [];
  const changes: Change[] = [];
  const articles: ArticleDraft[] = [];
  const articleIds: string[] = [];
  const versions: Array<{ id: string; version: number; d: ArticleDraft }> = [];
  const newVersions: Array<{ id: string; version: number; d: ArticleDraft }> = [];
  const wrote = (id: string, version: number, d: ArticleDraft) => {
    versions.push({ id, version, d });
    changes.push([id, version]);
    // Kept in id, version order, as the query gives them.
    const same = byHash.get(d.contentHash) ?? byHash.set(d.contentHash, []).get(d.contentHash)!;
    const at = same.findIndex((x) => before({ id, version }, x));
    same.splice(at < 0 ? same.length : at, 0, { id, version, outlet: d.outlet });
  };
  for (const d of drafts) {
    const known = d.url ? byUrl.get(d.url) : undefined;
    if (known) {
      if (known.hash === d.contentHash) {
        results.push({ status: 'duplicate', id: known.id, version: known.version, duplicateOf: { id: known.id, version: known.version } });
        continue;
      }
      const version = known.version + 1;
      byUrl.set(d.url!, { id: known.id, version, hash: d.contentHash });
      newVersions.push({ id: known.id, version, d });
      wrote(known.id, version, d);
      results.push({ status: 'new-version', id: known.id, version });
      continue;
    }
    const same = d.url ? undefined : duplicateOf(d, byHash.get(d.contentHash) ?? []);
    if (same) {
      results.push({ status: 'duplicate', id: same.id, version: same.version, duplicateOf: { ...same } });
      continue;
    }
    const id = d.url ? articleId(d.url) : freeId(hashIds(d), (x) => taken.has(x), d);
    taken.add(id);
    if (d.url) byUrl.set(d.url, { id, version: 1, hash: d.contentHash });
    articles.push(d);
    articleIds.push(id);
    wrote(id, 1, d);
    results.push({ status: 'stored', id, version: 1 });
  }
  if (articles.length) {
    const folded = articles.map(searchText);
    await c.query(INSERT_ARTICLES, [articleIds, articles.map((d) => d.url), folded.map((f) => f[0]), folded.map((f) => f[1]), now]);
  }
  if (versions.length) {
    const rows = versions.map((v) => versionValues(v.id, v.version, v.d, now));
    await c.query(INSERT_VERSIONS, VERSION_COLUMNS.map((_, i) => rows.map((r) => r[i])));
  }
  // New versions of stored articles are rare (a page edited since): one UPDATE each, in order.
  for (const v of newVersions) await setLatest(c, v.id, v.version, v.d);
  return { results, changes };
}
