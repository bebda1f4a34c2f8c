// Article -> weighted features: content-word stems of title and body, and names
// (capitalised word sequences not opening a sentence), e.g. "n:port alden".
import { STOPWORDS } from './model/stopwords.js';
import { stem } from './stem.js';
import { hashRange, WordMemo } from './word-memo.js';
import { scanNames } from './name-scan.js';
import { detached } from '../core/detach.js';

/** An article's features in order of first occurrence, with their raw weights (title counts double). */
export interface RawFeatures {
  features: string[];
  /** A plain array, not a Float64Array: a typed array of 140 counts has its store outside the heap, allocated and freed apart for every article. */
  counts: number[];
}

/** The same as a Map (tests, explanations). */
export const countsOf = (raw: RawFeatures): Map<string, number> => new Map(raw.features.map((f, i) => [f, raw.counts[i]!]));

/** Word characters; a word is a maximal run of them, without leading apostrophes or hyphens. */
export const NOT_WORD = /[^\p{L}\p{N}'’-]+/u;
export const TITLE_WEIGHT = 2;
export const NAME_PREFIX = 'n:';

const MEMO_LIMIT = 200_000;
/**
 * Word as written -> the counter of its feature, or null for a word that is no feature. News
 * reuses a small vocabulary, so most words are looked up where they stand in the text, not cut
 * out, lowercased and stemmed again (termOf).
 */
const termMemo = new WordMemo<Counter | null>(MEMO_LIMIT);

/**
 * Each feature has one counter (shared by its written forms through the memos), counted in
 * place and stamped with the article it was last counted for: no Map operation per word.
 * The counters are cleared (with the memos that point to them) between articles once they
 * pass MEMO_LIMIT, so a feature never has two counters within an article.
 */
interface Counter {
  readonly key: string;
  stamp: number;
  count: number;
}
const counters = new Map<string, Counter>();
let stamp = 0;
let touched: Counter[] = [];

function counterOf(key: string): Counter {
  let c = counters.get(key);
  if (!c) {
    // The key lives on in document frequencies and centroids: never as a view into an article's text.
    const own = detached(key);
    counters.set(own, (c = { key: own, stamp: -1, count: 0 }));
  }
  return c;
}

function count(c: Counter, weight: number): void {
  if (c.stamp !== stamp) {
    c.stamp = stamp;
    c.count = 0;
    touched.push(c);
  }
  c.count += weight;
}

/** Word as written -> its feature ("" for a stopword, a number or a short word). */
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
function addTerms(text: string, weight: number): void {
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
      let c = termMemo.get(text, start, i, h);
      if (c === undefined) {
        const word = text.slice(start, i);
        const s = termOf(word);
        c = s ? counterOf(s) : null;
        termMemo.set(word, h, c);
      }
      if (c) count(c, weight);
    } else {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
    }
  }
}

const JOINER = /^(of|de|al|el|bin|van|von|der|la|le|du)$/;

/** A name as written -> its feature and the features of its parts (memoised like termOf's words). */
interface NameKeys {
  key: Counter;
  /** One word, no spaces: skipped when it opens a sentence. */
  single: boolean;
  stop: boolean;
  parts: Counter[];
}
const nameMemo = new WordMemo<NameKeys>(MEMO_LIMIT);

function nameKeysOf(name: string): NameKeys {
  const key = name.toLowerCase().replace(/['’]s$/, '');
  const single = !/\s/.test(name);
  const parts = single ? [] : key.split(/\s+/).filter((p) => p.length >= 3 && !STOPWORDS.has(p) && !JOINER.test(p)).map((p) => counterOf(NAME_PREFIX + p));
  return { key: counterOf(NAME_PREFIX + key), single, stop: single && STOPWORDS.has(key), parts };
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
function addNames(text: string, weight: number): void {
  scanNames(text, (at, end) => {
    const h = hashRange(text, at, end);
    let k = nameMemo.get(text, at, end, h);
    if (k === undefined) {
      const name = text.slice(at, end);
      k = nameKeysOf(name);
      nameMemo.set(name, h, k);
    }
    if (k.stop || (k.single && opensSentence(text, at))) return;
    count(k.key, weight);
    // "Vermont Sen. Bernie Sanders" and "Sanders" name one person: each part counts too.
    for (const part of k.parts) count(part, weight * 0.5);
  });
}

export function extractFeatures(title: string | null, text: string): RawFeatures {
  const body = text.slice(0, 20_000);
  if (counters.size >= MEMO_LIMIT) {
    counters.clear();
    termMemo.clear();
    nameMemo.clear();
  }
  stamp++;
  touched = [];
  // Headlines are often in Title Case, so names are read from the body only.
  if (title) addTerms(title, TITLE_WEIGHT);
  addTerms(body, 1);
  addNames(body, 1);
  const features: string[] = new Array(touched.length);
  const counts: number[] = new Array(touched.length);
  touched.forEach((c, i) => ((features[i] = c.key), (counts[i] = c.count)));
  touched = [];
  return { features, counts };
}
