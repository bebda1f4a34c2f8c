// Paragraph splitting and small text predicates shared by the boilerplate rules.
import { ABBREVIATIONS } from './model/abbreviations.js';

const ABBREV = new Set(ABBREVIATIONS);

/**
 * Split text into paragraphs: on blank lines; or, when there are none but the text has
 * several line breaks ("Title\nBy Jane Roe\nBody ..."), on single line breaks. Each paragraph
 * is trimmed and runs of spaces/tabs become one space; line breaks inside a paragraph stay.
 */
export function splitParagraphs(text: string): string[] {
  const t = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(t)
    ? t.split(/\n[ \t]*(?:\n[ \t]*)+/)
    : (t.match(/\n/g)?.length ?? 0) >= 2
      ? t.split('\n')
      : [t];
  return blocks.map((b) => b.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()).filter((b) => b.length > 0);
}

/** Has a letter or digit: "***", "\u200B", " — " have none and are dropped as empty. */
export function hasContent(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

/** For comparing lines with the title or an earlier caption: case and spacing folded. */
export function norm(s: string): string {
  return s.replace(/[\s\u200B-\u200D\uFEFF]+/gu, ' ').trim().toLowerCase();
}

export function words(s: string): string[] {
  return s.split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * words(s).length > n without splitting all of s: every body paragraph is asked whether it is
 * short enough to be a note or a caption, and most are long. ("a b c", 2) -> true.
 */
export function moreWordsThan(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // \s: tab to carriage return and the space in ASCII; the rest asked of the regex.
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]!))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count > n) return true;
    }
  }
  return false;
}

/** "...said." ends a sentence; "U.S." "Jr." "J." do not. */
export function endsWithPeriod(s: string): boolean {
  const t = s.trim().replace(/["”’'»)\]]+$/u, '');
  if (!t.endsWith('.') || t.endsWith('..')) return false;
  const last = lastWord(t).replace(/^["“‘'«(\[]+/u, '');
  const bare = last.slice(0, -1);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare)) return false; // U.S. / J.
  return !ABBREV.has(bare.toLowerCase());
}

/** The last word of a trimmed text, found from its end: "he said." -> "said." (words(t).at(-1) without the split). */
function lastWord(t: string): string {
  let i = t.length;
  while (i > 0 && !SPACE.test(t[i - 1]!)) i--;
  return t.slice(i);
}
const SPACE = /\s/u;

/** Ends like a sentence: period (not an abbreviation), "!", "?", "…". */
export function endsSentence(s: string): boolean {
  const t = s.trim().replace(/["”’'»)\]]+$/u, '');
  return /[!?…]$/u.test(t) || t.endsWith('...') || endsWithPeriod(t);
}

/** Drop separators left at the edges of a caption once its credit is cut off: "Smoke rises |" -> "Smoke rises". */
export function trimSeparators(s: string): string {
  return s.replace(/^[\s|·•:;,–—-]+/u, '').replace(/[\s|·•:;,–—(\[-]+$/u, '').trim();
}

/** Escape a literal for a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'); // '-' needs no escape outside a class
}

/** Alternation of literals, longest first so "Getty Images" wins over "Getty". */
export function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}
