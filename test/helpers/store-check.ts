// The consistency of a SQLite store file after a crash: integrity, articles with all their
// versions and one search row each, no orphan versions, no content stored twice.
import Database from 'better-sqlite3';

export function storeConsistency(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      articles: db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
      // every article has exactly the versions 1..latest, and one FTS row
      badVersions: db.prepare('SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM article_versions v WHERE v.article_id = a.id) != a.latest_version').pluck().get() as number,
      orphanVersions: db.prepare('SELECT count(*) FROM article_versions v WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.article_id)').pluck().get() as number,
      fts: db.prepare('SELECT count(*) FROM article_fts').pluck().get() as number,
      distinctHashes: db.prepare('SELECT count(DISTINCT content_hash) FROM article_versions').pluck().get() as number,
      versions: db.prepare('SELECT count(*) FROM article_versions').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}
