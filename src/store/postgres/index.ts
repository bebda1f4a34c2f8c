// PostgreSQL store (server mode: `--db postgres://…`): the same behaviour as the SQLite store,
// checked by the same contract tests. Every write is one transaction (a batch of articles one
// transaction with a savepoint per article); writers of the same article identity (URL or
// content hash) are serialised by an advisory lock, so several processes can ingest into one
// database at once.
import pg from 'pg';
import { userInfo } from 'node:os';
import type { Article, ArticleDraft, ArticleSummary } from '../../core/types.js';
import type { ArticleChange, DerivedKind, DerivedRow, ListOptions, Page, PutResult, SearchHit, Store } from '../types.js';
import { StoreError, storeUnavailable } from '../types.js';
import { rowToArticle, type VersionRow } from '../rows.js';
import { migrations } from './migrations.js';
import { searchQuery } from './search.js';
import { writeBatch } from './batch.js';
import { logChanges, writeOne, type Change } from './write.js';

const SUMMARY_COLUMNS = `v.article_id, v.version, a.latest_version AS versions, v.content_hash, v.source, v.format, v.url, v.title,
  v.outlet, v.outlet_from, v.byline, v.published_at, v.published_at_from, v.date_estimated, v.modified_at, v.language, v.data, v.ingested_at`;
const SELECT = `SELECT ${SUMMARY_COLUMNS}, v.text FROM article_versions v JOIN articles a ON a.id = v.article_id`;
const MIGRATION_LOCK = 7_314_992; // pg_advisory_lock key: one process migrates at a time

/** An article's identity, as its writers lock it: the URL, or the content without one. */
const lockKey = (d: ArticleDraft) => d.url ?? `hash:${d.contentHash}`;

function summary(row: VersionRow): ArticleSummary {
  const { text: _text, ...rest } = rowToArticle(row);
  return rest;
}

export class PostgresStore implements Store {
  private constructor(readonly pool: pg.Pool) {}

