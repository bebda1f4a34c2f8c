// Quotes for people (the Markdown report and `parallax compare`): who is quoted, the words,
// who published them first, the verb each outlet chose as written ("said" here, "claimed"
// there) and where it says the words were said, and how later articles reused them: with or
// without credit, cut short or with words changed. Descriptive: the words, never a verdict.
import { cell, dated, short } from './md-cells.js';
import type { Report } from './schema.js';
import { standsIn } from '../7-align/quote-provenance.js';

type Quote = Report['quotes'][number];
type Occurrence = Quote['occurrences'][number];

export interface QuoteContext {
  /** The outlet an article id is shown as (its id when it has none). */
  outletOf: (articleId: string) => string;
  /** The article's publication date, or null. */
  publishedAt: (articleId: string) => string | null;
  /** Whether that date was estimated (shown "(est.)"). */
  dateEstimated?: (articleId: string) => boolean;
  /** An entity's name (report.entities), to show one person named differently by each outlet once. */
  entityName?: (entityId: string) => string | undefined;
  /** Whether the article names an outlet (else it is counted as an article, not as an outlet). */
  hasOutlet?: (articleId: string) => boolean;
}

/** The context over a report: dates from its articles, entity names from its entities. */
export function quoteContext(r: Pick<Report, 'articles' | 'entities'>, outletOf: (articleId: string) => string): QuoteContext {
  const dates = new Map(r.articles.map((a) => [a.id, a] as const));
  const names = new Map(r.entities.map((e) => [e.id, e.name] as const));
  return { outletOf, publishedAt: (id) => dates.get(id)?.publishedAt ?? null, dateEstimated: (id) => !!dates.get(id)?.dateEstimated, entityName: (id) => names.get(id), hasOutlet: (id) => !!dates.get(id)?.outlet };
}

/** Articles that carry the quote, counted once each. */
const articlesOf = (q: Quote) => new Set(q.occurrences.map((o) => o.articleId)).size;
const listed = (xs: Iterable<string>) => [...new Set(xs)].map(cell).join(', ');

