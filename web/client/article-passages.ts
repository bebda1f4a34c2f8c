// An article's sources and copies, side by side: this article on the left, the other one on
// the right, reused passages marked in both. Clicking a passage scrolls its counterpart into
// view in the other pane. Offsets: for a source, start/end are in this article and
// sourceStart/sourceEnd in the source; for a copy, start/end are in the copy and
// sourceStart/sourceEnd in this article.
import type { Passage, RelatedArticle } from './api-types.js';
import { appLink, el, list, note } from './dom.js';
import { percent } from './format.js';
import type { Span } from './highlight-segments.js';
import { textBlock, type MarkSpec } from './highlight-text.js';

type Relation = 'source' | 'copy';

// Which offset pair lies in which text depends on the direction of the relation.
const inThisArticle = (p: Passage, relation: Relation): [number, number] => (relation === 'source' ? [p.start, p.end] : [p.sourceStart, p.sourceEnd]);
const inOtherArticle = (p: Passage, relation: Relation): [number, number] => (relation === 'source' ? [p.sourceStart, p.sourceEnd] : [p.start, p.end]);

function passageSpans(related: RelatedArticle, side: 'this' | 'other', relation: Relation): Span<MarkSpec>[] {
  return list(related.passages).map((p, i) => {
    const [start, end] = side === 'this' ? inThisArticle(p, relation) : inOtherArticle(p, relation);
    return { start, end, value: { className: 'reused', title: `reused passage ${i + 1}`, data: { passage: String(i) } } };
  });
}

/** Clicking a passage in one pane scrolls the same passage into view in the other pane. */
function linkPanes(a: HTMLElement, b: HTMLElement): void {
  const follow = (from: HTMLElement, to: HTMLElement) =>
    from.addEventListener('click', (event) => {
      const mark = (event.target as Element | null)?.closest?.('mark.reused') as HTMLElement | null;
      const index = mark?.dataset.passage;
      if (index === undefined) return;
      const partner = [...to.querySelectorAll<HTMLElement>('mark.reused')].find((m) => m.dataset.passage === index);
      if (partner) to.scrollTop = partner.offsetTop - to.offsetTop - 16;
    });
  follow(a, b);
  follow(b, a);
}

function relationBlock(text: string, related: RelatedArticle, relation: Relation, open: boolean): HTMLElement {
  const here = textBlock(text, passageSpans(related, 'this', relation), { class: 'pane-text' });
  const otherText = related.text ?? '';
  const there = otherText ? textBlock(otherText, passageSpans(related, 'other', relation), { class: 'pane-text' }) : note('The other article’s text is not available.');
  linkPanes(here, there);
  const share = relation === 'source' ? `this article reuses ${percent(related.reusedFraction)} of it` : `it reuses ${percent(related.reusedFraction)} of this article`;
  return el(
    'details',
    { class: `relation relation-${relation}`, open },
    el('summary', {}, el('span', { dir: 'auto' }, related.outlet), ': ', appLink('/articles/', related.articleId, related.title), ` — ${share}, ${list(related.passages).length} passage(s)`),
    el(
      'div',
      { class: 'side-by-side' },
      el('div', { class: 'pane' }, el('h4', {}, 'This article'), here),
      el('div', { class: 'pane' }, el('h4', { dir: 'auto' }, related.outlet || (relation === 'source' ? 'Source' : 'Copy')), there),
    ),
  );
}

export function relatedArticles(text: string, sources: RelatedArticle[], copies: RelatedArticle[]): HTMLElement {
  const wrap = el('div', { class: 'related' });
  wrap.append(el('h3', {}, `Sources (${list(sources).length})`));
  wrap.append(...(list(sources).length ? list(sources).map((s, i) => relationBlock(text, s, 'source', i === 0)) : [note('No earlier article was found to be copied here.')]));
  wrap.append(el('h3', {}, `Copies (${list(copies).length})`));
  wrap.append(...(list(copies).length ? list(copies).map((s, i) => relationBlock(text, s, 'copy', i === 0 && !list(sources).length)) : [note('No later article copies this one.')]));
  return wrap;
}
