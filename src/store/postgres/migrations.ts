// Ordered schema migrations for PostgreSQL; each runs in its own transaction and is recorded.
// The same tables as SQLite; full-text search is a tsvector column on articles (title weighted
// A, body B) holding the latest version, built from text folded to plain letters in JS.
import type { Migration } from '../sqlite/migrations.js';

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles, versions, full-text index, ingest runs',
    sql: `
      CREATE TABLE articles (
        seq BIGSERIAL UNIQUE,                 -- ingest order
        id TEXT PRIMARY KEY,
        url TEXT UNIQUE,
        latest_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        search TSVECTOR NOT NULL
      );
      CREATE TABLE article_versions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        url TEXT,
        title TEXT,
        outlet TEXT,
        outlet_from TEXT NOT NULL,
        byline TEXT,
        published_at TEXT,
        published_at_from TEXT NOT NULL,
        date_estimated BOOLEAN NOT NULL,
        modified_at TEXT,
        language TEXT,
        text TEXT NOT NULL,
        data TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
      );
      CREATE INDEX article_versions_hash ON article_versions(content_hash);
      CREATE INDEX articles_created ON articles(created_at);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE TABLE ingest_runs (
        id BIGSERIAL PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        summary TEXT
      );
    `,
  },
  {
    version: 2,
    name: 'derived data kept per article (extraction)',
    sql: `
      CREATE TABLE article_derived (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, kind)
      );
    `,
  },
  {
    version: 3,
    name: 'change log (what a live analysis reads to catch up)',
    sql: `
      CREATE TABLE article_changes (
        seq BIGSERIAL PRIMARY KEY,
        article_id TEXT NOT NULL,
        version INTEGER                       -- NULL: the article was deleted
      );
      INSERT INTO article_changes (article_id, version) SELECT id, latest_version FROM articles ORDER BY seq;
    `,
  },
];