/** Quotes carried by two or more articles first (most articles first), then the others; stable otherwise. */
export function byReach(quotes: readonly Quote[]): Quote[] {
  return quotes.map((q, i) => ({ q, i, n: articlesOf(q) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.q);
}

/** The last word's singular: "prosecutors" -> "prosecutor", "authorities" -> "authority", "witnesses" -> "witness"; "census" stays. */
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(ss|x|ch|sh)es$/, '$1').replace(/(?<![su])s$/, '');

/**
 * A speaker written without an entity, as one key whatever its case, article or number: "The
 * union", "the union", "Union"; "Prosecutors", "the prosecutor".
 */
const described = (speaker: string) => `\u0000${speaker.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\p{L}+$/u, singular)}`;

/** Who an occurrence credits: its resolved entity, else its description as written, else the quote's speaker. */
function creditedTo(q: Quote, o: Occurrence, ctx: QuoteContext): { key: string; name: string } {
  if (o.speakerEntityId) return { key: o.speakerEntityId, name: ctx.entityName?.(o.speakerEntityId) ?? (o.speakerEntityId === q.speakerEntityId ? q.speaker : null) ?? o.speaker ?? 'unattributed' };
  // An unresolved "he" or "the spokesman" stands for the quote's speaker (as the provenance reads
  // it), and so does any description when the occurrences agree on who spoke.
  if (!q.provenance.speakerDiffers || !o.speaker || standsIn(o.speaker)) return { key: q.speakerEntityId ?? described(q.speaker ?? ''), name: q.speaker ?? 'unattributed' };
  return { key: described(o.speaker), name: o.speaker };
}

/**
 * Each speaker's key, a description joined to the one entity of the same name: "Prosecutors"
 * resolved to an entity in some articles and left as written in others is one speaker.
 */
function speakerKeys(quotes: readonly Quote[], ctx: QuoteContext): (q: Quote, o: Occurrence) => { key: string; name: string } {
  const entityOf = new Map<string, string | null>();
  for (const q of quotes) for (const o of q.occurrences) {
    const c = creditedTo(q, o, ctx);
    if (c.key.startsWith('\u0000')) continue;
    const d = described(c.name);
    // Two entities of one name stay apart: the description could be either.
    entityOf.set(d, entityOf.has(d) && entityOf.get(d) !== c.key ? null : c.key);
  }
  return (q, o) => {
    const c = creditedTo(q, o, ctx);
    const id = c.key.startsWith('\u0000') ? entityOf.get(c.key) : null;
    return id ? { key: id, name: ctx.entityName?.(id) ?? c.name } : c;
  };
}

/**
 * The speaker column: the resolved speaker, or, when the same words are credited to different
 * people, each of them (by entity where resolved) with the outlets that name them:
 * "Ana Ruiz (Herald, Vantra); Tomas Varn (Dunmore Post)".
 */
export function speakerCell(q: Quote, ctx: QuoteContext): string {
  if (!q.provenance.speakerDiffers) return cell(q.speaker ?? 'unattributed');
  const by = new Map<string, { name: string; outlets: string[] }>();
  const creditOf = speakerKeys([q], ctx);
  for (const o of q.occurrences) {
    const { key, name } = creditOf(q, o);
    (by.get(key) ?? by.set(key, { name, outlets: [] }).get(key)!).outlets.push(ctx.outletOf(o.articleId));
  }
  return [...by.values()].map(({ name, outlets }) => `${cell(name)} (${listed(outlets)})`).join('; ');
}

/**
 * The verb as written with where the words were said: "told AFP" (the hearer of "tell" is its
 * object), "said (a statement)", "said"; "no verb" when the article gives none.
 */
export function verbPhrase(o: Pick<Occurrence, 'verb' | 'lemma' | 'channel'>): string {
  const verb = o.verb ?? 'no verb';
  if (!o.channel) return verb;
  return o.lemma === 'tell' ? `${verb} ${o.channel}` : `${verb} (${o.channel})`;
}

/** The verbs as written, each with where it was said when named and the outlets using it: "said: Herald; told AFP: Vantra". */
export function verbsCell(q: Quote, ctx: QuoteContext): string {
  const by = new Map<string, string[]>();
  for (const o of q.occurrences) {
    const key = verbPhrase(o);
    (by.get(key) ?? by.set(key, []).get(key)!).push(ctx.outletOf(o.articleId));
  }
  return [...by].map(([verb, outlets]) => `${cell(verb)}: ${listed(outlets)}`).join('; ');
}

/**
 * How one later occurrence differs from the first wording: "cut short", "changed: −winter
 * +spring", "same words, other order or punctuation", or "" when it is the same.
 */
export function changeText(o: Occurrence, words = 4): string {
  const c = o.change;
  if (!c) return '';
  if (!c.removed.length && !c.added.length) return 'same words, other order or punctuation';
  if (c.truncated) return 'cut short';
  const part = (sign: string, ws: string[]) => (ws.length ? `${sign}${ws.slice(0, words).join(' ')}${ws.length > words ? ' …' : ''}` : '');
  return `changed: ${[part('−', c.removed), part('+', c.added)].filter(Boolean).join(' ')}`;
}

/** Later reuse, one entry per article: "Vantra uncredited, cut short; Dunmore credited". */
export function reuseCell(q: Quote, ctx: QuoteContext): string {
  const occurrenceOf = new Map(q.occurrences.map((o) => [o.articleId, o] as const));
  const parts = q.provenance.reuse.map((x) => {
    const o = occurrenceOf.get(x.articleId);
    const change = o ? changeText(o) : '';
    return `${cell(ctx.outletOf(x.articleId))} ${x.credit === 'public' ? 'heard in public' : x.credit}${change ? `, ${cell(change)}` : ''}`;
  });
  return parts.join('; ') || '—';
}

/** The table of quotes: words, speaker, first publisher and date, verbs as written, later reuse. */
/**
 * The words in quotation marks when the first publisher quotes them; reported speech ("blamed army
 * artillery on the ridge") is no quotation and is shown as reported.
 */
function wordsCell(q: Quote): string {
  const first = q.occurrences.find((o) => o.articleId === q.provenance.firstArticleId) ?? q.occurrences[0];
  return first?.kind === 'reported' ? `reported: ${cell(short(q.text, 90))}` : `“${cell(short(q.text, 90))}”`;
}

export function quotesTable(quotes: readonly Quote[], ctx: QuoteContext, max = 30): string[] {
  if (!quotes.length) return [];
  const out = ['| quote | speaker | first published | verbs as written | later reuse |', '|---|---|---|---|---|'];
  for (const q of quotes.slice(0, max)) {
    const first = q.provenance.firstArticleId;
    const when = dated(ctx.publishedAt(first), ctx.dateEstimated?.(first));
    // With undated articles among those carrying the words, which came first is not known.
    const undated = (q.provenance.undatedArticleIds ?? []).filter((a) => a !== first).length;
    // Dated by the day only, on the first publisher's day: which came first that day is not known.
    const sameDay = (q.provenance.sameDayArticleIds ?? []).filter((a) => a !== first).length;
    const why = [sameDay ? `${sameDay} dated by day only on that day` : '', undated ? `${undated} undated` : ''].filter(Boolean).join(', ');
    const unsure = why ? ` (order uncertain: ${why})` : '';
    out.push(`| ${wordsCell(q)} | ${speakerCell(q, ctx)} | ${cell(ctx.outletOf(first))}, ${when}${unsure} | ${verbsCell(q, ctx)} | ${reuseCell(q, ctx)} |`);
  }
  if (quotes.length > max) out.push('', `… ${quotes.length - max} more quotes in the JSON report.`);
  return out;
}

/**
 * Who is quoted, most quotes first: "Ana Ruiz: 3 quotes in 2 outlets; a US official: 1 quote in
 * 1 outlet". A speaker is the resolved entity where there is one, else the description as
 * written; words credited to two people count for each, in the outlets that credit them.
 */
export function speakersLine(quotes: readonly Quote[], ctx: QuoteContext, max = 10): string {
  // Articles with no outlet are counted apart ("in 1 outlet and 2 articles with no outlet"), as the report's header counts them.
  const by = new Map<string, { name: string; quotes: Set<string>; outlets: Set<string>; loose: Set<string> }>();
  const creditOf = speakerKeys(quotes, ctx);
  for (const q of quotes) {
    for (const o of q.occurrences) {
      const { key, name } = creditOf(q, o);
      const s = by.get(key) ?? by.set(key, { name, quotes: new Set(), outlets: new Set(), loose: new Set() }).get(key)!;
      s.quotes.add(q.id);
      if (ctx.hasOutlet?.(o.articleId) ?? true) s.outlets.add(ctx.outletOf(o.articleId));
      else s.loose.add(o.articleId);
    }
  }
  const reach = (s: { outlets: Set<string>; loose: Set<string> }) => s.outlets.size + s.loose.size;
  const ranked = [...by.values()].sort((a, b) => b.quotes.size - a.quotes.size || reach(b) - reach(a) || a.name.localeCompare(b.name));
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const where = (s: { outlets: Set<string>; loose: Set<string> }) =>
    [s.outlets.size ? plural(s.outlets.size, 'outlet') : '', s.loose.size ? `${plural(s.loose.size, 'article')} with no outlet` : ''].filter(Boolean).join(' and ');
  const shown = ranked.slice(0, max).map((s) => `${cell(s.name)}: ${plural(s.quotes.size, 'quote')} in ${where(s)}`);
  return shown.join('; ') + (ranked.length > max ? `; and ${ranked.length - max} more` : '');
}
