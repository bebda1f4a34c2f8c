// Who copied whom: a cytoscape graph, one node per article involved, an edge from the copy to
// its source labelled with the share reused. Tapping a node opens that article. The same
// relations are listed as text below for screen readers and narrow screens.
import type { Comparison } from './api-types.js';
import { appLink, el, list, note, showMore } from './dom.js';
import { percent, shorten } from './format.js';

/** Edges drawn at most: past a few hundred a graph is a hairball and slow to lay out. */
const GRAPH_EDGES = 150;
const LIST_SHOWN = 100;

export function derivationGraph(c: Comparison): { element: HTMLElement; dispose: () => void } {
  const all = list(c.derivations);
  if (!all.length) return { element: note('No article copies another one here.'), dispose: () => {} };
  // The strongest reuse first; the graph shows the first GRAPH_EDGES, the list all on demand.
  const derivations = [...all].sort((a, b) => b.reusedFraction - a.reusedFraction).slice(0, GRAPH_EDGES);
  const articles = new Map(list(c.articles).map((a) => [a.id, a]));
  const ids = [...new Set(derivations.flatMap((d) => [d.articleId, d.sourceArticleId]))];
  const copies = new Set(derivations.map((d) => d.articleId));
  const outletOf = (id: string) => articles.get(id)?.outlet ?? id;
  const titleOf = (id: string) => articles.get(id)?.title ?? '';

  const container = el('div', { class: 'graph-box', role: 'img', 'aria-label': `Graph of ${derivations.length} copies between ${ids.length} articles` });
  const ul = el('ul', {});
  const textList = el('details', { class: 'derivations-list' }, el('summary', {}, `Copies as a list (${all.length})`), ul);
  // Built when first opened: thousands of links cost nothing until someone reads them.
  textList.addEventListener('toggle', () => {
    if (!textList.open || ul.childElementCount) return;
    const render = (d: (typeof all)[number]) => el('li', {}, appLink('/articles/', d.articleId, `${outletOf(d.articleId)}: ${titleOf(d.articleId)}`), ` reuses ${percent(d.reusedFraction)} of `, appLink('/articles/', d.sourceArticleId, `${outletOf(d.sourceArticleId)}: ${titleOf(d.sourceArticleId)}`));
    const more = showMore(ul, all, LIST_SHOWN, render, 'copies');
    if (more) textList.append(more);
  });
  const shown = all.length > derivations.length ? note(`The graph shows the ${derivations.length} strongest of ${all.length} copies; the list and the exports have them all.`) : null;
  const element = el('div', { class: 'derivations' }, shown, container, textList);

  // The graph is drawn once the container is in the document, so the layout knows its size.
  let cy: CytoscapeCore | null = null;
  requestAnimationFrame(() => {
    if (!container.isConnected) return;
    cy = cytoscape({
      container,
      elements: [
        ...ids.map((id) => ({ data: { id, label: `${outletOf(id)}\n${shorten(titleOf(id), 40)}`, original: copies.has(id) ? 0 : 1 } })),
        ...derivations.map((d, i) => ({ data: { id: `e${i}`, source: d.articleId, target: d.sourceArticleId, label: percent(d.reusedFraction) } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '140px', 'font-size': 10, 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'background-color': '#5b7fa6', width: 18, height: 18 } },
        { selector: 'node[original = 1]', style: { 'background-color': '#c0392b', shape: 'round-rectangle' } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 10, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 2, 'line-color': '#999', 'target-arrow-color': '#999', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      ],
      // Sources at the top, their copies below.
      // (Selected by data, not by #id: cytoscape's selector parser rejects escaped ids starting with a digit.)
      layout: { name: 'breadthfirst', directed: false, roots: copies.size < ids.length ? 'node[original = 1]' : undefined, spacingFactor: 1.1, padding: 20 },
      // Wheel zoom would trap page scrolling on laptops and phones; panning is enough here.
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => {
      location.href = `/articles/${encodeURIComponent(String(event.target.data('id')))}`;
    });
  });
  return { element, dispose: () => cy?.destroy() };
}
