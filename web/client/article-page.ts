// The article page (/articles/:id): title, outlet, date, the clean text with highlights, why
// it belongs to its event, and its sources and copies side by side.
import { getJson } from './api.js';
import type { ArticleDetail } from './api-types.js';
import { highlightedArticle } from './article-highlights.js';
import { relatedArticles } from './article-passages.js';
import { appLink, appRoot, el, externalLink, idFromPath, list, note, userText } from './dom.js';
import { errorBox } from './errors.js';
import { dated } from './format.js';

function crumbs(d: ArticleDetail): HTMLElement {
  return el(
    'p',
    { class: 'crumbs' },
    el('a', { href: '/' }, '← Storylines'),
    d.storyline ? el('span', {}, ' / ', appLink('/storylines/', d.storyline.id, d.storyline.title)) : null,
    // An event is shown within its storyline page (the #event= hash opens its panel).
    d.event && d.storyline ? el('span', {}, ' / ', el('a', { href: `/storylines/${encodeURIComponent(d.storyline.id)}#event=${encodeURIComponent(d.event.id)}`, dir: 'auto' }, d.event.title || d.event.id)) : null,
  );
}

function meta(a: ArticleDetail['article']): HTMLElement {
  const parts: (HTMLElement | string)[] = [userText('strong', a.outlet || 'unknown outlet')];
  if (a.byline) parts.push(' · ', userText('span', a.byline));
  parts.push(' · ', el('time', a.publishedAt ? { datetime: a.publishedAt } : {}, dated(a.publishedAt, a.dateEstimated)));
  if (a.language) parts.push(' · ', el('span', { class: 'lang' }, a.language));
  return el('p', { class: 'meta' }, ...parts, a.source ? el('span', { class: 'source' }, ' · source: ', externalLink(a.source)) : null);
}

function why(d: ArticleDetail): HTMLElement {
  if (!d.why) return note(d.event ? 'No explanation was stored for this article’s place in its event.' : 'This article is not part of any event.');
  const chips = (items: string[]) => el('ul', { class: 'chips' }, ...items.map((t) => userText('li', t)));
  return el(
    'div',
    { class: 'why' },
    el('p', {}, `Similarity to the event: ${d.why.score.toFixed(2)}`),
    list(d.why.terms).length ? el('div', {}, el('h3', {}, 'Shared terms'), chips(list(d.why.terms))) : null,
    list(d.why.names).length ? el('div', {}, el('h3', {}, 'Shared names'), chips(list(d.why.names))) : null,
  );
}

async function load(root: HTMLElement, id: string): Promise<void> {
  root.replaceChildren(note('Loading the article…'));
  try {
    const d = await getJson<ArticleDetail>(`/api/v1/articles/${encodeURIComponent(id)}`);
    const a = d.article;
    document.title = `${a.title || a.id} · Parallax`;
    const text = a.text ?? '';
    root.replaceChildren(
      crumbs(d),
      userText('h1', a.title || '(no headline)'),
      meta(a),
      el('section', { id: 'text', class: 'panel' }, el('h2', {}, 'Text'), highlightedArticle(text, list(d.highlights), a.language)),
      el('section', { id: 'why', class: 'panel' }, el('h2', {}, 'Why it is in this event'), why(d)),
      el('section', { id: 'related', class: 'panel' }, el('h2', {}, 'Sources and copies'), relatedArticles(text, list(d.sources), list(d.copies))),
    );
  } catch (error) {
    root.replaceChildren(el('p', { class: 'crumbs' }, el('a', { href: '/' }, '← Storylines')), errorBox(error, () => void load(root, id)));
  }
}

void load(appRoot(), idFromPath());
