// Sentence units for attribution: the rule-based sentences, merged so that no quote is cut in
// two and no lower-case continuation stands alone; plus small questions about positions.
import type { QuotedSpan } from './marks.js';
import type { Token } from './tokens.js';

export interface TextSpan { start: number; end: number; text: string }
export interface Sentence { start: number; end: number; lo: number; hi: number }

const LOWER_START = /\p{Ll}/u;

/**
 * Sentences merged so that none ends inside a quote (`Haddad said: “We won. We stay.”` is one)
 * and none on the same line starts in lower case (`“Why?” he asked.`, `Sen. Ilan (R-Vt.) said`).
 */
export function wholeQuotes(text: string, sentences: ReadonlyArray<{ start: number; end: number }>, quotes: readonly QuotedSpan[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let q = 0;
  for (const s of sentences) {
    const last = out[out.length - 1];
    while (q < quotes.length && quotes[q]!.close <= (last?.end ?? 0)) q++;
    // Merge when a quote opened in the previous sentence closes after it.
    let inside = false;
    for (let i = q; i < quotes.length && last && quotes[i]!.open < last.end; i++) if (quotes[i]!.close > last.end) inside = true;
    const continues = !!last && LOWER_START.test(text[s.start]!) && !text.slice(last.end, s.start).includes('\n');
    if (last && (inside || continues)) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Nothing but spaces between the last line break (or the text start) and offset. */
export function opensParagraph(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (text[i] !== ' ' && text[i] !== '\t') return false;
  }
  return true;
}

/** A headline: most longer words capitalised ("Haddad Says Talks Are Over"). */
export function isTitleCase(tokens: readonly Token[], lo: number, hi: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = lo; k <= hi; k++) {
    const t = tokens[k]!;
    if (!t.isWord || t.end - t.start < 4) continue;
    words++;
    if (t.isCapital) capitals++;
  }
  return words >= 3 && capitals >= words * 0.8;
}

/** A quote that starts its sentence (or follows a colon or comma) with a capital. */
export function looksDirect(text: string, q: QuotedSpan): boolean {
  if (q.paragraphs > 1) return true;
  const first = /[\p{L}\p{N}]/u.exec(text.slice(q.contentStart, Math.min(q.contentEnd, q.contentStart + 8)));
  if (!first || !/[\p{Lu}\p{N}]/u.test(first[0])) return false;
  let i = q.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[\n.!?:;,…—–\-"”’)(\]]/.test(text[i]!);
}

/** Index of the sentence containing offset (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The span [start, end) trimmed of white space. */
export function spanOf(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}
