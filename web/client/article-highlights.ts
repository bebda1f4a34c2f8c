// The article text with its highlights (quotes, claims, names, loaded words, scare quotes),
// each kind its own mark class, with a legend whose checkboxes show or hide a kind.
import type { Highlight, HighlightKind } from './api-types.js';
import { el, list } from './dom.js';
import type { Span } from './highlight-segments.js';
import { textBlock, type MarkSpec } from './highlight-text.js';

// Outer to inner when highlights overlap: a claim holds a quote, a quote holds a name.
const kinds: { kind: HighlightKind; label: string }[] = [
  { kind: 'claim', label: 'Claims' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'name', label: 'Names' },
  { kind: 'loaded', label: 'Loaded words' },
  { kind: 'scare', label: 'Scare quotes' },
];

function spansOf(highlights: Highlight[]): Span<MarkSpec>[] {
  const order = new Map(kinds.map((k, i) => [k.kind, i]));
  return [...highlights]
    .filter((h) => order.has(h.kind))
    .sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || a.start - b.start)
    .map((h) => ({ start: h.start, end: h.end, value: { className: `hl hl-${h.kind}`, title: h.label ? `${h.kind}: ${h.label}` : h.kind } }));
}

/** The legend with toggles, then the text; hiding a kind only drops its colouring (a class on the text). */
export function highlightedArticle(text: string, highlights: Highlight[], language: string | null): HTMLElement {
  const all = list(highlights);
  const lang = language && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/i.test(language) ? language : null;
  const block = textBlock(text, spansOf(all), { lang, id: 'article-text' });
  const legend = el('fieldset', { class: 'legend highlight-legend' }, el('legend', {}, 'Highlights'));
  for (const { kind, label } of kinds) {
    const count = all.filter((h) => h.kind === kind).length;
    const box = el('input', { type: 'checkbox', checked: true, 'data-kind': kind, disabled: count === 0 });
    box.addEventListener('change', () => block.classList.toggle(`hide-${kind}`, !box.checked));
    legend.append(el('label', { class: 'toggle' }, box, ' ', el('mark', { class: `hl hl-${kind} sample` }, label), ` (${count})`));
  }
  return el('div', { class: 'highlighted-article' }, legend, block);
}
