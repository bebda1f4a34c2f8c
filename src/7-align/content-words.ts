// Content words of a sentence for the alignment: stems, numbers without separators. Sample:
// "Some 1,200 people fled the army's shelling." -> ["#1200", "people", "fled", "army", "shell"].
// WORD says what a word is; contentWords scans by hand to the same words (a property test holds
// them equal to the regex version) without a match array per word: reading the words was a
// sixth of the alignment.
import { STOPWORDS } from '../5-cluster/model/stopwords.js';
import { stem } from '../5-cluster/stem.js';
import { classAt, LN, widthAt } from '../6-extract/text/chars.js';

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a word may hold between letters and digits: ' ’ . , - */
const isJoiner = (c: number) => c === APOSTROPHE || c === RIGHT_QUOTE || c === 46 || c === 44 || c === 45;

/** Content words of text[start, end) (the whole text by default): stems, numbers without separators ("1,200" -> "#1200"). */
export function contentWords(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  let i = start;
  while (i < end) {
    if (!(classAt(text, i, end) & LN)) {
      i += widthAt(text, i, end);
      continue;
    }
    // A word: letters and digits joined by ' ’ . , - and ending on a letter or digit.
    const from = i;
    let last = (i += widthAt(text, i, end));
    while (i < end) {
      if (isJoiner(text.charCodeAt(i))) i++;
      else if (classAt(text, i, end) & LN) last = i += widthAt(text, i, end);
      else break;
    }
    i = last;
    const word = wordAt(text, from, last);
    if (word !== null) out.push(word);
  }
  return out;
}

/** The content word text[from, to) stands for, or null for a stopword or a word under 3 characters. */
function wordAt(text: string, from: number, to: number): string | null {
  // A possessive "'s" is dropped: "army's" -> "army".
  const q = text.charCodeAt(to - 2);
  if (to - from >= 2 && text.charCodeAt(to - 1) === 115 && (q === APOSTROPHE || q === RIGHT_QUOTE)) to -= 2;
  let numeric = isDigit(text.charCodeAt(from));
  for (let k = from + 1; numeric && k < to; k++) {
    const c = text.charCodeAt(k);
    numeric = isDigit(c) || c === 46 || c === 44;
  }
  if (numeric) return `#${text.slice(from, to).replace(/,/g, '')}`;
  let w = text.slice(from, to).toLowerCase();
  let keep = w.length;
  while (keep > 0 && (w.charCodeAt(keep - 1) === 46 || w.charCodeAt(keep - 1) === 44)) keep--;
  if (keep < w.length) w = w.slice(0, keep);
  if (w.length < 3 || STOPWORDS.has(w)) return null;
  return stem(w);
}
