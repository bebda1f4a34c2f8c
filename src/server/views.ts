// Report -> the shapes the API serves: storyline rows, one storyline's or event's comparison
// (with the claims × outlets matrix), one article with its highlights. Pure functions, so the
// web pages, CSV and Markdown exports all read the same figures.
import type { Report } from '../report/schema.js';
import { comparisonColumns, selectComparison, type Comparison } from '../report/compare.js';
import { quantityLabel, sayerNote } from '../report/markdown-claims.js';
import { changeText, verbPhrase } from '../report/markdown-quotes.js';
import { inTimeOrder } from '../7-align/index.js';

type Article = Report['articles'][number];
type Claim = Report['claims'][number];

export interface StorylineRow {
  id: string;
  title: string;
  articles: number;
  outlets: number;
  independentReports: number;
  start: string | null;
  end: string | null;
  events: number;
}

/** The first start and last end (or start) of some events. */
export const span = (events: Array<{ start: string | null; end: string | null }>) => {
  const starts = events.map((e) => e.start).filter((x): x is string => !!x).sort();
  const ends = events.map((e) => e.end ?? e.start).filter((x): x is string => !!x).sort();
  return { start: starts[0] ?? null, end: ends[ends.length - 1] ?? null };
};

export function storylineRows(r: Report): StorylineRow[] {
  return r.storylines.map((s) => ({
    id: s.id,
    title: s.title,
    articles: s.articleIds.length,
    outlets: s.outlets,
    independentReports: s.independentReports,
    ...span(s.events),
    events: s.events.length,
  }));
}

export interface EventRow {
  id: string;
  storylineId: string;
  title: string;
  articles: number;
  outlets: number;
  start: string | null;
  end: string | null;
  /** The start or end comes only from publication dates Parallax estimated. */
  startEstimated: boolean;
  endEstimated: boolean;
}