  /** Connects, checks the schema version and applies missing migrations. */
  static async connect(config: string | pg.PoolConfig): Promise<PostgresStore> {
    // Without a user in the URL, libpq's default: the operating-system user (pg reads only $USER).
    pg.defaults.user ??= process.env.PGUSER ?? userInfo().username;
    const pool = new pg.Pool(typeof config === 'string' ? { connectionString: config, max: 4 } : config);
    pool.on('error', () => {}); // an idle client's broken connection: the next query reconnects
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    // A connection lost while checked out is reported here, by the query that fails, not as an uncaught 'error' event.
    const lost = () => {};
    c.on('error', lost);
    let broken: Error | undefined;
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      // A dead connection is not handed to the next writer.
      if (storeUnavailable(e)) broken = e as Error;
      throw e;
    } finally {
      c.off('error', lost);
      c.release(broken);
    }
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const applied = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const newest = Math.max(0, ...applied);
      const known = Math.max(...migrations.map((m) => m.version));
      if (newest > known) throw new StoreError(`database schema is version ${newest}, newer than this Parallax knows (${known}); upgrade Parallax`, 'schema-too-new');
      for (const m of migrations) {
        if (applied.has(m.version)) continue;
        await c.query('BEGIN');
        try {
          await c.query(m.sql);
          await c.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK');
          throw e;
        }
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      c.release();
    }
  }

  async putArticle(d: ArticleDraft): Promise<PutResult> {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey(d)]);
      const changes: Change[] = [];
      const out = await writeOne(c, d, changes);
      await logChanges(c, changes);
      return out;
    });
  }

  /**
   * One transaction for the batch (one commit, not one per article), written in a few
   * statements (writeBatch). The identities' locks are all taken first, in one order, so two
   * batches sharing articles wait for each other instead of deadlocking; the change log's lock
   * is taken last, for the one insert of the batch's changes. When the batch fails as a whole,
   * it is written again with a savepoint per article, so a failing one is rolled back alone.
   */
  async putArticles(drafts: ArticleDraft[]): Promise<Array<PutResult | Error>> {
    if (!drafts.length) return [];
    const lockAll = (c: pg.PoolClient) =>
      c.query('SELECT count(pg_advisory_xact_lock(h)) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS keys', [drafts.map(lockKey)]);
    const fast = await this.tx(async (c) => {
      await lockAll(c);
      const { results, changes } = await writeBatch(c, drafts, new Date().toISOString());
      await logChanges(c, changes);
      return results as Array<PutResult | Error>;
    }).catch((e: unknown) => {
      if (storeUnavailable(e)) throw e;
      return null;
    });
    if (fast) return fast;
    return this.tx(async (c) => {
      await lockAll(c);
      const changes: Change[] = [];
      const out: Array<PutResult | Error> = [];
      for (const d of drafts) {
        await c.query('SAVEPOINT put');
        const mine: Change[] = [];
        try {
          out.push(await writeOne(c, d, mine));
          await c.query('RELEASE SAVEPOINT put');
          changes.push(...mine);
        } catch (e) {
          // The connection itself failed: nothing of the batch can be kept (the transaction is lost).
          if (storeUnavailable(e)) throw e;
          await c.query('ROLLBACK TO SAVEPOINT put');
          out.push(e instanceof Error ? e : new Error(String(e)));
        }
      }
      await logChanges(c, changes);
      return out;
    });
  }

  /** Full id of an id or unique prefix (4+ characters). */
  private async resolveId(id: string, c: pg.Pool | pg.PoolClient = this.pool): Promise<string | null> {
    if (id.length < 4) return null;
    const ids = (await c.query<{ id: string }>('SELECT id FROM articles WHERE left(id, length($1)) = $1 ORDER BY id LIMIT 2', [id])).rows.map((r) => r.id);
    if (ids.length > 1 && !ids.includes(id)) throw new StoreError(`article id prefix "${id}" matches several articles; give more characters`, 'ambiguous-id');
    return ids[0] ?? null;
  }

  async getArticle(id: string, version?: number): Promise<Article | null> {
    const full = await this.resolveId(id);
    if (!full) return null;
    const { rows } = await this.pool.query<VersionRow>(`${SELECT} WHERE v.article_id = $1 AND v.version = ${version === undefined ? 'a.latest_version' : '$2'}`, version === undefined ? [full] : [full, version]);
    return rows[0] ? rowToArticle(rows[0]) : null;
  }

  async listVersions(id: string): Promise<ArticleSummary[]> {
    const full = await this.resolveId(id);
    if (!full) return [];
    const { rows } = await this.pool.query<VersionRow>(`SELECT ${SUMMARY_COLUMNS} FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE v.article_id = $1 ORDER BY v.version`, [full]);
    return rows.map(summary);
  }

  async listArticles({ limit, offset }: ListOptions): Promise<Page<ArticleSummary>> {
    const total = await this.countArticles();
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version ORDER BY a.created_at DESC, a.seq DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return { total, limit, offset, items: rows.map(summary) };
  }

  async search(query: string, { limit, offset }: ListOptions): Promise<Page<SearchHit>> {
    const q = searchQuery(query);
    if (!q) throw new StoreError(`search query "${query}" has no words; expected at least one word`, 'bad-query');
    const total = Number((await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM articles WHERE search @@ ${q.sql}`, q.params)).rows[0]!.n);
    const { rows } = await this.pool.query<VersionRow & { snippet: string }>(
      `SELECT ${SUMMARY_COLUMNS}, ts_headline('simple', v.text, ${q.sql}, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, ShortWord=1, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
       WHERE a.search @@ ${q.sql} ORDER BY ts_rank(a.search, ${q.sql}) DESC, a.id LIMIT $${q.params.length + 1} OFFSET $${q.params.length + 2}`,
      [...q.params, limit, offset],
    );
    return { total, limit, offset, items: rows.map((r) => ({ ...summary(r), snippet: r.snippet })) };
  }

  async countArticles(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n);
  }

  async deleteArticle(id: string): Promise<string | null> {
    return this.tx(async (c) => {
      const full = await this.resolveId(id, c);
      if (!full) return null;
      const { rowCount } = await c.query('DELETE FROM articles WHERE id = $1', [full]); // versions follow (ON DELETE CASCADE)
      if (!rowCount) return null;
      await logChanges(c, [[full, null]]);
      return full;
    });
  }

  async getArticles(ids?: string[]): Promise<Article[]> {
    const base = `${SELECT} WHERE v.version = a.latest_version`;
    const { rows } = ids ? await this.pool.query<VersionRow>(`${base} AND a.id = ANY($1) ORDER BY a.seq`, [[...new Set(ids)]]) : await this.pool.query<VersionRow>(`${base} ORDER BY a.seq`);
    return rows.map(rowToArticle);
  }

  async articleVersions(): Promise<Array<{ id: string; version: number }>> {
    const { rows } = await this.pool.query<{ id: string; version: number }>('SELECT id, latest_version AS version FROM articles ORDER BY seq');
    return rows.map((r) => ({ id: r.id, version: Number(r.version) }));
  }

  async changesSince(after: number, limit?: number): Promise<ArticleChange[]> {
    const { rows } = await this.pool.query<{ seq: string; article_id: string; version: number | null }>(
      `SELECT seq, article_id, version FROM article_changes WHERE seq > $1 ORDER BY seq${limit === undefined ? '' : ' LIMIT $2'}`,
      limit === undefined ? [after] : [after, limit],
    );
    return rows.map((r) => ({ seq: Number(r.seq), id: r.article_id, version: r.version === null ? null : Number(r.version) }));
  }

  async lastChange(): Promise<number> {
    return Number((await this.pool.query<{ n: string | null }>('SELECT max(seq) AS n FROM article_changes')).rows[0]!.n ?? 0);
  }

  async putDerived(kind: DerivedKind, rows: DerivedRow[]): Promise<void> {
    if (!rows.length) return;
    // One statement for the batch; an article deleted meanwhile gets no row (the join finds nothing).
    await this.pool.query(
      `INSERT INTO article_derived (article_id, kind, key, data)
       SELECT r.id, $1, r.key, r.data FROM unnest($2::text[], $3::text[], $4::text[]) AS r(id, key, data) JOIN articles a ON a.id = r.id
       ON CONFLICT (article_id, kind) DO UPDATE SET key = excluded.key, data = excluded.data`,
      [kind, rows.map((r) => r.id), rows.map((r) => r.key), rows.map((r) => r.data)],
    );
  }

  async getDerived(kind: DerivedKind, ids: string[]): Promise<Map<string, DerivedRow>> {
    const { rows } = await this.pool.query<DerivedRow>('SELECT article_id AS id, key, data FROM article_derived WHERE kind = $1 AND article_id = ANY($2)', [kind, [...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  async startRun(): Promise<number> {
    return Number((await this.pool.query<{ id: string }>('INSERT INTO ingest_runs (started_at) VALUES ($1) RETURNING id', [new Date().toISOString()])).rows[0]!.id);
  }

  async finishRun(id: number, summary: unknown): Promise<void> {
    await this.pool.query('UPDATE ingest_runs SET finished_at = $1, summary = $2 WHERE id = $3', [new Date().toISOString(), JSON.stringify(summary), id]);
  }

  private closed = false;
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
