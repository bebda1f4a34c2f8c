// Word tokens with UTF-16 offsets. A word is a run of letters, marks and digits, with
// apostrophes kept inside it: "Rebels' don’t shell-proof" -> rebels, don't, shell, proof.
// \p{M} keeps Arabic harakat and Hebrew niqqud inside their word.
import { fmix32, hashString } from './hash.js';

export interface Token {
  /** Lowercased word, curly apostrophe folded to "'". */
  word: string;
  start: number;
  end: number;
}

/** What a token is, as a pattern (tokenColumns scans for it by hand): */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const cols = tokenColumns(text);
  return wordsOf(text, cols).map((word, i) => ({ word, start: cols.starts[i]!, end: cols.ends[i]! }));
}

/** The same tokens as columns: no object or string per token (dedupe reads every article's words). */
export interface TokenColumns {
  starts: Uint32Array;
  ends: Uint32Array;
  /** hashString(word) per token, the word lowercased with curly apostrophes folded. */
  hashes: Uint32Array;
}

/** ASCII letters and digits; other code points are classed by WORD_CHAR once and remembered. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const wordClass = new Map<number, boolean>();
function isWordCode(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let v = wordClass.get(cp);
  if (v === undefined) wordClass.set(cp, (v = WORD_CHAR.test(String.fromCodePoint(cp))));
  return v;
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;

/** The token's word as tokenize() gives it: lowercased, curly apostrophes folded to "'". */
export function wordAt(text: string, start: number, end: number): string {
  const w = text.slice(start, end).toLowerCase();
  return w.includes('’') || w.includes('ʼ') ? w.replace(/[’ʼ]/g, "'") : w;
}

/**
 * The tokens of WORD by a hand-written scan (a run of word characters, then apostrophe + run
 * while they follow), hashing each word without making its string when it is ASCII: a quarter
 * of dedupe's time went to match objects and per-word strings.
 */
export function tokenColumns(text: string): TokenColumns {
  const n = text.length;
  // At most one word per two code units (a word and a separator): written into reused columns,
  // copied out at the end (Uint32Array.from over growing arrays was the slowest line of dedupe).
  if (columns.starts.length < (n >> 1) + 1) columns = columnsOf((n >> 1) + 1);
  const { starts, ends, hashes } = columns;
  let count = 0;
  const codeAt = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xd800 && c < 0xdc00 && i + 1 < n ? text.codePointAt(i)! : c;
  };
  let i = 0;
  while (i < n) {
    let cp = codeAt(i);
    if (!isWordCode(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    for (;;) {
      while (i < n && isWordCode((cp = codeAt(i)))) {
        if (cp >= 128) ascii = false;
        i += cp > 0xffff ? 2 : 1;
      }
      // An apostrophe continues the word only when a word character follows it ("don't").
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordCode(codeAt(i + 1))) {
        if (text.charCodeAt(i) !== 39) ascii = false;
        i++;
        continue;
      }
      break;
    }
    starts[count] = start;
    ends[count] = i;
    if (ascii) {
      let h = 0x811c9dc5; // hashString of the lowercased word, inline
      for (let k = start; k < i; k++) {
        const c = text.charCodeAt(k);
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
      }
      hashes[count++] = fmix32(h);
    } else hashes[count++] = hashString(wordAt(text, start, i));
  }
  return { starts: starts.slice(0, count), ends: ends.slice(0, count), hashes: hashes.slice(0, count) };
}

const columnsOf = (size: number) => ({ starts: new Uint32Array(size), ends: new Uint32Array(size), hashes: new Uint32Array(size) });
/** tokenColumns' working columns, reused across calls (one thread, no reentry) and grown as needed. */
let columns = columnsOf(4096);

/** The words of token columns, in order. */
export function wordsOf(text: string, cols: Pick<TokenColumns, 'starts' | 'ends'>): string[] {
  const out: string[] = new Array(cols.starts.length);
  for (let i = 0; i < out.length; i++) out[i] = wordAt(text, cols.starts[i]!, cols.ends[i]!);
  return out;
}

/** One hash per token, for shingling and fast equality checks. */
export function wordHashes(tokens: readonly Token[] | readonly string[]): Uint32Array {
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = hashString(typeof t === 'string' ? t : t.word);
  }
  return out;
}

/**
 * Hashes of every k-word window, in text order (duplicates kept). A text shorter than k
 * words gives one shingle of all its words, so a short text still has a signature.
 */
export function shingleHashes(words: Uint32Array, k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - k + 1);
  const out = new Uint32Array(n);
  // Multiply-xor over the (already avalanched) word hashes, one finaliser per shingle: order
  // sensitive like combine() per word, at a quarter of its cost (shingling was a third of dedupe).
  for (let i = 0; i < n; i++) {
    let h = k;
    const end = Math.min(i + k, words.length);
    for (let j = i; j < end; j++) h = Math.imul(h ^ words[j]!, 0x9e3779b1);
    out[i] = fmix32(h);
  }
  return out;
}
