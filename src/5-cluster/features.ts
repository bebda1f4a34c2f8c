// Article -> weighted features: content-word stems of title and body, and names
// (capitalised word sequences not opening a sentence), e.g. "n:port alden".
import { STOPWORDS } from './model/stopwords.js';
import { stem } from './stem.js';

export interface RawFeatures {
  /** feature -> raw weight (title counts double). */
  counts: Map<string, number>;
}

/** Word characters; a word is a maximal run of them, without leading apostrophes or hyphens. */
const NOT_WORD = /[^\p{L}\p{N}'’-]+/u;
export const TITLE_WEIGHT = 2;
export const NAME_PREFIX = 'n:';

/**
 * Word as written -> its feature ("" for a stopword, a number or a short word). News reuses a
 * small vocabulary, so most words are looked up, not lowercased and stemmed again; the memo
 * is dropped when it grows past MEMO_LIMIT so memory stays bounded on any corpus.
 */
const termMemo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

function termOf(word: string): string {
  let s = termMemo.get(word);
  if (s !== undefined) return s;
  const w = word.replace(/^['’-]+/, '').toLowerCase().replace(/['’]s$/, '');
  s = w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w) ? '' : stem(w);
  if (termMemo.size >= MEMO_LIMIT) termMemo.clear();
  termMemo.set(word, s);
  return s;
}

function addTerms(counts: Map<string, number>, text: string, weight: number): void {
  // split, not matchAll: one string per word and no match objects (a quarter of the stage's time).
  for (const word of text.split(NOT_WORD)) {
    const s = termOf(word);
    if (s) counts.set(s, (counts.get(s) ?? 0) + weight);
  }
}

const JOINER = /^(of|de|al|el|bin|van|von|der|la|le|du)$/;

/** A name as written -> its feature and the features of its parts (memoised like termOf). */
interface NameKeys {
  key: string;
  /** One word, no spaces: skipped when it opens a sentence. */
  single: boolean;
  stop: boolean;
  parts: string[];
}
const nameMemo = new Map<string, NameKeys>();

function nameKeys(name: string): NameKeys {
  let k = nameMemo.get(name);
  if (k) return k;
  const key = name.toLowerCase().replace(/['’]s$/, '');
  const single = !/\s/.test(name);
  const parts = single ? [] : key.split(/\s+/).filter((p) => p.length >= 3 && !STOPWORDS.has(p) && !JOINER.test(p)).map((p) => NAME_PREFIX + p);
  k = { key: NAME_PREFIX + key, single, stop: single && STOPWORDS.has(key), parts };
  if (nameMemo.size >= MEMO_LIMIT) nameMemo.clear();
  nameMemo.set(name, k);
  return k;
}

/** Capitalised sequences: "Hall of Tides", "Qasim al-Zubaydi"; a lone capital after a sentence end is skipped. */
function addNames(counts: Map<string, number>, text: string, weight: number): void {
  const re = /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:of|de|al|el|bin|van|von|der|la|le|du)\s+)?\p{Lu}[\p{L}'’-]+)*)/gu;
  for (const m of text.matchAll(re)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length;
    const k = nameKeys(name);
    if (k.stop) continue;
    if (k.single) {
      const before = text.slice(Math.max(0, at - 3), at);
      if (at === 0 || /[.!?"“:]\s*$/.test(before) || /\n\s*$/.test(before)) continue;
    }
    counts.set(k.key, (counts.get(k.key) ?? 0) + weight);
    // "Vermont Sen. Bernie Sanders" and "Sanders" name one person: each part counts too.
    for (const part of k.parts) counts.set(part, (counts.get(part) ?? 0) + weight * 0.5);
  }
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
