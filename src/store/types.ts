// The one storage interface every caller uses. Async so that a PostgreSQL implementation
// (issue 7) fits without touching callers; each implementation passes test/store/contract.ts.
import type { Article, ArticleDraft, ArticleSummary } from '../core/types.js';

export type PutStatus = 'stored' | 'new-version' | 'duplicate';

export interface PutResult {
  status: PutStatus;
  id: string;
  version: number;
  /** For 'duplicate': which stored article and version already holds this content. */
  duplicateOf?: { id: string; version: number };
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface ListOptions {
  limit: number;
  offset: number;
}

export interface SearchHit extends ArticleSummary {
  /** Matching passage with the terms in [brackets]. */
  snippet: string;
}

export interface IngestRunRecord {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  summary: unknown;
}

/**
 * Data derived from one article and kept with it (its extraction): `key` says which version of
 * the article and of the deriving code made it, so a reader can tell a stale row; `data` is
 * JSON, validated by whoever reads it.
 */
export interface DerivedRow {
  id: string;
  key: string;
  data: string;
}

/**
 * One write to the stored articles, numbered in the order writes became visible: an article
 * stored or given a new version (`version`), or deleted (`version` null).
 */
export interface ArticleChange {
  seq: number;
  id: string;
  version: number | null;
}

/** Kinds of derived data a store keeps. */
export type DerivedKind = 'extraction';

export interface Store {
  /** Writes one article atomically: a new article, a new version of a known URL, or nothing. */
  putArticle(draft: ArticleDraft): Promise<PutResult>;
  /**
   * Writes several articles, each as putArticle would, in order: each result, or the error that
   * one article's write raised (the others are written all the same). The writes may share one
   * transaction (SQLite: far fewer pages written per article); an article is never half-written,
   * and one interrupted write loses at most the articles of this call, never one already stored.
   */
  putArticles(drafts: ArticleDraft[]): Promise<Array<PutResult | Error>>;
  /** Latest version unless `version` is given; `id` may be a unique prefix of at least 4 characters. */
  getArticle(id: string, version?: number): Promise<Article | null>;
  /** Every version of one article, oldest first, without bodies. */
  listVersions(id: string): Promise<ArticleSummary[]>;
  /** Latest versions, newest ingested first. */
  listArticles(opts: ListOptions): Promise<Page<ArticleSummary>>;
  /** Full-text search over titles and bodies of latest versions. */
  search(query: string, opts: ListOptions): Promise<Page<SearchHit>>;
  countArticles(): Promise<number>;
  /** Removes an article with all its versions (id or unique prefix), atomically; the full id deleted, or null when unknown. */
  deleteArticle(id: string): Promise<string | null>;
  /** Latest version of each article (all, or those ids), with bodies, in ingest order. */
  getArticles(ids?: string[]): Promise<Article[]>;
  /** Every article's id and latest version, in ingest order, without bodies: what a live analysis compares with what it holds. */
  articleVersions(): Promise<Array<{ id: string; version: number }>>;
  /**
   * Every write of an article after the change numbered `after` (0: from the start), oldest
   * first, at most `limit`: what a live analysis reads to catch up with the store without
   * reading every article's version (a 1M-article store answers articleVersions() in seconds).
   */
  changesSince(after: number, limit?: number): Promise<ArticleChange[]>;
  /** The number of the newest change (0 when none): whether anything changed, in one lookup. */
  lastChange(): Promise<number>;
  /** Writes derived rows (replacing one of the same kind); rows of articles no longer stored are skipped. */
  putDerived(kind: DerivedKind, rows: DerivedRow[]): Promise<void>;
  /** Derived rows of these articles, by article id (full ids only; absent when none is kept). */
  getDerived(kind: DerivedKind, ids: string[]): Promise<Map<string, DerivedRow>>;
  startRun(): Promise<number>;
  finishRun(id: number, summary: unknown): Promise<void>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  constructor(message: string, readonly code: 'schema-too-new' | 'ambiguous-id' | 'bad-query' | 'unsupported' | 'corrupt' | 'unavailable') {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * Whether an error says the database cannot be written now (its connection was lost or
 * refused, the file is locked, the disk is full): no fault of the article being written, so an
 * ingest stops (a queued job is retried) instead of rejecting article after article.
 */
export function storeUnavailable(e: unknown): boolean {
  if (e instanceof StoreError) return e.code === 'unavailable';
  const x = e as { code?: unknown; message?: unknown } | null;
  const code = typeof x?.code === 'string' ? x.code : '';
  // PostgreSQL: connection exceptions (08…), the server shutting down or the session terminated (57P…).
  if (/^(08|57P)/.test(code)) return true;
  // Sockets: the connection reset, refused or closed under a query.
  if (/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH)$/.test(code)) return true;
  // SQLite: locked past the busy timeout, disk full, I/O error, read-only, cannot open.
  if (/^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN)/.test(code)) return true;
  return typeof x?.message === 'string' && /Connection terminated|Client has encountered a connection error/.test(x.message);
}