/** Every event, on one timeline: by start, undated last. */
export function eventRows(r: Report): EventRow[] {
  const { byId } = outletIndex(r);
  return r.storylines
    .flatMap((s) => s.events.map((e) => ({ id: e.id, storylineId: s.id, title: e.title, articles: e.articleIds.length, outlets: new Set(e.articleIds.map((a) => byId.get(a)?.outlet).filter(Boolean)).size, start: e.start, end: e.end, startEstimated: e.startEstimated ?? false, endEstimated: e.endEstimated ?? false })))
    .sort((a, b) => (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff'));
}

export const claimLabel = (c: Claim) => (c.kind !== 'statement' ? `${quantityLabel(c.quantity)}: ${c.values.map((v) => v.text).join(' / ')}` : c.text);

/** Outlet of an article; an article without one stands for itself. */
export const outletIndex = (r: Report) => {
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  return { byId, outletOf: (id: string) => byId.get(id)?.outlet ?? id };
};

/** The first publisher's occurrences first, the rest in the order given. */
const firstLeads = <T extends { articleId: string }>(first: string, xs: T[]): T[] => [...xs.filter((x) => x.articleId === first), ...xs.filter((x) => x.articleId !== first)];

export type CellState = 'carried' | 'missing' | 'conflicting';

/** Claims × outlets: what each outlet carries of each claim, and the values it gives for figures. */
export function coverageMatrix(c: Comparison, r: Report) {
  const { byId, outletOf } = outletIndex(r);
  const rows = [...c.claims]
    .sort((a, b) => b.independentReports - a.independentReports || (a.id < b.id ? -1 : 1))
    .map((claim) => ({
      claimId: claim.id,
      kind: claim.kind,
      label: claimLabel(claim),
      status: claim.status,
      independentReports: claim.independentReports,
      // A storyline's values that differ only between its events: the quantity changed, nobody disputes it.
      overTime: claim.overTime ?? false,
      // Joined by the optional model (serve --vectors): which model and how close the wordings were.
      byMeaning: claim.byMeaning ?? null,
      // One cell per column: an outlet (outlet: its name), then an article with no outlet (outlet: null).
      cells: comparisonColumns(c).map((column) => {
        const articleIds = [...new Set(claim.occurrences.map((o) => o.articleId).filter((a) => outletOf(a) === column))];
        // A value with who gives it in this column's articles, as in the Markdown: "47 (the directorate)".
        const said = new Set(claim.occurrences.filter((o) => outletOf(o.articleId) === column).flatMap((o) => o.sayer?.toLowerCase() ?? []));
        const values = claim.values.filter((v) => v.articleIds.some((a) => outletOf(a) === column)).map((v) => v.text + sayerNote(v.sayers?.filter((s) => said.has(s.toLowerCase()))));
        const state: CellState = !articleIds.length ? 'missing' : claim.status === 'conflicting' && values.length ? 'conflicting' : 'carried';
        const outlet = byId.has(column) ? null : column;
        return { outlet, articleId: outlet === null ? column : null, state, values, articleIds };
      }),
    }));
  return { outlets: c.outlets, articlesWithoutOutlet: c.articlesWithoutOutlet, rows };
}

export function comparisonView(r: Report, id: string) {
  const c = selectComparison(r, id);
  if ('error' in c) return c;
  const { byId, outletOf } = outletIndex(r);
  const storyline = r.storylines.find((s) => s.id === c.id || s.events.some((e) => e.id === c.id))!;
  const events = c.kind === 'storyline' ? storyline.events : storyline.events.filter((e) => e.id === c.id);
  const members = new Set(c.articleIds);
  const claimText = new Map(c.claims.map((x) => [x.id, claimLabel(x)]));
  const when = (id: string) => byId.get(id)?.publishedAt ?? null;
  const estimated = (id: string) => byId.get(id)?.dateEstimated ?? false;
  return {
    kind: c.kind,
    id: c.id,
    title: c.title,
    storylineId: storyline.id,
    articles: c.articleIds.map((a) => ({ id: a, title: byId.get(a)?.title ?? null, outlet: byId.get(a)?.outlet ?? null, publishedAt: when(a), dateEstimated: estimated(a) })),
    outlets: c.outlets,
    articlesWithoutOutlet: c.articlesWithoutOutlet,
    independentReports: c.kind === 'storyline' ? storyline.independentReports : new Set(c.claims.flatMap((x) => x.occurrences.map((o) => o.articleId))).size,
    ...span(events),
    events: events.map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end, startEstimated: e.startEstimated ?? false, endEstimated: e.endEstimated ?? false, reportedDays: e.reportedDays ?? [], articleIds: e.articleIds })),
    matrix: coverageMatrix(c, r),
    omissions: c.omissions.map((o) => ({ outlet: o.outlet, articleIds: o.articleIds, missing: o.missing.map((m) => ({ claimId: m.claimId, label: claimText.get(m.claimId) ?? m.claimId })) })),
    figureTimelines: c.figureTimelines.map((t, i) => ({
      id: `t${i + 1}`,
      label: quantityLabel(t.quantity),
      points: t.points.map((p) => ({ articleId: p.articleId, outlet: outletOf(p.articleId), publishedAt: p.publishedAt, dateEstimated: estimated(p.articleId), value: p.low, text: p.text, sayer: p.sayer ?? null, stale: p.stale })),
    })),
    quotes: c.quotes.map((q) => {
      const credit = new Map(q.provenance.reuse.map((x) => [x.articleId, x.credit] as const));
      const first = q.provenance.firstArticleId;
      return {
        id: q.id,
        text: q.text,
        speaker: q.speaker,
        firstPublisher: byId.has(first) ? { articleId: first, outlet: byId.get(first)!.outlet, publishedAt: when(first), dateEstimated: estimated(first) } : null,
        // With undated articles among them, which came first is not known for sure.
        undatedArticleIds: q.provenance.undatedArticleIds ?? [],
        // Dated by the day only on the first publisher's day: their order with it is not known.
        sameDayArticleIds: q.provenance.sameDayArticleIds ?? [],
        // The first publisher's occurrence leads (an undated interview can be first), then earliest first, undated last.
        occurrences: firstLeads(first, inTimeOrder(q.occurrences.map((o) => ({
          articleId: o.articleId,
          outlet: outletOf(o.articleId),
          publishedAt: when(o.articleId),
          dateEstimated: estimated(o.articleId),
          verb: o.verb,
          channel: o.channel,
          // "told AFP", "said (a statement)"
          verbPhrase: o.verb ? verbPhrase(o) : null,
          speaker: o.speaker,
          // "cut short", "changed: −winter +spring"; null: the first wording.
          wording: changeText(o) || null,
          credit: o.articleId === first ? 'first' : (credit.get(o.articleId) ?? 'unknown'),
        })))),
      };
    }),
    derivations: r.derivations.filter((d) => members.has(d.articleId) && members.has(d.sourceArticleId)).map((d) => ({ articleId: d.articleId, sourceArticleId: d.sourceArticleId, reusedFraction: d.reusedFraction })),
    framing: c.framing.map((f) => ({ referent: f.referent, entityId: f.entityId, terms: f.outlets.flatMap((o) => o.terms.map((t) => ({ outlet: o.outlet, term: t.term, count: t.count }))) })),
  };
}

