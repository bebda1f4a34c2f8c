// Article -> weighted features: content-word stems of title and body, and names
// (capitalised word sequences not opening a sentence), e.g. "n:port alden".
import { STOPWORDS } from './model/stopwords.js';
import { stem } from './stem.js';
import { hashRange, WordMemo } from './word-memo.js';
import { scanNames } from './name-scan.js';

export interface RawFeatures {
  /** feature -> raw weight (title counts double). */
  counts: Map<string, number>;
}

/** Word characters; a word is a maximal run of them, without leading apostrophes or hyphens. */
export const NOT_WORD = /[^\p{L}\p{N}'’-]+/u;
export const TITLE_WEIGHT = 2;
export const NAME_PREFIX = 'n:';

/**
 * Word as written -> its feature ("" for a stopword, a number or a short word). News reuses a
 * small vocabulary, so most words are looked up where they stand in the text (WordMemo), not
 * cut out, lowercased and stemmed again; the memo is cleared past MEMO_LIMIT entries.
 */
const MEMO_LIMIT = 200_000;
const termMemo = new WordMemo<string>(MEMO_LIMIT);

export function termOf(word: string): string {
  const w = word.replace(/^['’-]+/, '').toLowerCase().replace(/['’]s$/, '');
  return w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w) ? '' : stem(w);
}

/** Word characters of NOT_WORD's complement: ASCII by table, other code points tested once. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (NOT_WORD.test(String.fromCharCode(c)) ? 0 : 1));
const wordClass = new Map<number, boolean>();
function isWordCode(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let v = wordClass.get(cp);
  if (v === undefined) wordClass.set(cp, (v = !NOT_WORD.test(String.fromCodePoint(cp))));
  return v;
}

/** The words of text.split(NOT_WORD), scanned by hand, each counted under its feature. */
function addTerms(counts: Map<string, number>, text: string, weight: number): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    for (;;) {
      if (i >= n) break;
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) cp = text.codePointAt(i)!;
      if (!isWordCode(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i > start) {
      const h = hashRange(text, start, i);
      let s = termMemo.get(text, start, i, h);
      if (s === undefined) {
        const word = text.slice(start, i);
        termMemo.set(word, h, (s = termOf(word)));
      }
      if (s) counts.set(s, (counts.get(s) ?? 0) + weight);
    } else {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
    }
  }
}

const JOINER = /^(of|de|al|el|bin|van|von|der|la|le|du)$/;

/** A name as written -> its feature and the features of its parts (memoised like termOf's words). */
interface NameKeys {
  key: string;
  /** One word, no spaces: skipped when it opens a sentence. */
  single: boolean;
  stop: boolean;
  parts: string[];
}
const nameMemo = new WordMemo<NameKeys>(MEMO_LIMIT);

function nameKeysOf(name: string): NameKeys {
  const key = name.toLowerCase().replace(/['’]s$/, '');
  const single = !/\s/.test(name);
  const parts = single ? [] : key.split(/\s+/).filter((p) => p.length >= 3 && !STOPWORDS.has(p) && !JOINER.test(p)).map((p) => NAME_PREFIX + p);
  return { key: NAME_PREFIX + key, single, stop: single && STOPWORDS.has(key), parts };
}

/** A sentence or a line opens just before `at` (within three characters): "…said. Haddad", "\n Haddad". */
function opensSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (isSpace(c)) continue;
    return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 58; // . ! ? " “ :
  }
  return false;
}
const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c)));

/** Capitalised sequences (NAME in name-scan.ts): "Hall of Tides", "Qasim al Zubaydi"; a lone capital opening a sentence is skipped. */
function addNames(counts: Map<string, number>, text: string, weight: number): void {
  scanNames(text, (at, end) => {
    const h = hashRange(text, at, end);
    let k = nameMemo.get(text, at, end, h);
    if (k === undefined) {
      const name = text.slice(at, end);
      nameMemo.set(name, h, (k = nameKeysOf(name)));
    }
    if (k.stop || (k.single && opensSentence(text, at))) return;
    counts.set(k.key, (counts.get(k.key) ?? 0) + weight);
    // "Vermont Sen. Bernie Sanders" and "Sanders" name one person: each part counts too.
    for (const part of k.parts) counts.set(part, (counts.get(part) ?? 0) + weight * 0.5);
  });
}

export function extractFeatures(title: string | null, text: string): RawFeatures {
  const counts = new Map<string, number>();
  const body = text.slice(0, 20_000);
  // Headlines are often in Title Case, so names are read from the body only.
  if (title) addTerms(counts, title, TITLE_WEIGHT);
  addTerms(counts, body, 1);
  addNames(counts, body, 1);
  return { counts };
}
