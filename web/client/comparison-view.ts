// One storyline or event compared outlet by outlet: facts, figures chart, coverage matrix,
// quotes, copy graph, framing and omissions. Used for the storyline and for a chosen event.
import type { ArticleRef, Comparison } from './api-types.js';
import { coverageMatrix } from './comparison-matrix.js';
import { framingTable, omissionsList, quotesList } from './comparison-sections.js';
import { derivationGraph } from './derivation-graph.js';
import { appLink, el, list, note, scrollingTable, showMore, type Child } from './dom.js';
import { exportLinks } from './export-links.js';
import { dateRange, dated, plural } from './format.js';
import { figuresChart } from './figures-chart.js';

export interface RenderedComparison { sections: HTMLElement[]; dispose: () => void }

/** The API URL of a comparison; `groupBy` (an outlet-registry attribute) makes its columns groups of outlets. */
export function apiUrlOf(kind: Comparison['kind'], id: string, groupBy: string | null = null): string {
  return `/api/v1/${kind === 'event' ? 'events' : 'storylines'}/${encodeURIComponent(id)}${groupBy ? `?groupBy=${encodeURIComponent(groupBy)}` : ''}`;
}

export function facts(c: Comparison): HTMLElement {
  return el('p', { class: 'facts' }, [plural(list(c.articles).length, 'article'), plural(list(c.outlets).length, 'outlet'), plural(c.independentReports ?? 0, 'independent report'), dateRange(c.start, c.end)].join(' · '));
}

function articlesTable(articles: ArticleRef[]): HTMLElement {
  const sorted = [...articles].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  const row = (a: ArticleRef) => el('tr', {}, el('td', { class: 'nowrap' }, dated(a.publishedAt, a.dateEstimated)), el('td', { dir: 'auto' }, a.outlet), el('td', {}, appLink('/articles/', a.id, a.title)));
  const table = scrollingTable(['Date', 'Outlet', 'Title'], [], { class: 'articles-table' });
  const more = showMore(table.querySelector('tbody')!, sorted, 100, row, 'articles');
  return more ? el('div', {}, table, more) : table;
}

/** Sections with ids prefixed by `prefix` (so a storyline and an event panel can share a page). */
export function renderComparison(c: Comparison, prefix: string, level: 'h2' | 'h3'): RenderedComparison {
  const part = (title: string, id: string, ...children: Child[]) => el('section', { id: `${prefix}${id}`, class: `panel panel-${id}` }, el(level, {}, title), ...children);
  const chart = figuresChart(c);
  const graph = derivationGraph(c);
  const graphLegend = note('Arrows point from a copy to its source; red squares copy no other article here.');
  const sections = [
    part('Figures over time', 'figures', chart.element),
    part('Claims × outlets', 'matrix', coverageMatrix(c)),
    part('Left out', 'omissions', omissionsList(c)),
    part('Quotes', 'quotes', quotesList(c)),
    part('Who copied whom', 'derivations', list(c.derivations).length ? graphLegend : null, graph.element),
    part('Words for the same things', 'framing', framingTable(c)),
    part('Articles', 'articles', list(c.articles).length ? articlesTable(list(c.articles)) : note('No articles.')),
    el('footer', { class: 'panel-exports' }, exportLinks(apiUrlOf(c.kind, c.id))),
  ];
  return {
    sections,
    dispose: () => {
      chart.dispose();
      graph.dispose();
    },
  };
}
