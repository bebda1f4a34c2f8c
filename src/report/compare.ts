// `parallax compare`: one storyline or event, outlet by outlet — the claim matrix (claims ×
// outlets), what each outlet left out, figures followed in time, the words each outlet uses,
// and the quotes several articles carry (who said them, who published them first, the verbs
// each outlet chose, reuse with or without credit, changed wording). Pure functions over a report.
import { cell, counted, dated, eventDays, short } from './md-cells.js';
import type { Report } from './schema.js';
import { differ, partLabel, sayerNote, valueText } from './markdown-claims.js';
import { framingTable } from './markdown-framing.js';
import { byReach, quoteContext, quotesTable } from './markdown-quotes.js';

export interface Comparison {
  kind: 'storyline' | 'event';
  id: string;
  title: string;
  articleIds: string[];
  /** Publication time of its first and last article (its events' for a storyline), as in the report's events. */
  start: string | null;
  end: string | null;
  /** The days its articles say an event happened on (an event's reportedDays; none for a storyline of several events). */
  reportedDays: NonNullable<Report['storylines'][number]['events'][number]['reportedDays']>;
  /** The outlets of its articles (names only). */
  outlets: string[];
  /** Its articles with no outlet: each stands for itself (a column of its own in the matrix). */
  articlesWithoutOutlet: string[];
  claims: Report['claims'];
  omissions: Report['omissions'];
  figureTimelines: Report['figureTimelines'];
  framing: Report['framing'];
  quotes: Report['quotes'];
}

/** The storyline or event with this id, or else the only one whose id starts with it. */
export function selectComparison(r: Report, id: string): Comparison | { error: string } {
  const all = r.storylines.flatMap((s) => [{ kind: 'storyline' as const, id: s.id, title: s.title, articleIds: s.articleIds, storylineId: s.id, eventIds: s.events.map((e) => e.id), events: s.events }, ...s.events.map((e) => ({ kind: 'event' as const, id: e.id, title: e.title, articleIds: e.articleIds, storylineId: s.id, eventIds: [e.id], events: [e] }))]);
  const hits = all.filter((x) => x.id === id).length ? all.filter((x) => x.id === id) : all.filter((x) => x.id.startsWith(id));
  if (hits.length !== 1) return { error: hits.length ? `"${id}" matches ${hits.length} storylines/events: ${hits.slice(0, 5).map((h) => h.id).join(', ')}` : `no storyline or event with id "${id}" (run parallax compare without an id for the list)` };
  const x = hits[0]!;
  const members = new Set(x.articleIds);
  const events = new Set(x.eventIds);
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  const whole = x.kind === 'storyline' && x.eventIds.length > 1;
  return {
    kind: x.kind,
    id: x.id,
    title: x.title,
    articleIds: x.articleIds,
    ...spanOf(x.events),
    outlets: [...new Set(x.articleIds.flatMap((a) => byId.get(a)?.outlet ?? []))],
    articlesWithoutOutlet: x.articleIds.filter((a) => !byId.get(a)?.outlet),
    // A storyline of several events is compared as a whole; an event (or a one-event storyline) by its own claims.
    claims: r.claims.filter((c) => (whole ? c.storylineId === x.id && c.eventId === null : c.eventId !== null && events.has(c.eventId))),
    omissions: r.omissions.filter((o) => (whole ? o.storylineId === x.id && o.eventId === null : o.eventId !== null && events.has(o.eventId))),
    // An event shows its own articles' points and words; a storyline all of them.
    figureTimelines: r.figureTimelines
      .filter((t) => t.storylineId === x.storylineId && t.points.some((p) => members.has(p.articleId)))
      .map((t) => (x.kind === 'event' ? { ...t, points: t.points.filter((p) => members.has(p.articleId)) } : t)),
    framing: r.framing.filter((f) => f.storylineId === x.storylineId).flatMap((f) => (x.kind === 'event' ? framingWithin(f, members, (a) => byId.get(a)?.outlet ?? a) : [f])),
    quotes: r.quotes.filter((q) => q.occurrences.some((o) => members.has(o.articleId)) && new Set(q.occurrences.map((o) => o.articleId)).size > 1),
  };
}

