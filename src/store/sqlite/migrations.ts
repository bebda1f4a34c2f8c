// Ordered schema migrations; each runs in its own transaction and is recorded.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles, versions, full-text index, ingest runs',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT UNIQUE,                      -- identity for versioning; NULL when the input has no URL
        latest_version INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE article_versions (
        article_id TEXT NOT NULL REFERENCES articles(id),
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
        date_estimated INTEGER NOT NULL,
        modified_at TEXT,
        language TEXT,
        text TEXT NOT NULL,
        data TEXT NOT NULL,                   -- JSON: dateline, agencies, boilerplate, diagnostics
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
      );
      CREATE INDEX article_versions_hash ON article_versions(content_hash);
      CREATE INDEX articles_created ON articles(created_at);
      -- rowid = articles.rowid; holds the latest version only
      CREATE VIRTUAL TABLE article_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
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
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        key TEXT NOT NULL,                    -- which article version and which code made it
        data TEXT NOT NULL,                   -- JSON
        PRIMARY KEY (article_id, kind)
      );
    `,
  },
  {
    version: 3,
    name: 'change log (what a live analysis reads to catch up)',
    sql: `
      CREATE TABLE article_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL,
        version INTEGER                       -- NULL: the article was deleted
      );
      -- A store made before the log: each article's latest version, in ingest order.
      INSERT INTO article_changes (article_id, version) SELECT id, latest_version FROM articles ORDER BY rowid;
    `,
  },
  {
    version: 4,
    name: 'full-text index over the latest versions, without a copy of their text',
    // The index kept its own copy of every title and text (a sixth of a store). Now it reads them
    // from the latest versions (an external-content FTS5 table over a view): entries are written
    // as before, and removed (DELETE ... WHERE rowid) while the view still shows the version
    // indexed. Rebuilt here from the versions, in this migration's transaction.
    sql: `
      DROP TABLE article_fts;
      CREATE VIEW article_fts_source AS
        SELECT a.rowid AS id, v.title AS title, v.text AS text
        FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version;
      CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content = 'article_fts_source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO article_fts (article_fts) VALUES ('rebuild');
    `,
  },
];
