// The storyline's events in date order as a strip of cards; choosing one loads that event's own
// comparison (GET /api/v1/events/:id) into a panel. The chosen event is kept in the URL hash
// (#event=…) so a reload or shared link reopens it.
import { getJson } from './api.js';
import type { Comparison, EventSummary } from './api-types.js';
import { apiUrlOf, renderComparison, facts } from './comparison-view.js';
import { el, list, note, userText } from './dom.js';
import { errorBox } from './errors.js';
import { dateRange, plural } from './format.js';

const hashPrefix = '#event=';

function byStart(a: EventSummary, b: EventSummary): number {
  // Undated events go last; equal dates keep the server's order (sort is stable).
  return (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff');
}

export function eventTimeline(events: EventSummary[]): HTMLElement {
  const panel = el('section', { id: 'event-panel', class: 'event-panel', 'aria-live': 'polite' });
  let dispose = () => {};
  const buttons = new Map<string, HTMLButtonElement>();

  async function open(id: string): Promise<void> {
    for (const [other, b] of buttons) b.setAttribute('aria-pressed', String(other === id));
    dispose();
    dispose = () => {};
    panel.replaceChildren(note('Loading the event…'));
    try {
      const c = await getJson<Comparison>(apiUrlOf('event', id, new URLSearchParams(location.search).get('by')));
      const view = renderComparison(c, 'event-', 'h3');
      dispose = view.dispose;
      const close = el('button', { type: 'button', class: 'close' }, 'Close');
      close.addEventListener('click', () => {
        dispose();
        panel.replaceChildren();
        history.replaceState(null, '', location.pathname + location.search);
        for (const b of buttons.values()) b.setAttribute('aria-pressed', 'false');
      });
      panel.replaceChildren(el('div', { class: 'event-head' }, el('h2', {}, 'Event: ', userText('span', c.title)), close), facts(c), ...view.sections);
      panel.scrollIntoView({ block: 'start' });
    } catch (error) {
      panel.replaceChildren(errorBox(error, () => void open(id)));
    }
  }

  const sorted = [...list(events)].sort(byStart);
  const items = sorted.map((e) => {
    const button = el('button', { type: 'button', class: 'event-card', 'aria-pressed': 'false', 'data-event': e.id }, el('span', { class: 'event-date' }, dateRange(e.start, e.end, { start: e.startEstimated, end: e.endEstimated })), userText('span', e.title, { class: 'event-title' }), el('span', { class: 'event-count' }, plural(list(e.articleIds).length, 'article')));
    button.addEventListener('click', () => {
      history.replaceState(null, '', hashPrefix + encodeURIComponent(e.id));
      void open(e.id);
    });
    buttons.set(e.id, button);
    return el('li', {}, button);
  });
  const wrap = el('div', { class: 'timeline-wrap' }, items.length ? el('div', {}, note('Choose an event to compare its coverage on its own.'), el('ol', { class: 'timeline' }, ...items)) : note('No events.'), panel);

  if (location.hash.startsWith(hashPrefix)) {
    const wanted = decodeURIComponent(location.hash.slice(hashPrefix.length));
    if (buttons.has(wanted)) void open(wanted);
  }
  return wrap;
}
