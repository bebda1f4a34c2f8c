// Word and punctuation tokens with offsets, enough to find phrase edges around a cue.
// Sample: `Mr. Haddad’s aide said: “No.”` -> Mr. | Haddad’s | aide | said | : | “ | No | . | ”
import { TITLE_ABBREVIATIONS } from './model/words.js';

export interface Token {
  start: number;
  end: number;
  /** Lower case, typographic apostrophe folded to "'". */
  lower: string;
  isWord: boolean;
  isCapital: boolean;
  /** Two or more letters, all capitals: "US", "AFP", "NATO". */
  isAcronym: boolean;
}

// A word keeps inner hyphens, apostrophes, dots and ampersands ("U.S", "don’t", "AT&T").
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|\S/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;

/** Tokens of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    const raw = m[0];
    const isWord = LETTER_OR_DIGIT.test(raw[0]!);
    // Keep the full stop of a title, an initial or a dotted acronym: "Mr.", "J.", "U.S.".
    if (isWord && text[end] === '.' && end < to && (TITLE_ABBREVIATIONS.has(raw.toLowerCase()) || /^\p{Lu}$/u.test(raw) || raw.includes('.'))) {
      end++;
    }
    const isCapital = isWord && CAPITAL.test(raw[0]!);
    const lower = text.slice(m.index, end).toLowerCase().replace(/’/g, "'");
    out.push({ start: m.index, end, lower, isWord, isCapital, isAcronym: isCapital && raw.length > 1 && raw === raw.toUpperCase() && raw !== lower });
    TOKEN.lastIndex = end;
  }
  return out;
}

/** Index of the first token starting at or after offset (tokens sorted by start). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Possessive word: "Haddad's", "Israel’s", "leaders'". */
export function isPossessive(t: Token): boolean {
  return t.isWord && (t.lower.endsWith("'s") || t.lower.endsWith("s'"));
}
