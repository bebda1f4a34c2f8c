// The consistency of a SQLite store file after a crash: integrity, articles with all their
// versions and one search row each, no orphan versions, no content stored twice; kept
// extractions only for stored articles, each one usable (whole JSON, offsets inside the text).
import Database from 'better-sqlite3';
import { parseStoredExtraction } from '../../src/analyze/stored-extractions.js';

function derivedRows(db: Database.Database): { derived: number; orphanDerived: number; badDerived: number } {
  const rows = db.prepare(`SELECT d.data, v.text FROM article_derived d LEFT JOIN articles a ON a.id = d.article_id LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version`).raw().all() as Array<[string, string | null]>;
  return {
    derived: rows.length,
    orphanDerived: rows.filter(([, text]) => text === null).length,
    badDerived: rows.filter(([data, text]) => text !== null && parseStoredExtraction(data, text) === null).length,
  };
}

export function storeConsistency(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      articles: db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
      // every article has exactly the versions 1..latest, and one FTS row
      badVersions: db.prepare('SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM article_versions v WHERE v.article_id = a.id) != a.latest_version').pluck().get() as number,
      orphanVersions: db.prepare('SELECT count(*) FROM article_versions v WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.article_id)').pluck().get() as number,
      // Rows in the index itself (article_fts reads its content from the versions).
      fts: db.prepare('SELECT count(*) FROM article_fts_docsize').pluck().get() as number,
      distinctHashes: db.prepare('SELECT count(DISTINCT content_hash) FROM article_versions').pluck().get() as number,
      versions: db.prepare('SELECT count(*) FROM article_versions').pluck().get() as number,
      ...derivedRows(db),
    };
  } finally {
    db.close();
  }
}
