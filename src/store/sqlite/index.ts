// SQLite store (default): one file, WAL, migrations, FTS5. better-sqlite3 is synchronous;
// the async interface keeps callers driver-agnostic.
import Database from 'better-sqlite3';
import type { Article, ArticleDraft, ArticleSummary } from '../../core/types.js';
import type { ArticleChange, DerivedKind, DerivedRow, ListOptions, Page, PutResult, SearchHit, Store } from '../types.js';
import { StoreError } from '../types.js';
import { dataOf, ftsQuery, rowToArticle, type VersionRow } from '../rows.js';
import { migrations } from './migrations.js';
import { articleId, duplicateOf, freeId, hashIds, type SameContent } from '../identity.js';

export { articleId } from '../identity.js';

const SELECT = `SELECT v.*, a.latest_version AS versions FROM article_versions v JOIN articles a ON a.id = v.article_id`;
const SUMMARY_COLUMNS = `v.article_id, v.version, a.latest_version AS versions, v.content_hash, v.source, v.format, v.url, v.title,
  v.outlet, v.outlet_from, v.byline, v.published_at, v.published_at_from, v.date_estimated, v.modified_at, v.language, v.data, v.ingested_at`;

function summary(row: VersionRow): ArticleSummary {
  const { text: _text, ...rest } = rowToArticle(row);
  return rest;
}

export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const newest = Math.max(0, ...applied);
  const known = Math.max(...migrations.map((m) => m.version));
  if (newest > known) {
    throw new StoreError(`database schema is version ${newest}, newer than this Parallax knows (${known}); upgrade Parallax`, 'schema-too-new');
  }
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}

export class SqliteStore implements Store {
  readonly db: Database.Database;

  /** Statements by their SQL: preparing one costs more than running it, and a write runs five. */
  private readonly statements = new Map<string, Database.Statement>();

  /** One article's write as a transaction (a savepoint inside another). */
  private readonly putOne: Database.Transaction<(d: ArticleDraft) => PutResult>;

