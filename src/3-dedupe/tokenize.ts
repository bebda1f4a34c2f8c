// Word tokens with UTF-16 offsets. A word is a run of letters, marks and digits, with
// apostrophes kept inside it: "Rebels' don’t shell-proof" -> rebels, don't, shell, proof.
// \p{M} keeps Arabic harakat and Hebrew niqqud inside their word.
import { combine, hashString } from './hash.js';

export interface Token {
  /** Lowercased word, curly apostrophe folded to "'". */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const { words, starts, ends } = tokenColumns(text);
  return words.map((word, i) => ({ word, start: starts[i]!, end: ends[i]! }));
}

/** The same tokens as columns: no object per token (dedupe reads every article's words). */
export interface TokenColumns {
  words: string[];
  starts: Uint32Array;
  ends: Uint32Array;
}

export function tokenColumns(text: string): TokenColumns {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    words.push(w.includes('’') || w.includes('ʼ') ? w.replace(/[’ʼ]/g, "'") : w);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { words, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
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
  for (let i = 0; i < n; i++) {
    let h = k;
    for (let j = i; j < Math.min(i + k, words.length); j++) h = combine(h, words[j]!);
    out[i] = h;
  }
  return out;
}
