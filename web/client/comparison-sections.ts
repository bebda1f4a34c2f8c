// The smaller comparison sections: what each outlet left out, how quotes travelled, and the
// words each outlet used for the same referent (framing).
import type { Comparison, Quote } from './api-types.js';
import { appLink, el, list, note, scrollingTable, showMore, userText } from './dom.js';

const QUOTES_SHOWN = 30;
const ROWS_SHOWN = 8;
const MISSING_SHOWN = 15;
import { dated } from './format.js';

export function omissionsList(c: Comparison): HTMLElement {
  const withGaps = list(c.omissions).filter((o) => list(o.missing).length);
  if (!withGaps.length) return note('No outlet left out a corroborated claim.');
  return el(
    'ul',
    { class: 'omissions' },
    ...withGaps.map((o) =>
      el(
        'li',
        {},
        el('strong', { dir: 'auto' }, o.outlet),
        ` left out ${list(o.missing).length}:`,
        listWithMore(list(o.missing), MISSING_SHOWN, (m) => userText('li', m.label), 'left out'),
      ),
    ),
  );
}

function listWithMore<T>(items: T[], limit: number, render: (item: T) => Node, what: string): HTMLElement {
  const ul = el('ul', {});
  const more = showMore(ul, items, limit, render, what);
  return more ? el('div', {}, ul, more) : ul;
}

/** " (order uncertain: 2 articles carrying the words are undated)", or nothing. */
function uncertainty(q: Quote): string {
  const n = list(q.undatedArticleIds).filter((id) => id !== q.firstPublisher?.articleId).length;
  const d = list(q.sameDayArticleIds).filter((id) => id !== q.firstPublisher?.articleId).length;
  const why = [
    d ? `${d} article${d === 1 ? '' : 's'} of that day ${d === 1 ? 'is' : 'are'} dated by the day only` : '',
    n ? `${n} article${n === 1 ? '' : 's'} carrying the words ${n === 1 ? 'is' : 'are'} undated` : '',
  ].filter(Boolean);
  return why.length ? ` (order uncertain: ${why.join('; ')})` : '';
}

function quoteBlock(q: Quote, title: (id: string) => string): HTMLElement {
  const first = q.firstPublisher;
  const row = (o: Quote['occurrences'][number]) =>
    el(
      'tr',
      {},
      el('td', {}, appLink('/articles/', o.articleId, o.outlet, { title: title(o.articleId) })),
      el('td', { class: 'nowrap' }, dated(o.publishedAt, o.dateEstimated)),
      userText('td', o.speaker ?? '—'),
      userText('td', o.verbPhrase ?? '—'),
      userText('td', o.wording ?? (o.credit === 'first' ? 'first wording' : 'same words')),
      el('td', {}, el('span', { class: `credit credit-${o.credit}` }, o.credit)),
    );
  const table = scrollingTable(['Outlet', 'Date', 'Speaker as written', 'Verb', 'Wording', 'Credit'], [], { class: 'occurrences' });
  const more = showMore(table.querySelector('tbody')!, list(q.occurrences), ROWS_SHOWN, row, 'occurrences');
  return el(
    'article',
    { class: 'quote' },
    el('blockquote', { dir: 'auto' }, `“${q.text}”`),
    q.speaker ? el('p', { class: 'speaker' }, '— ', userText('span', q.speaker)) : null,
    el('p', {}, 'First published by ', first ? el('span', {}, appLink('/articles/', first.articleId, first.outlet), ` on ${dated(first.publishedAt, first.dateEstimated)}`) : 'unknown', uncertainty(q)),
    table,
    more,
  );
}

export function quotesList(c: Comparison): HTMLElement {
  const quotes = list(c.quotes);
  if (!quotes.length) return note('No quote appears in more than one article.');
  const titles = new Map(list(c.articles).map((a) => [a.id, a.title]));
  const box = el('div', { class: 'quotes' });
  const more = showMore(box, quotes, QUOTES_SHOWN, (q) => quoteBlock(q, (id) => titles.get(id) ?? id), 'quotes');
  return more ? el('div', {}, box, more) : box;
}

/** Rows: referents; columns: outlets; cells: the outlet's terms with how often each was used. */
export function framingTable(c: Comparison): HTMLElement {
  const framing = list(c.framing);
  if (!framing.length) return note('No referent is named differently by different outlets.');
  const outlets = [...new Set([...list(c.outlets), ...framing.flatMap((f) => list(f.terms).map((t) => t.outlet))])];
  const rows = framing.map((f) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, userText('span', f.referent)),
      ...outlets.map((o) => {
        const terms = list(f.terms).filter((t) => t.outlet === o).sort((a, b) => b.count - a.count);
        return el('td', {}, ...terms.map((t) => el('span', { class: 'term' }, userText('span', t.term), el('span', { class: 'count' }, ` ×${t.count}`))));
      }),
    ),
  );
  return scrollingTable(['Referent', ...outlets.map((o) => userText('span', o))], rows, { class: 'framing-table' });
}
