// Which words of a text stand inside a direct quotation. Quotes are paired within a paragraph;
// an unclosed quote runs to the paragraph's end (the convention for multi-paragraph quotes).
// Sample: 'He said "we will not negotiate" on Tuesday' -> only we/will/not/negotiate are quoted.
import type { Token } from '../3-dedupe/index.js';
import { QUOTE_PAIRS } from './model/quotes.js';

const CLOSERS = new Map(QUOTE_PAIRS.map(([o, c]) => [o, c]));

/** Quoted [start, end) character spans, in text order. */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open >= 0) spans.push([open, i]);
      open = -1;
    } else if (open >= 0 && closers.includes(c)) {
      spans.push([open, i + 1]);
      open = -1;
    } else if (open < 0 && CLOSERS.has(c)) {
      open = i;
      closers = CLOSERS.get(c)!;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** 1 for each token inside a quotation. */
export function quoteMask(text: string, tokens: readonly Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  const spans = quoteSpans(text);
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < spans.length && spans[s]![1] <= t.start) s++;
    if (s < spans.length && spans[s]![0] <= t.start) mask[i] = 1;
  });
  return mask;
}
