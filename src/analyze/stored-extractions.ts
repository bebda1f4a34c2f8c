// Each article's extraction kept in the store (table article_derived, kind "extraction"), so that
// it is made once: by whoever ingests the article (a `parallax worker` on any machine, or the
// CLI), and read back by every later analysis instead of extracting again. A row is used only
// when its key matches this version of the article and of the extractor, and its JSON passes
// the schema below with every offset inside the article's text; anything else is extracted again
// and rewritten.
import { z } from 'zod';
import type { Article } from '../core/types.js';
import type { DerivedRow, Store } from '../store/types.js';
import { extractArticle, type ArticleExtraction } from '../6-extract/index.js';
import type { ExtractionCache } from './extraction.js';
import { decodeExtraction, encodeExtraction, isRecord } from './extraction-row.js';

/**
 * Bump when the extractor's output or the row format (extraction-row.ts) changes (a new field, a
 * fixed rule; 23: compact rows; 24: "a statement on Friday" no longer read as the outlet "Friday"; 27: a present schedule verb dates a weekday ahead; 28: crowd and "to safety" actions, dams and wires typed; 29: negated reported speech is no quote; 30: words qualifying a leading title; 31: "add" with a thing added is no cue; 32: date tense (closing attributions, infinitives of intent, yearless dates keep the closest year) and eventDate prefers a finer date outside relative clauses): stored rows made by the older code are then extracted again on
 * their next analysis.
 */
export const EXTRACTOR_VERSION = 40;

type Keyed = Pick<Article, 'id' | 'contentHash' | 'publishedAt' | 'text'>;

/** "x1|<content hash>|<publication date>": which article version and which extractor made a row. */
export const extractionKey = (a: Keyed) => `x${EXTRACTOR_VERSION}|${a.contentHash}|${a.publishedAt ?? ''}`;

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).passthrough();
/**
 * The shape a kept row must have (the contract; fields beyond these are kept as they are).
 * storedExtractionOk checks the same by hand on every read: this schema copied every object of
 * the row and was a tenth of an analysis's garbage. A property test holds the two equal.
 */
export const StoredExtraction = z.object({
  sentences: z.array(span),
  entities: z.object({ mentions: z.array(span), entities: z.array(z.object({}).passthrough()) }),
  quotes: z.array(z.object({ content: span, speakerEntity: z.number().int().nullable() }).passthrough()),
  figures: z.array(span),
  dates: z.array(span),
  eventDate: z.string().nullable(),
});

/** A kept row (extraction-row.ts) as an extraction of this text, or null (bad JSON, another format, wrong shape, an offset past the text). */
export function parseStoredExtraction(json: string, text: string): ArticleExtraction | null {
  let raw: ArticleExtraction | null;
  try {
    raw = decodeExtraction(json, text);
  } catch {
    return null;
  }
  return raw && storedExtractionOk(raw, text.length) ? raw : null;
}

const isOffset = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
/** A span as the schema has it, lying inside a text of this length. */
const spanOk = (x: unknown, length: number) => isRecord(x) && isOffset(x.start) && isOffset(x.end) && x.start <= x.end && x.end <= length;
const spansOk = (x: unknown, length: number) => Array.isArray(x) && x.every((s) => spanOk(s, length));

/** Whether parsed JSON passes StoredExtraction with every span inside a text of this length; nothing is copied. */
export function storedExtractionOk(raw: unknown, length: number): boolean {
  if (!isRecord(raw) || !isRecord(raw.entities)) return false;
  const { sentences, entities, quotes, figures, dates, eventDate } = raw;
  return (
    spansOk(sentences, length) &&
    spansOk(entities.mentions, length) &&
    Array.isArray(entities.entities) &&
    entities.entities.every(isRecord) &&
    Array.isArray(quotes) &&
    quotes.every((q) => isRecord(q) && spanOk(q.content, length) && (q.speakerEntity === null || Number.isSafeInteger(q.speakerEntity))) &&
    spansOk(figures, length) &&
    spansOk(dates, length) &&
    (eventDate === null || typeof eventDate === 'string')
  );
}

export interface ExtractionLoad {
  /** Already in memory. */
  cached: number;
  /** Read from the store. */
  stored: number;
  /** Extracted now (none kept, or a stale or damaged row) and written back. */
  extracted: number;
  /** Rows that were kept but unusable (damaged JSON or offsets): extracted again. */
  damaged: number;
}

const BATCH = 500;

/**
 * One article's extraction from its kept row when the row is current and usable; otherwise made
 * now, with the row to keep (`made`). `damaged`: a current row that failed its checks.
 * Shared by the analysis here and the server's analysis thread.
 */
export function extractionFor(a: Keyed, row: DerivedRow | undefined): { extraction: ArticleExtraction; made: DerivedRow | null; damaged: boolean } {
  const key = extractionKey(a);
  const current = !!row && row.key === key;
  const kept = current ? parseStoredExtraction(row!.data, a.text) : null;
  if (kept) return { extraction: kept, made: null, damaged: false };
  const extraction = extractArticle(a.text, a.publishedAt);
  return { extraction, made: { id: a.id, key, data: encodeExtraction(extraction, a.text) }, damaged: current };
}

/**
 * Makes sure the cache holds the extraction of every article: from memory, else from the store,
 * else extracted now and written to the store for next time. Batches of 500 bound the memory of
 * one read and one write.
 */
export async function loadExtractions(store: Store, articles: Keyed[], cache: ExtractionCache): Promise<ExtractionLoad> {
  const out: ExtractionLoad = { cached: 0, stored: 0, extracted: 0, damaged: 0 };
  const todo = articles.filter((a) => {
    const hit = cache.has(a);
    if (hit) out.cached++;
    return !hit;
  });
  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH);
    const rows = await store.getDerived('extraction', batch.map((a) => a.id));
    const made: DerivedRow[] = [];
    for (const a of batch) {
      const x = extractionFor(a, rows.get(a.id));
      cache.put(a, x.extraction);
      if (x.damaged) out.damaged++;
      if (x.made) (made.push(x.made), out.extracted++);
      else out.stored++;
    }
    if (made.length) await store.putDerived('extraction', made);
  }
  return out;
}

/** The JSON kept for an article's extraction, made here. */
export const extractionJson = (a: Pick<Keyed, 'text' | 'publishedAt'>): string => encodeExtraction(extractArticle(a.text, a.publishedAt), a.text);

/**
 * Extracts and keeps the extraction of articles just stored (the ingest has their text at
 * hand, so nothing is read back), unless a current row exists already. `make` gives the JSON of
 * the articles lacking one (default: extracted here; the ingest's writer hands them to a thread).
 */
export async function storeExtractions(store: Store, articles: Keyed[], make: (fresh: Keyed[]) => string[] | Promise<string[]> = (fresh) => fresh.map(extractionJson)): Promise<number> {
  let made = 0;
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = articles.slice(i, i + BATCH);
    const rows = await store.getDerived('extraction', batch.map((a) => a.id));
    const fresh = batch.filter((a) => rows.get(a.id)?.key !== extractionKey(a));
    const json = fresh.length ? await make(fresh) : [];
    await store.putDerived('extraction', fresh.map((a, k) => ({ id: a.id, key: extractionKey(a), data: json[k]! })));
    made += fresh.length;
  }
  return made;
}
