// Article -> weighted features: content-word stems of title and body, and names
// (capitalised word sequences not opening a sentence), e.g. "n:port alden".
import { STOPWORDS } from './model/stopwords.js';
import { stem } from './stem.js';

export interface RawFeatures {
  /** feature -> raw weight (title counts double). */
  counts: Map<string, number>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
export const TITLE_WEIGHT = 2;
export const NAME_PREFIX = 'n:';

function addTerms(counts: Map<string, number>, text: string, weight: number): void {
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    const s = stem(w);
    counts.set(s, (counts.get(s) ?? 0) + weight);
  }
}

/** Capitalised sequences: "Hall of Tides", "Qasim al-Zubaydi"; a lone capital after a sentence end is skipped. */
function addNames(counts: Map<string, number>, text: string, weight: number): void {
  const re = /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:of|de|al|el|bin|van|von|der|la|le|du)\s+)?\p{Lu}[\p{L}'’-]+)*)/gu;
  for (const m of text.matchAll(re)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length;
    const before = text.slice(Math.max(0, at - 3), at);
    const single = !/\s/.test(name);
    if (single && (at === 0 || /[.!?"“:]\s*$/.test(before) || /\n\s*$/.test(before))) continue;
    const key = name.toLowerCase().replace(/['’]s$/, '');
    if (single && STOPWORDS.has(key)) continue;
    counts.set(NAME_PREFIX + key, (counts.get(NAME_PREFIX + key) ?? 0) + weight);
    // "Vermont Sen. Bernie Sanders" and "Sanders" name one person: each part counts too.
    if (!single) {
      for (const part of key.split(/\s+/)) {
        if (part.length < 3 || STOPWORDS.has(part) || /^(of|de|al|el|bin|van|von|der|la|le|du)$/.test(part)) continue;
        counts.set(NAME_PREFIX + part, (counts.get(NAME_PREFIX + part) ?? 0) + weight * 0.5);
      }
    }
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
