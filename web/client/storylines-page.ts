// The storylines list (/): search, a table of storylines, previous/next pages, exports.
// The search and page live in the query string (?q=&offset=) so results can be bookmarked.
import { getJson } from './api.js';
import type { Page, StorylineSummary } from './api-types.js';
import { appLink, appRoot, el, list, note, scrollingTable } from './dom.js';
import { errorBox } from './errors.js';
import { exportLinks } from './export-links.js';
import { dateRange, plural } from './format.js';

const pageSize = 50;

interface Query { q: string; offset: number }

function readQuery(): Query {
  const params = new URLSearchParams(location.search);
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  return { q: params.get('q') ?? '', offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
}

function pageHref(query: Query): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.offset) params.set('offset', String(query.offset));
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

function apiUrl(query: Query): string {
  const params = new URLSearchParams({ q: query.q, limit: String(pageSize), offset: String(query.offset) });
  return `/api/v1/storylines?${params}`;
}

function searchForm(query: Query): HTMLFormElement {
  // A plain GET form: submitting reloads / with ?q=…, which resets the offset.
  return el(
    'form',
    { class: 'search', method: 'get', action: '/', role: 'search' },
    el('label', { for: 'q' }, 'Search storylines'),
    el('input', { type: 'search', id: 'q', name: 'q', value: query.q, placeholder: 'words in titles, names, places', dir: 'auto' }),
    el('button', { type: 'submit' }, 'Search'),
  );
}

function storylineRow(s: StorylineSummary): HTMLTableRowElement {
  return el(
    'tr',
    {},
    el('td', { class: 'title-cell' }, appLink('/storylines/', s.id, s.title)),
    el('td', { class: 'num' }, s.articles),
    el('td', { class: 'num' }, s.outlets),
    el('td', { class: 'num', title: s.independentReports === null ? 'not analysed since it last changed: open the storyline' : '' }, s.independentReports ?? '—'),
    el('td', { class: 'nowrap' }, dateRange(s.start, s.end)),
    el('td', { class: 'num' }, s.events),
  );
}

function pager(query: Query, page: Page<StorylineSummary>): HTMLElement {
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
  const shown = list(page.items).length;
  const from = shown ? page.offset + 1 : 0;
  if (page.offset > 0) nav.append(el('a', { href: pageHref({ ...query, offset: Math.max(0, page.offset - pageSize) }), rel: 'prev' }, '← Previous'));
  nav.append(el('span', {}, `${from}–${page.offset + shown} of ${page.total}`));
  if (page.offset + shown < page.total) nav.append(el('a', { href: pageHref({ ...query, offset: page.offset + pageSize }), rel: 'next' }, 'Next →'));
  return nav;
}

async function load(root: HTMLElement): Promise<void> {
  const query = readQuery();
  root.replaceChildren(
    el('div', { class: 'page-head' }, el('h1', {}, 'Storylines'), el('a', { href: '/ingest', class: 'button' }, 'Ingest articles')),
    searchForm(query),
  );
  const results = el('div', { class: 'results', 'aria-live': 'polite' }, note('Loading…'));
  root.append(results);
  try {
    const page = await getJson<Page<StorylineSummary>>(apiUrl(query));
    const items = list(page.items);
    const summary = query.q ? `${plural(page.total, 'storyline')} ${page.total === 1 ? 'matches' : 'match'} “${query.q}”.` : `${plural(page.total, 'storyline')}.`;
    results.replaceChildren(el('p', { dir: 'auto' }, summary));
    if (!items.length) {
      results.append(note(query.q ? 'Nothing matches; try fewer words.' : 'No storylines yet: ingest some articles first.'));
    } else {
      const head = ['Storyline', 'Articles', 'Outlets', 'Independent reports', 'Dates', 'Events'];
      results.append(scrollingTable(head, items.map(storylineRow), { class: 'storylines' }), pager(query, page));
    }
    results.append(exportLinks(apiUrl(query)));
  } catch (error) {
    results.replaceChildren(errorBox(error, () => void load(root)));
  }
}

void load(appRoot());
