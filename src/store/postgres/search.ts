// Full-text search for the PostgreSQL store, with the SQLite store's behaviour: any words
// (punctuation never breaks the query), all of them required, "word*" as a prefix, case and
// diacritics ignored ("Zürich" finds "Zurich"). Texts and queries are folded here, in JS, so
// the database needs no extension (unaccent is not always installed).

/** Lower case, diacritics of Latin letters removed: "Édouard Ó Súilleabháin" -> "edouard o suilleabhain". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC').toLowerCase();
}

/** SQL for the weighted document of an article: title (weight A) and body (B), already folded. */
export function searchDocument(titleParam: string, textParam: string): string {
  return `setweight(to_tsvector('simple', ${titleParam}), 'A') || setweight(to_tsvector('simple', ${textParam}), 'B')`;
}

/**
 * User words -> a tsquery (as SQL with one parameter), or null without any word:
 * 'levee "cracks" AND (' -> 'levee' & 'cracks' & 'and'; 'sea*' -> 'sea':*.
 */
export function searchQuery(q: string): { sql: string; params: string[] } | null {
  const terms: string[] = [];
  for (const word of q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? []) {
    const prefix = word.endsWith('*');
    const parts = foldForSearch(word).match(/[\p{L}\p{N}]+/gu) ?? [];
    parts.forEach((p, i) => terms.push(`'${p}'${prefix && i === parts.length - 1 ? ':*' : ''}`));
  }
  return terms.length ? { sql: `to_tsquery('simple', $1)`, params: [terms.join(' & ')] } : null;
}