  constructor(file: string) {
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
    } catch (e) {
      // better-sqlite3 does not say which file ("file is not a database"); with --db or
      // PARALLAX_DB from the environment, the user needs to know which one it tried.
      const code = (e as { code?: string }).code;
      throw new StoreError(`cannot open the SQLite store ${file}: ${(e as Error).message}`, code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? 'corrupt' : 'unavailable');
    }
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Each article of a batch is written in a savepoint, whose statement journal is a temporary
    // file unless temp_store is memory: in memory, storing is about 12 % faster (bench/run.ts's
    // storage baseline). A 64 MiB page cache keeps the indexes of a large store in memory.
    this.db.pragma('temp_store = memory');
    this.db.pragma('cache_size = -65536');
    migrate(this.db);
    this.putOne = this.db.transaction((d: ArticleDraft) => this.write(d));
  }

  /** The statement for this SQL, prepared once. */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) this.statements.set(text, (stmt = this.db.prepare(text)));
    return stmt;
  }

  async putArticle(d: ArticleDraft): Promise<PutResult> {
    return this.putOne.immediate(d);
  }

  async putArticles(drafts: ArticleDraft[]): Promise<Array<PutResult | Error>> {
    // One transaction; each article in a savepoint of its own (a nested transaction), so a
    // failing one is rolled back alone and the others are kept.
    return this.db.transaction(() =>
      drafts.map((d) => {
        try {
          return this.putOne(d);
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      }),
    ).immediate();
  }

  /** One article's write (putOne runs it as a transaction, or a savepoint inside putArticles'). */
  private write(d: ArticleDraft): PutResult {
    const now = new Date().toISOString();
    const known = d.url ? (this.sql('SELECT id, latest_version, rowid FROM articles WHERE url = ?').get(d.url) as { id: string; latest_version: number; rowid: number } | undefined) : undefined;
    if (known) {
      const latest = this.sql('SELECT content_hash FROM article_versions WHERE article_id = ? AND version = ?').get(known.id, known.latest_version) as { content_hash: string };
      if (latest.content_hash === d.contentHash) return { status: 'duplicate', id: known.id, version: known.latest_version, duplicateOf: { id: known.id, version: known.latest_version } };
      const version = known.latest_version + 1;
      // The index reads what it removes from the latest version (migration 4): removed first.
      this.sql('DELETE FROM article_fts WHERE rowid = ?').run(known.rowid);
      this.insertVersion(known.id, version, d, now);
      this.sql('UPDATE articles SET latest_version = ? WHERE id = ?').run(version, known.id);
      this.sql('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)').run(known.rowid, d.title, d.text);
      this.logChange(known.id, version);
      return { status: 'new-version', id: known.id, version };
    }
    let id: string;
    if (d.url) id = articleId(d.url);
    else {
      // Without a URL the identity is the content and its outlet (src/store/identity.ts): the
      // same text from another known outlet is another article.
      const stored = this.sql('SELECT article_id AS id, version, outlet FROM article_versions WHERE content_hash = ? ORDER BY article_id, version').all(d.contentHash) as SameContent[];
      const same = duplicateOf(d, stored);
      if (same) return { status: 'duplicate', id: same.id, version: same.version, duplicateOf: same };
      const taken = this.sql('SELECT 1 FROM articles WHERE id = ?');
      id = freeId(hashIds(d), (x) => taken.get(x) !== undefined, d);
    }
    const info = this.sql('INSERT INTO articles (id, url, latest_version, created_at) VALUES (?, ?, 1, ?)').run(id, d.url, now);
    this.insertVersion(id, 1, d, now);
    this.sql('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)').run(info.lastInsertRowid, d.title, d.text);
    this.logChange(id, 1);
    return { status: 'stored', id, version: 1 };
  }

  /** In the writer's transaction: a change is visible exactly when the write is. */
  private logChange(id: string, version: number | null): void {
    this.sql('INSERT INTO article_changes (article_id, version) VALUES (?, ?)').run(id, version);
  }

  private insertVersion(id: string, version: number, d: ArticleDraft, now: string): void {
    this.sql(
      `INSERT INTO article_versions (article_id, version, content_hash, source, format, url, title, outlet, outlet_from, byline,
        published_at, published_at_from, date_estimated, modified_at, language, text, data, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, version, d.contentHash, d.source, d.format, d.url, d.title, d.outlet, d.outletFrom, d.byline, d.publishedAt, d.publishedAtFrom, d.dateEstimated ? 1 : 0, d.modifiedAt, d.language, d.text, dataOf(d), now);
  }

  private resolveId(id: string): string | null {
    if (id.length < 4) return null;
    const ids = this.db.prepare(`SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2`).pluck().all(id, id + '\uffff') as string[];
    if (ids.length > 1 && !ids.includes(id)) throw new StoreError(`article id prefix "${id}" matches several articles; give more characters`, 'ambiguous-id');
    return ids[0] ?? null;
  }

  async getArticle(id: string, version?: number): Promise<Article | null> {
    const full = this.resolveId(id);
    if (!full) return null;
    const row = this.db.prepare(`${SELECT} WHERE v.article_id = ? AND v.version = ${version === undefined ? 'a.latest_version' : '?'}`).get(...(version === undefined ? [full] : [full, version])) as VersionRow | undefined;
    return row ? rowToArticle(row) : null;
  }

  async listVersions(id: string): Promise<ArticleSummary[]> {
    const full = this.resolveId(id);
    if (!full) return [];
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE v.article_id = ? ORDER BY v.version`).all(full) as VersionRow[];
    return rows.map(summary);
  }

  async listArticles({ limit, offset }: ListOptions): Promise<Page<ArticleSummary>> {
    const total = await this.countArticles();
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version ORDER BY a.created_at DESC, a.rowid DESC LIMIT ? OFFSET ?`)
      .all(limit, offset) as VersionRow[];
    return { total, limit, offset, items: rows.map(summary) };
  }

  async search(query: string, { limit, offset }: ListOptions): Promise<Page<SearchHit>> {
    const q = ftsQuery(query);
    if (!q) throw new StoreError(`search query "${query}" has no words; expected at least one word`, 'bad-query');
    const total = (this.db.prepare('SELECT count(*) FROM article_fts WHERE article_fts MATCH ?').pluck().get(q) as number) ?? 0;
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, snippet(article_fts, 1, '[', ']', '…', 12) AS snippet
         FROM article_fts f JOIN articles a ON a.rowid = f.rowid JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
         WHERE article_fts MATCH ? ORDER BY bm25(article_fts, 3.0, 1.0), a.id LIMIT ? OFFSET ?`,
      )
      .all(q, limit, offset) as Array<VersionRow & { snippet: string }>;
    return { total, limit, offset, items: rows.map((r) => ({ ...summary(r), snippet: r.snippet })) };
  }

  async getArticles(ids?: string[]): Promise<Article[]> {
    const base = `${SELECT} WHERE v.version = a.latest_version`;
    if (!ids) return (this.db.prepare(`${base} ORDER BY a.rowid`).all() as VersionRow[]).map(rowToArticle);
    const stmt = this.db.prepare(`SELECT v.*, a.latest_version AS versions, a.rowid AS seq_ FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE v.version = a.latest_version AND a.id = ?`);
    const rows: Array<VersionRow & { seq_: number }> = [];
    for (const id of new Set(ids)) {
      const row = stmt.get(id) as (VersionRow & { seq_: number }) | undefined;
      if (row) rows.push(row);
    }
    return rows.sort((a, b) => a.seq_ - b.seq_).map(({ seq_: _, ...row }) => rowToArticle(row as VersionRow));
  }

  async articleVersions(): Promise<Array<{ id: string; version: number }>> {
    return (this.db.prepare('SELECT id, latest_version FROM articles ORDER BY rowid').raw().all() as Array<[string, number]>).map(([id, version]) => ({ id, version }));
  }

  async changesSince(after: number, limit = -1): Promise<ArticleChange[]> {
    const rows = this.db.prepare('SELECT seq, article_id, version FROM article_changes WHERE seq > ? ORDER BY seq LIMIT ?').raw().all(after, limit) as Array<[number, string, number | null]>;
    return rows.map(([seq, id, version]) => ({ seq, id, version }));
  }

  async lastChange(): Promise<number> {
    return (this.db.prepare('SELECT max(seq) FROM article_changes').pluck().get() as number | null) ?? 0;
  }

  async deleteArticle(id: string): Promise<string | null> {
    return this.db.transaction((): string | null => {
      const full = this.resolveId(id);
      const row = full ? (this.db.prepare('SELECT rowid FROM articles WHERE id = ?').get(full) as { rowid: number } | undefined) : undefined;
      if (!full || !row) return null;
      // Before the versions go: the index reads what it removes from the latest one.
      this.db.prepare('DELETE FROM article_fts WHERE rowid = ?').run(row.rowid);
      this.db.prepare('DELETE FROM article_derived WHERE article_id = ?').run(full);
      this.db.prepare('DELETE FROM article_versions WHERE article_id = ?').run(full);
      this.db.prepare('DELETE FROM articles WHERE id = ?').run(full);
      this.logChange(full, null);
      return full;
    }).immediate();
  }

  async countArticles(): Promise<number> {
    return this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  }

  async putDerived(kind: DerivedKind, rows: DerivedRow[]): Promise<void> {
    // One transaction; an article deleted meanwhile gets no row (the SELECT finds nothing).
    const put = this.sql(
      `INSERT INTO article_derived (article_id, kind, key, data) SELECT id, ?, ?, ? FROM articles WHERE id = ?
       ON CONFLICT (article_id, kind) DO UPDATE SET key = excluded.key, data = excluded.data`,
    );
    this.db.transaction(() => {
      for (const r of rows) put.run(kind, r.key, r.data, r.id);
    })();
  }

  async getDerived(kind: DerivedKind, ids: string[]): Promise<Map<string, DerivedRow>> {
    const get = this.sql('SELECT key, data FROM article_derived WHERE article_id = ? AND kind = ?');
    const out = new Map<string, DerivedRow>();
    for (const id of new Set(ids)) {
      const row = get.get(id, kind) as { key: string; data: string } | undefined;
      if (row) out.set(id, { id, ...row });
    }
    return out;
  }

  async startRun(): Promise<number> {
    return Number(this.db.prepare('INSERT INTO ingest_runs (started_at) VALUES (?)').run(new Date().toISOString()).lastInsertRowid);
  }

  async finishRun(id: number, summary: unknown): Promise<void> {
    this.db.prepare('UPDATE ingest_runs SET finished_at = ?, summary = ? WHERE id = ?').run(new Date().toISOString(), JSON.stringify(summary), id);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