/** First start and last end of some events (ISO strings compare in time order), and an only event's reported days. */
function spanOf(events: Report['storylines'][number]['events']): Pick<Comparison, 'start' | 'end' | 'reportedDays'> {
  const starts = events.map((e) => e.start).filter((d): d is string => !!d).sort();
  const ends = events.map((e) => e.end).filter((d): d is string => !!d).sort();
  return { start: starts[0] ?? null, end: ends.at(-1) ?? null, reportedDays: events.length === 1 ? events[0]!.reportedDays ?? [] : [] };
}

/** A framing row cut to some articles (an event's): terms, sentences and the counts by outlet; none when nothing is left. */
export function framingWithin(f: Report['framing'][number], members: ReadonlySet<string>, outletOf: (articleId: string) => string): Report['framing'] {
  const terms = f.terms.filter((t) => members.has(t.articleId));
  if (!terms.length) return [];
  const by = new Map<string, Map<string, number>>();
  for (const t of terms) {
    const counts = by.get(outletOf(t.articleId)) ?? by.set(outletOf(t.articleId), new Map()).get(outletOf(t.articleId))!;
    counts.set(t.term, (counts.get(t.term) ?? 0) + t.count);
  }
  const outlets = [...by].map(([outlet, counts]) => ({ outlet, terms: [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)) }));
  return [{ ...f, terms, outlets, sentences: f.sentences.filter((s) => members.has(s.articleId)) }];
}

/** The matrix's columns: each outlet, then each article with no outlet (by its id). */
export const comparisonColumns = (c: Pick<Comparison, 'outlets' | 'articlesWithoutOutlet'>): string[] => [...c.outlets, ...c.articlesWithoutOutlet];

/** Ids and titles of every storyline and its events, for choosing what to compare. */
export function comparisonIndex(r: Report): string {
  const out = ['| id | articles | title |', '|---|---|---|'];
  for (const s of r.storylines) {
    out.push(`| ${s.id} | ${s.articleIds.length} | **${cell(s.title)}** |`);
    for (const e of s.events) out.push(`| ${e.id} | ${e.articleIds.length} | ${eventDays(e)}: ${cell(e.title)} |`);
  }
  return out.join('\n');
}


/**
 * `groupedBy`: the outlet-registry attribute the report was grouped by (groupReport), so that
 * columns and rows are named for its values ("stance"), not "outlet".
 */
