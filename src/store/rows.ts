// Stored JSON is validated when read back (zod), so a corrupt row is a clear error,
// not a crash deep in a later stage. Shared by every driver.
import { z } from 'zod';
import type { Article, ArticleDraft, FieldOrigin } from '../core/types.js';
import { StoreError } from './types.js';

const Diagnostic = z.object({
  source: z.string(),
  line: z.number().optional(),
  stage: z.string(),
  code: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});

export const ArticleData = z.object({
  dateline: z.object({ place: z.string().nullable(), agency: z.string().nullable(), date: z.string().nullable() }).nullable(),
  agencies: z.array(z.string()),
  boilerplate: z.object({
    captions: z.array(z.string()),
    credits: z.array(z.string()),
    related: z.array(z.string()),
    notes: z.array(z.string()),
    bylines: z.array(z.string()),
  }),
  diagnostics: z.array(Diagnostic),
  // Optional: articles stored before live-blog updates were kept have none.
  updates: z.array(z.object({ start: z.number().int().nonnegative(), at: z.string() })).optional(),
});

export function dataOf(d: ArticleDraft): string {
  return JSON.stringify({ dateline: d.dateline, agencies: d.agencies, boilerplate: d.boilerplate, diagnostics: d.diagnostics, ...(d.updates?.length ? { updates: d.updates } : {}) });
}

/** Column values shared by every driver, in snake_case. */
export interface VersionRow {
  article_id: string;
  version: number;
  versions: number;
  content_hash: string;
  source: string;
  format: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  outlet_from: string;
  byline: string | null;
  published_at: string | null;
  published_at_from: string;
  date_estimated: number | boolean;
  modified_at: string | null;
  language: string | null;
  text?: string;
  data: string;
  ingested_at: string;
}

export function rowToArticle(row: VersionRow): Article {
  const parsed = ArticleData.safeParse(JSON.parse(row.data));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new StoreError(`stored data of article ${row.article_id} v${row.version} is invalid: ${issues}`, 'corrupt');
  }
  return {
    id: row.article_id,
    version: row.version,
    versions: row.versions,
    ingestedAt: row.ingested_at,
    source: row.source,
    format: row.format as Article['format'],
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    outletFrom: row.outlet_from as FieldOrigin,
    byline: row.byline,
    publishedAt: row.published_at,
    publishedAtFrom: row.published_at_from as FieldOrigin,
    dateEstimated: !!row.date_estimated,
    modifiedAt: row.modified_at,
    language: row.language,
    text: row.text ?? '',
    contentHash: row.content_hash,
    ...parsed.data,
  };
}

/** FTS query from user words: each word quoted, so punctuation can't break the syntax. */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? [];
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1).replace(/"/g, '')}"*` : `"${w.replace(/"/g, '')}"`)).join(' ');
}
