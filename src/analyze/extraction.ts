// Report sections from the extraction stage: entities resolved across all articles, quotes
// grouped across articles (one quote, several occurrences, each with its own wording,
// speaker, verb and channel), and each article's figures and dates.
import type { AnalysisArticle, Derivation } from '../core/analysis.js';
import { extractArticle, type ArticleExtraction } from '../6-extract/index.js';
import { resolveEntities } from '../6-extract/entities/resolve.js';
import { groupQuotes } from '../6-extract/align/quote-groups.js';
import { quoteProvenance, standsIn } from '../7-align/quote-provenance.js';
import { describedSpeakers } from './described-speakers.js';
import type { ReportArticleExtraction, ReportEntity, ReportQuote } from '../report/schema.js';

export interface ExtractionSections {
  entities: ReportEntity[];
  quotes: ReportQuote[];
  perArticle: Map<string, ReportArticleExtraction>;
  /** Each article's full extraction (sentences included), for the later stages. */
  extracted: Map<string, ArticleExtraction>;
}

/**
 * Each article's extraction kept between analyses (a server re-analysing its store after an
 * ingest extracts only the new articles). Keyed by id, content hash and date, so a new version
 * is extracted again; the oldest entries go first past `max`.
 */
type CacheKey = Pick<AnalysisArticle, 'id' | 'contentHash' | 'publishedAt'>;

export class ExtractionCache {
  private readonly map = new Map<string, ArticleExtraction>();
  hits = 0;
  constructor(readonly max = 20_000) {}

  private static key(a: CacheKey): string {
    return `${a.id}\u0000${a.contentHash}\u0000${a.publishedAt}`;
  }

  get(a: AnalysisArticle): ArticleExtraction {
    const hit = this.map.get(ExtractionCache.key(a));
    if (hit) {
      this.hits++;
      return hit;
    }
    const x = extractArticle(a.text, a.publishedAt);
    this.put(a, x);
    return x;
  }

  has(a: CacheKey): boolean {
    return this.map.has(ExtractionCache.key(a));
  }

  /** An extraction made elsewhere (read from the store) for this version of the article. */
  put(a: CacheKey, x: ArticleExtraction): void {
    this.map.set(ExtractionCache.key(a), x);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}

export function extractionSections(articles: AnalysisArticle[], cache?: ExtractionCache): ExtractionSections {
  const extract = (a: AnalysisArticle) => (cache ? cache.get(a) : extractArticle(a.text, a.publishedAt));
  const extracted = new Map<string, ArticleExtraction>(articles.map((a) => [a.id, extract(a)]));
  const resolution = resolveEntities(articles.map((a) => ({ id: a.id, entities: extracted.get(a.id)!.entities.entities })));
  const entityId = (articleId: string, local: number | null) => (local === null ? null : (resolution.idOf.get(articleId)?.[local] ?? null));

  const mentionsOf = new Map<string, ReportEntity['mentions']>();
  for (const a of articles) {
    for (const m of extracted.get(a.id)!.entities.mentions) {
      const id = entityId(a.id, m.entity)!;
      const list = mentionsOf.get(id) ?? [];
      list.push({ articleId: a.id, start: m.start, end: m.end, text: m.text, form: m.form });
      mentionsOf.set(id, list);
    }
  }
  const entities: ReportEntity[] = resolution.entities.map((e) => ({ ...e, mentions: mentionsOf.get(e.id) ?? [] }));
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));

  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const described = describedSpeakers(resolution.entities, resolution.idOf);
  // Earliest article first (undated last): a group's reference wording is its first publisher's,
  // so a later cut or edit is described as the change, not the original.
  const byTime = articles.map((a, i) => ({ a, i })).sort((x, y) => (x.a.publishedAt ?? '\uffff').localeCompare(y.a.publishedAt ?? '\uffff') || x.i - y.i).map((x) => x.a);
  const speakerOf = (articleId: string, q: ArticleExtraction['quotes'][number]) => entityId(articleId, q.speakerEntity) ?? described.resolve(articleId, q.speaker?.text ?? null);
  // The speaker lets the same speaker's edited quote join its original (quote-groups.ts), by the
  // last word of its name: "Harbourmaster Ilka Dorne" and "Ilka Dorne" may stay two entities.
  const speakerKey = (id: string | null, written: string | null) => {
    const name = id ? nameOf.get(id) : written && !standsIn(written) ? written : null;
    return name ? name.toLowerCase().split(/\s+/).pop()! : null;
  };
  const occ = byTime.flatMap((a) => extracted.get(a.id)!.quotes.map((q, i) => {
    const speakerEntityId = speakerOf(a.id, q);
    return { key: `${a.id}#${i}`, articleId: a.id, q, text: q.content.text, speakerEntityId, speaker: speakerKey(speakerEntityId, q.speaker?.text ?? null), paraphrase: q.kind === 'reported' };
  }));
  const byKey = new Map(occ.map((o) => [o.key, o]));
  const quotes: ReportQuote[] = groupQuotes(occ).map((g) => {
    const occurrences = g.members.map((k) => {
      const { articleId, q, speakerEntityId } = byKey.get(k)!;
      return {
        articleId, start: q.content.start, end: q.content.end, text: q.content.text, kind: q.kind,
        verb: q.cue?.text ?? null, lemma: q.verb, speaker: q.speaker?.text ?? null, speakerEntityId,
        channel: q.channel?.text ?? null, change: g.changes.get(k) ?? null,
      };
    });
    const speakerEntityId = majority(occurrences.map((o) => o.speakerEntityId));
    const speaker = speakerEntityId ? nameOf.get(speakerEntityId)! : majority(occurrences.map((o) => o.speaker));
    const provenance = quoteProvenance(occurrences, byArticle);
    return { id: `q-${g.members[0]!.replace('#', '-')}`, text: occurrences[0]!.text, speaker, speakerEntityId, occurrences, provenance };
  });

  const perArticle = new Map<string, ReportArticleExtraction>();
  for (const a of articles) {
    const x = extracted.get(a.id)!;
    perArticle.set(a.id, { figures: x.figures, dates: x.dates, eventDate: x.eventDate });
  }
  return { entities, quotes, perArticle, extracted };
}

/**
 * The quotes' provenance once the copies are known (they are found beside the extraction, maybe
 * on another thread): a quote in an article that copies another (src/4-derive) is read again, so
 * that the Courier's near-copy of the wire is "uncredited", not "heard in public".
 */
export function withCopies(quotes: ReportQuote[], articles: AnalysisArticle[], derivations: Derivation[]): ReportQuote[] {
  const copies = new Set(derivations.map((d) => d.articleId));
  if (!copies.size) return quotes;
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  return quotes.map((q) => (q.occurrences.some((o) => copies.has(o.articleId)) ? { ...q, provenance: quoteProvenance(q.occurrences, byArticle, derivations) } : q));
}

/** The most frequent non-null value (first seen wins a tie), or null. */
function majority<T>(values: Array<T | null>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