export function comparisonToMarkdown(c: Comparison, r: Report, maxClaims = 40, maxQuotes = 30, groupedBy: string | null = null): string {
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  const outletOf = (id: string) => byId.get(id)?.outlet ?? id;
  // An article without an outlet stands for itself, shown by its short id as in the report.
  const label = (outlet: string) => (byId.has(outlet) ? outlet.slice(0, 8) : outlet);
  // A figure as this outlet wrote it ("Twenty-three people"), not the first outlet's wording,
  // when one of its articles gives this value and no other value of the claim.
  const ownWording = (x: Report['claims'][number], v: Report['claims'][number]['values'][number], o: string): string => {
    if (x.kind !== 'figure') return valueText(x, v);
    const only = (a: string) => outletOf(a) === o && x.values.filter((w) => w.articleIds.includes(a)).length === 1;
    const occ = x.occurrences.find((oc) => v.articleIds.includes(oc.articleId) && only(oc.articleId));
    const own = occ ? byId.get(occ.articleId)?.text.slice(occ.start, occ.end) : undefined;
    // Who gives it in this outlet's articles ("11,000 (the charity) / 8,000 (officials)").
    const said = new Set(x.occurrences.filter((oc) => v.articleIds.includes(oc.articleId) && outletOf(oc.articleId) === o).flatMap((oc) => oc.sayer?.toLowerCase() ?? []));
    return (own || valueText(x, v)) + sayerNote(v.sayers?.filter((s) => said.has(s.toLowerCase())));
  };
  const known = c.outlets.length;
  const loose = c.articlesWithoutOutlet.length;
  const columns = comparisonColumns(c);
  // Grouped, the columns are the attribute's values: counting them as outlets would mislead.
  const from = groupedBy ? `, grouped by ${cell(groupedBy)}: ${counted(known, 'value')}` : ` from ${counted(known, 'known outlet')}${loose ? ` (${counted(loose, 'article')} with no outlet)` : ''}`;
  const out = [`# ${c.kind === 'storyline' ? 'Storyline' : 'Event'} ${c.id}: ${cell(c.title)}`, '', `${eventDays(c)}. ${counted(c.articleIds.length, 'article')}${from}.`, ''];
  if (c.reportedDays.length) out.push(`The articles date it to ${c.reportedDays.slice(0, 3).map((d) => `${d.day} (${d.articleIds.length} of ${c.articleIds.length})`).join(', ')}.`, '');
  // The claim matrix: the claims more than one report carries, or that conflict.
  const shown = c.claims.filter((x) => x.independentReports > 1 || x.status === 'conflicting').sort((a, b) => b.independentReports - a.independentReports).slice(0, maxClaims);
  out.push(`## Claims × ${groupedBy ? cell(groupedBy) : 'outlets'}`, '');
  if (!shown.length) out.push('No claim is carried by more than one independent report.', '');
  else {
    out.push(`| claim | status | ${columns.map((o) => cell(label(o))).join(' | ')} |`, `|---|---|${columns.map(() => '---|').join('')}`);
    for (const x of shown) {
      const cells = columns.map((o) => {
        if (x.kind !== 'statement') return x.values.filter((v) => v.articleIds.some((a) => outletOf(a) === o)).map((v) => cell(ownWording(x, v, o))).join(' / ');
        return x.occurrences.some((occ) => outletOf(occ.articleId) === o) ? '✓' : '';
      });
      const label = x.kind !== 'statement' ? partLabel(x.quantity, c.claims) : short(x.text, 90);
      out.push(`| ${cell(label)} | ${x.status} (${x.independentReports})${differ(x)}${x.byMeaning ? ', by meaning' : ''} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  const text = new Map(c.claims.map((x) => [x.id, x.kind !== 'statement' ? partLabel(x.quantity, c.claims) : x.text]));
  const left = c.omissions.filter((o) => o.missing.length);
  if (left.length) {
    out.push('## Left out', '', `| ${groupedBy ? cell(groupedBy) : 'outlet'} | corroborated claims not carried | most reported |`, '|---|---|---|');
    for (const o of left) out.push(`| ${cell(label(o.outlet))} | ${o.missing.length} | ${o.missing.slice(0, 3).map((m) => `“${cell(short(text.get(m.claimId) ?? m.claimId, 70))}” (${m.independentReports})`).join('; ')} |`);
    out.push('');
  }
  if (c.figureTimelines.length) {
    out.push('## Figures over time', '');
    for (const t of c.figureTimelines) {
      out.push(`${cell(partLabel(t.quantity, c.claims))}:`, '');
      for (const p of t.points) out.push(`- ${dated(p.publishedAt, byId.get(p.articleId)?.dateEstimated)} ${cell(label(outletOf(p.articleId)))}: ${cell(p.text + sayerNote(p.sayer ? [p.sayer] : []))}${p.stale ? ' — **stale** (a newer figure was already out)' : ''}`);
      out.push('');
    }
  }
  if (c.framing.length) {
    out.push('## Words for the same things', '', ...framingTable(c.framing, label), '');
  }
  // Quotes shared by several articles, most articles first; of as many, those whose verbs, speakers, credit or words differ first.
  const differs = (q: Report['quotes'][number]) => q.provenance.verbs.length > 1 || q.provenance.speakerDiffers || q.provenance.reuse.some((x) => x.credit === 'uncredited') || q.occurrences.some((o) => o.change);
  const quotes = byReach([...c.quotes.filter(differs), ...c.quotes.filter((q) => !differs(q))]);
  if (quotes.length) out.push('## Quotes', '', ...quotesTable(quotes, quoteContext(r, (id) => label(outletOf(id))), maxQuotes), '');
  return out.join('\n');
}
