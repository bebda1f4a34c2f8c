// The report for people: storylines, who is quoted in them and how the quotes travelled, their
// events on a timeline with their claims compared across outlets, who copied whom.
import { cell, counted, dated, eventDays, short } from './md-cells.js';
import type { Report } from './schema.js';
import { eventClaimsMarkdown } from './markdown-claims.js';
import { storylineFramingMarkdown } from './markdown-framing.js';
import { byReach, quoteContext, quotesTable, speakersLine, type QuoteContext } from './markdown-quotes.js';

const day = (iso: string | null, estimated?: boolean) => dated(iso, estimated, 'date unknown');
const pct = (x: number) => `${Math.round(x * 100)}%`;

export function reportToMarkdown(r: Report): string {
  const byId = new Map(r.articles.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = byId.get(id);
    return a ? `${cell(a.outlet)}: “${cell(a.title ?? short(a.text, 60))}” (${id.slice(0, 8)})` : id;
  };
  const quotes = quoteContext(r, (id) => byId.get(id)?.outlet ?? id.slice(0, 8));
  const out: string[] = ['# Parallax report', '', `${counted(r.articles.length, 'article')}, ${counted(r.storylines.length, 'storyline')}, ${counted(r.derivations.length, 'derivation')}.`, ''];
  for (const s of r.storylines) {
    const unknown = s.articleIds.filter((id) => !byId.get(id)?.outlet).length;
    const outlets = `${s.outlets} known outlet${s.outlets === 1 ? '' : 's'}${unknown ? ` (${unknown} article${unknown === 1 ? '' : 's'} with no outlet)` : ''}`;
    out.push(`## ${cell(s.title)}`, '', `${counted(s.articleIds.length, 'article')} from ${outlets}; ${counted(s.independentReports, 'independent report')}; ${counted(s.events.length, 'event')}.`, '');
    out.push(...storylineFramingMarkdown(r, s.id));
    // Rounds months apart corroborate the same figures: the claims of the events taken together.
    const across = s.events.length > 1 ? eventClaimsMarkdown(r, null, (id) => byId.get(id)?.outlet ?? id.slice(0, 8), s.id) : [];
    if (across.length) out.push('#### Across its events', '', ...across);
    out.push(...storylineQuotesMarkdown(r, s.articleIds, quotes));
    for (const e of s.events) {
      out.push(`### ${eventDays(e, 'date unknown')}: ${cell(e.title)}`, '');
      // Start and end are publication times; the day the articles say it happened may be earlier.
      const told = e.reportedDays ?? [];
      if (told.length) out.push(`The articles date it to ${told.slice(0, 3).map((d) => `${d.day} (${d.articleIds.length} of ${e.articleIds.length})`).join(', ')}.`, '');
      const sw = e.storylineWhy;
      if (sw.via !== 'first') out.push(`In this storyline (${sw.via}, score ${sw.score}): terms ${sw.terms.join(', ') || '—'}; names ${sw.names.join(', ') || '—'}.`, '');
      out.push('| article | published | why it belongs |', '|---|---|---|');
      // By publication date (undated last); the article the event was opened with is said to be that, not "first".
      const when = (id: string) => byId.get(id)?.publishedAt ?? '\uffff';
      for (const w of [...e.why].sort((x, y) => when(x.articleId).localeCompare(when(y.articleId)))) {
        const a = byId.get(w.articleId);
        const why = w.matched ? `score ${w.score}; terms ${w.terms.join(', ') || '—'}; names ${w.names.join(', ') || '—'}` : 'opened the event (the first of its articles read)';
        out.push(`| ${label(w.articleId)} | ${day(a?.publishedAt ?? null, a?.dateEstimated)} | ${cell(why)} |`);
      }
      out.push('');
      out.push(...eventClaimsMarkdown(r, e.id, (id) => byId.get(id)?.outlet ?? id.slice(0, 8)));
    }
  }
  if (r.derivations.length) {
    out.push('## Copies and rewrites', '', '| copy | source | kind | reused | direction |', '|---|---|---|---|---|');
    for (const d of r.derivations) out.push(`| ${label(d.articleId)} | ${label(d.sourceArticleId)} | ${d.kind} | ${pct(d.reusedFraction)} of the copy, ${pct(d.sourceReusedFraction)} of the source | ${cell(d.direction.detail)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** Who a storyline quotes, and the quotes several of its articles carry. */
function storylineQuotesMarkdown(r: Report, articleIds: string[], ctx: QuoteContext, max = 12): string[] {
  const members = new Set(articleIds);
  const quotes = r.quotes.filter((q) => q.occurrences.some((o) => members.has(o.articleId)));
  if (!quotes.length) return [];
  const out = ['#### Who is quoted', '', speakersLine(quotes, ctx) + '.', ''];
  const shared = byReach(quotes.filter((q) => new Set(q.occurrences.map((o) => o.articleId)).size > 1));
  if (shared.length) out.push(`Quotes in more than one article (${shared.length}):`, '', ...quotesTable(shared, ctx, max), '');
  return out;
}
