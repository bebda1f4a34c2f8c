// Sentence vectors for the alignment (sentence-claims.ts): a sentence as a unit TF-IDF vector
// over word ids (ascending, weights alongside), and the small numeric helpers the candidate
// search uses. Typed arrays throughout: a 1,000-article storyline has some 15,000 sentences.
import type { SentenceRef } from './sentence-claims.js';
import { nthLargest } from '../5-cluster/top.js';

/** A sentence as a unit vector over word ids: ids ascending, weights alongside. */
export interface Unit {
  article: number;
  ref: SentenceRef;
  ids: Int32Array;
  weights: Float64Array;
}

export function vectors(units: Array<{ article: number; ref: SentenceRef; words: string[] }>, vocabulary: Map<string, number>): Unit[] {
  const df: number[] = [];
  const idsOf = units.map((u) => {
    const ids = new Set<number>();
    for (const w of u.words) {
      let id = vocabulary.get(w);
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
      ids.add(id);
    }
    for (const id of ids) df[id] = (df[id] ?? 0) + 1;
    return ids;
  });
  const n = units.length;
  return units.map((u, k) => {
    const tf = new Map<number, number>();
    for (const w of u.words) {
      const id = vocabulary.get(w)!;
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const ids = Int32Array.from(idsOf[k]!).sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      const x = (1 + Math.log(tf.get(id)!)) * Math.log((n + 1) / df[id]!);
      weights[i] = x;
      norm += x * x;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
    return { article: u.article, ref: u.ref, ids, weights };
  });
}

/**
 * The n sentences sharing the most probe weight (ties: lower index first), the set a full sort
 * would give, in no particular order (the caller's best match does not depend on it): the n-th
 * largest weight comes from a quickselect over the bare numbers (a sentence can touch a
 * thousand others).
 */
export function mostShared(touched: number[], shared: Float64Array, n: number): number[] {
  const values = new Float64Array(touched.length);
  for (let k = 0; k < touched.length; k++) values[k] = shared[touched[k]!]!;
  const cut = nthLargest(values, values.length, n);
  const above: number[] = [];
  const tied: number[] = [];
  for (const j of touched) {
    const v = shared[j]!;
    if (v > cut) above.push(j);
    else if (v === cut) tied.push(j);
  }
  if (above.length < n) {
    const lowest = Int32Array.from(tied).sort();
    for (let k = 0; above.length < n && k < lowest.length; k++) above.push(lowest[k]!);
  }
  return above;
}

/** Binary search of a sorted Int32Array; -1 when absent. */
export function indexOf(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