export type ComparisonView = Exclude<ReturnType<typeof comparisonView>, { error: string }>;

export interface Highlight {
  start: number;
  end: number;
  kind: 'quote' | 'claim' | 'name' | 'loaded' | 'scare';
  label: string;
}

/** Every span worth marking in one article's text, in text order. */
export function highlightsOf(r: Report, a: Article): Highlight[] {
  const out: Highlight[] = [];
  for (const q of r.quotes) for (const o of q.occurrences) if (o.articleId === a.id) out.push({ start: o.start, end: o.end, kind: 'quote', label: `${o.speaker ?? q.speaker ?? 'unattributed'}${o.verb ? ` (${o.verb})` : ''}` });
  for (const c of r.claims) for (const o of c.occurrences) if (o.articleId === a.id) out.push({ start: o.start, end: o.end, kind: 'claim', label: `${c.status}, ${c.independentReports} report(s)` });
  for (const e of r.entities) for (const m of e.mentions) if (m.articleId === a.id) out.push({ start: m.start, end: m.end, kind: 'name', label: `${e.name} (${e.type})` });
  for (const q of a.scareQuotes) out.push({ start: q.start, end: q.end, kind: 'scare', label: 'scare quotes' });
  const loaded = new Map(a.loadedWords.map((w) => [w.word.toLowerCase(), w]));
  if (loaded.size) {
    for (const m of a.text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
      const w = loaded.get(m[0].toLowerCase());
      if (w) out.push({ start: m.index, end: m.index + m[0].length, kind: 'loaded', label: w.valence === null ? 'framing word' : `valence ${w.valence}` });
    }
  }
  return out.filter((h) => h.start >= 0 && h.end <= a.text.length && h.start < h.end).sort((x, y) => x.start - y.start || y.end - x.end);
}

export function articleView(r: Report, a: Article) {
  const storyline = r.storylines.find((s) => s.articleIds.includes(a.id)) ?? null;
  const event = storyline?.events.find((e) => e.articleIds.includes(a.id)) ?? null;
  const why = event?.why.find((w) => w.articleId === a.id) ?? null;
  const { byId } = outletIndex(r);
  const side = (otherId: string, d: Report['derivations'][number]) => ({
    articleId: otherId,
    title: byId.get(otherId)?.title ?? null,
    outlet: byId.get(otherId)?.outlet ?? null,
    reusedFraction: d.reusedFraction,
    passages: d.passages.map((p) => ({ start: p.start, end: p.end, sourceStart: p.sourceStart, sourceEnd: p.sourceEnd })),
    text: byId.get(otherId)?.text ?? '',
  });
  return {
    article: { id: a.id, source: a.source, title: a.title, outlet: a.outlet, byline: a.byline, publishedAt: a.publishedAt, dateEstimated: a.dateEstimated, language: a.language, text: a.text },
    storyline: storyline && { id: storyline.id, title: storyline.title },
    event: event && { id: event.id, title: event.title },
    why: why && { score: why.score, terms: why.terms, names: why.names, matched: why.matched },
    highlights: highlightsOf(r, a),
    sources: r.derivations.filter((d) => d.articleId === a.id).map((d) => side(d.sourceArticleId, d)),
    copies: r.derivations.filter((d) => d.sourceArticleId === a.id).map((d) => side(d.articleId, d)),
  };
}
