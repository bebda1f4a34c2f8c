// Text with highlights as DOM: the text is sliced at the span offsets (UTF-16, as JS strings)
// into text nodes, each covered slice wrapped in nested <mark> elements, one per span. No markup
// is ever parsed, so whatever the article contains is shown literally.
import { el, type Attributes } from './dom.js';
import { segment, type Span } from './highlight-segments.js';

export interface MarkSpec { className: string; title?: string; data?: Record<string, string> }

export function highlightedText(text: string, spans: Span<MarkSpec>[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const seg of segment(text.length, spans)) {
    let node: Node = document.createTextNode(text.slice(seg.start, seg.end));
    // Innermost mark is the last span, so the first span listed is the outermost.
    for (let i = seg.spans.length - 1; i >= 0; i--) {
      const spec = seg.spans[i]!.value;
      const mark = document.createElement('mark');
      mark.className = spec.className;
      if (spec.title) mark.title = spec.title;
      for (const [key, value] of Object.entries(spec.data ?? {})) mark.dataset[key] = value;
      mark.appendChild(node);
      node = mark;
    }
    fragment.appendChild(node);
  }
  return fragment;
}

/** A block of article text (pre-wrapped so paragraphs and offsets stay as in the source). */
export function textBlock(text: string, spans: Span<MarkSpec>[], attributes: Attributes = {}): HTMLDivElement {
  const extra = typeof attributes.class === 'string' ? ` ${attributes.class}` : '';
  return el('div', { ...attributes, class: `article-text${extra}`, dir: 'auto' }, highlightedText(text, spans));
}
