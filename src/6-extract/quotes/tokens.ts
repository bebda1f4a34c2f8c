// Word and punctuation tokens with offsets, enough to find phrase edges around a cue.
// Sample: `Mr. Haddad’s aide said: “No.”` -> Mr. | Haddad’s | aide | said | : | “ | No | . | ”
import { TITLE_ABBREVIATIONS } from './model/words.js';
import { classAt, codePointAt, isAsciiDigit, LN, runOf, skipSpace, widthAt } from '../text/chars.js';

export interface Token {
  start: number;
  end: number;
  /** Lower case, typographic apostrophe folded to "'"; a horizontal bar or figure dash ("―", "‒") to "—". */
  lower: string;
  isWord: boolean;
  isCapital: boolean;
  /** Two or more letters, all capitals: "US", "AFP", "NATO". */
  isAcronym: boolean;
}

// A word keeps inner hyphens, apostrophes, dots and ampersands ("U.S", "don’t", "AT&T").
// TOKEN says it as a regex; tokenize scans by hand to the same tokens (a property test holds
// them equal) without a match array per token.
// A full stop inside a word ("U.S", "3.5", "nytimes.com") stays in it, except between a lower-case
// word and a capitalised one ("said.Okafor": copy joined without a space; see sentences.ts).
export const TOKEN = /([\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+|(?<![a-z]{2})\.[\p{L}\p{N}]+|\.(?![A-Z][a-z])[\p{L}\p{N}]+)*)|\S/gu;
const CAPITAL = /\p{Lu}/u;

function startsCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(raw[0]!);
}

/** Tokens of text[from, to): each token starting before `to`, the last one may run past it. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // As a /u regex does, a start inside a surrogate pair moves back to the pair.
  const first = from > 0 && from < n && codePointAt(text, from - 1, n) > 0xffff ? from - 1 : from;
  for (let i = skipSpace(text, first, n); i < n; i = skipSpace(text, i, n)) {
    const cls = classAt(text, i, n);
    const start = i;
    if (start >= to) break;
    if (!(cls & LN)) {
      i += widthAt(text, i, n);
      const mark = text.slice(start, i);
      out.push({ start, end: i, lower: mark === '―' || mark === '‒' ? '—' : mark, isWord: false, isCapital: false, isAcronym: false });
      continue;
    }
    i = runOf(text, i, n, LN);
    for (;;) {
      const c = text.charCodeAt(i);
      if (!(c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38) || !(classAt(text, i + 1, n) & LN) || (c === 46 && joinedSentences(text, i))) break;
      i = runOf(text, i + 1, n, LN);
    }
    const raw = text.slice(start, i);
    let end = i;
    let lower = raw.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    // Keep the full stop of a title, an initial, a dotted acronym or a number sign: "Mr.", "J.", "U.S.", "No. 2".
    if (text.charCodeAt(end) === 46 && end < to && (TITLE_ABBREVIATIONS.has(lower) || raw.includes('.') || isInitial(text, raw, end) || isNumberSign(lower, text, end))) {
      end++;
      lower += '.';
      i = end;
    }
    const isCapital = startsCapital(raw);
    out.push({ start, end, lower, isWord: true, isCapital, isAcronym: isCapital && raw.length > 1 && raw !== lower && raw === raw.toUpperCase() });
  }
  return out;
}

const JOINED = /[a-z]{2}\.[A-Z][a-z]/y;
/** "said.Okafor": the full stop at `dot` ends a sentence written without a space after it. */
function joinedSentences(text: string, dot: number): boolean {
  JOINED.lastIndex = dot - 2;
  return dot >= 2 && JOINED.test(text);
}

/** "J. Smith": a capital letter whose full stop is followed by another capital. */
function isInitial(text: string, raw: string, dot: number): boolean {
  return /^\p{Lu}$/u.test(raw) && /^ \p{Lu}/u.test(text.slice(dot + 1, dot + 3));
}

/** "No. 2", "no. 10": the abbreviation of "number" before a figure, not a sentence's end. */
function isNumberSign(lower: string, text: string, dot: number): boolean {
  if (lower !== 'no' && lower !== 'nos') return false;
  return text.charCodeAt(dot + 1) === 32 && isAsciiDigit(text.charCodeAt(dot + 2));
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

/**
 * "the Metalworkers' Federation said", "the leaders' talks": an apostrophe right after a word in -s,
 * then a space and a word, is a plural possessive and goes with its word ("metalworkers'"), unless
 * the quote marks paired it (`‘we want our jobs’ and …`). `marks`: offsets of the paired marks.
 */
export function gluePluralPossessives(text: string, tokens: Token[], marks: ReadonlySet<number>): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!, prev = out[out.length - 1], next = tokens[i + 1];
    const apostrophe = !t.isWord && (t.lower === "'" || t.lower === '’');
    if (apostrophe && prev?.isWord && prev.end === t.start && prev.lower.endsWith('s') && next?.isWord && text[t.end] === ' ' && next.start === t.end + 1 && !marks.has(t.start)) {
      out[out.length - 1] = { ...prev, end: t.end, lower: `${prev.lower}'` };
      continue;
    }
    out.push(t);
  }
  return out;
}
