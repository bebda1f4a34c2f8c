// The storyline page (/storylines/:id): title and counts, the events on a timeline (each
// opening its own comparison), then the whole storyline compared outlet by outlet.
// The server also serves this page at /events/:id; then the event is the main comparison.
import { getJson } from './api.js';
import type { Comparison } from './api-types.js';
import { apiUrlOf, facts, renderComparison } from './comparison-view.js';
import { appLink, appRoot, el, idFromPath, list, note, userText } from './dom.js';
import { errorBox } from './errors.js';
import { eventTimeline } from './event-timeline.js';
import { exportLinks } from './export-links.js';

const kind: Comparison['kind'] = location.pathname.startsWith('/events/') ? 'event' : 'storyline';

function crumbs(c?: Comparison): HTMLElement {
  const up = c?.kind === 'event' && c.storylineId ? el('span', {}, ' / ', appLink('/storylines/', c.storylineId, 'the whole storyline')) : null;
  return el('p', { class: 'crumbs' }, el('a', { href: '/' }, '← Storylines'), up);
}

/** ?by=country on the page: outlets grouped by that attribute of the outlet registry. */
const groupBy = new URLSearchParams(location.search).get('by');

/** A choice of columns: outlets, or outlets grouped by one of the registry's attributes. */
async function groupChooser(): Promise<HTMLElement | null> {
  const { attributes } = await getJson<{ attributes?: string[] }>('/api/v1/outlets?limit=1');
  if (!attributes?.length) return null;
  const select = el('select', { id: 'group-by' }, el('option', { value: '' }, 'each outlet'), ...attributes.map((a) => el('option', { value: a, selected: a === groupBy }, `outlets grouped by ${a}`)));
  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    if (select.value) params.set('by', select.value);
    else params.delete('by');
    location.search = params.toString();
  });
  return el('p', { class: 'group-by' }, el('label', { for: 'group-by' }, 'Columns: '), select);
}

async function load(root: HTMLElement, id: string): Promise<void> {
  root.replaceChildren(note(`Loading the ${kind}…`));
  try {
    const c = await getJson<Comparison>(apiUrlOf(kind, id, groupBy));
    const chooser = await groupChooser().catch(() => null);
    document.title = `${c.title} · Parallax`;
    const view = renderComparison(c, '', 'h2');
    const events = c.kind === 'storyline' ? el('section', { id: 'events', class: 'panel' }, el('h2', {}, `Events (${list(c.events).length})`), eventTimeline(list(c.events))) : null;
    root.replaceChildren(crumbs(c), userText('h1', c.title), facts(c), exportLinks(apiUrlOf(c.kind, c.id, groupBy)), ...(chooser ? [chooser] : []));
    if (events) root.append(events);
    root.append(...view.sections);
  } catch (error) {
    root.replaceChildren(crumbs(), errorBox(error, () => void load(root, id)));
  }
}

void load(appRoot(), idFromPath());
