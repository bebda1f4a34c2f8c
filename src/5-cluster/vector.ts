// Sparse vectors as parallel arrays of features and weights, with TF-IDF weighting against an
// online document-frequency table that is updated before clustering (O(n), no pairwise work).

import { nthLargest, sortByScore } from './top.js';
import type { RawFeatures } from './features.js';
import { Vocabulary } from './vocab.js';

/**
 * A sparse vector: features and their weights at the same index. An article's vectors are unit
 * length, strongest feature first. Arrays, not a Map: an article's two vectors are made once and
 * read whole (added to a centroid, compared with one), and a Map of 60 entries cost more to
 * build and to walk than the rest of weighing (and more to copy in each young-generation GC).
 */
export interface Vec {
  readonly keys: string[];
  readonly weights: number[];
  /** The keys' numbers in the session's vocabulary (vocab.ts), when the vector was weighed there: centroids then skip numbering them. */
  readonly ids?: readonly number[];
}

/** Anything that gives a feature's weight: a Map, a centroid. */
export interface WeightLookup {
  get(feature: string): number | undefined;
}

export const vecOf = (entries: Iterable<[string, number]>): Vec => {
  const keys: string[] = [];
  const weights: number[] = [];
  for (const [f, w] of entries) keys.push(f), weights.push(w);
  return { keys, weights };
};

/** The vector as a Map (tests, lookups of many features). */
export function mapOf(v: Vec): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < v.keys.length; i++) m.set(v.keys[i]!, v.weights[i]!);
  return m;
}

export class DocFrequency {
  docs = 0;
  /** Feature -> its number (one Map lookup per feature and document, then array reads); centroids share the numbering. */
  readonly vocab = new Vocabulary();
  private held = new Int32Array(1024);

  /** Counts a document's features (each once) and returns their numbers, for idfOf(). */
  add(features: readonly string[]): number[] {
    this.docs++;
    const out: number[] = new Array(features.length);
    for (let i = 0; i < features.length; i++) {
      const id = this.vocab.idOf(features[i]!);
      if (id >= this.held.length) {
        const grown = new Int32Array(Math.max(id + 1, this.held.length * 2));
        grown.set(this.held);
        this.held = grown;
      }
      this.held[id]!++;
      out[i] = id;
    }
    return out;
  }

  /** Documents holding the feature. */
  count(f: string): number {
    const id = this.vocab.find(f);
    return id === undefined || id >= this.held.length ? 0 : this.held[id]!;
  }

  /**
   * Smoothed idf with `prior` virtual documents that contain no feature: in a small corpus
   * about one subject (five articles on one storyline), the subject's own terms appear in
   * every article and would otherwise weigh nothing. In a large corpus the prior fades out.
   */
  idf(f: string): number {
    return Math.log((this.docs + this.prior + 1) / (this.count(f) + 1));
  }

  /** idf() of the feature numbered `id` by add(). */
  idfOf(id: number): number {
    return Math.log((this.docs + this.prior + 1) / ((this.held[id] ?? 0) + 1));
  }

  constructor(readonly prior = 50) {}
}

/**
 * An article's unit vectors for several name boosts at once (storyline and event vectors): one idf per feature,
 * read by the numbers DocFrequency.add() gave the features (`ids`) when the caller has them,
 * else by a lookup of each feature. `maxFeaturesEach`: one cap for all vectors, or one per boost.
 * The strongest maxFeatures are chosen over typed arrays (the cut found by quickselect of the
 * bare scores), so only the kept features are compared as (score, name) pairs.
 */
export function weighEach(raw: RawFeatures, df: DocFrequency, nameBoosts: number[], maxFeaturesEach: number | number[], ids?: readonly number[]): Vec[] {
  const { features, counts } = raw;
  const size = features.length;
  if (buf.base.length < size) buf = scratchOf(size * 2);
  const { base, name, score, sorted, kept } = buf;
  for (let i = 0; i < size; i++) {
    const f = features[i]!;
    base[i] = (1 + Math.log(counts[i]!)) * (ids ? df.idfOf(ids[i]!) : df.idf(f));
    name[i] = f.charCodeAt(0) === 110 && f.charCodeAt(1) === 58 ? 1 : 0; // "n:"
  }
  return nameBoosts.map((nameBoost, b) => {
    const maxFeatures = typeof maxFeaturesEach === 'number' ? maxFeaturesEach : maxFeaturesEach[b]!;
    let live = 0;
    for (let k = 0; k < size; k++) {
      const s = name[k] ? base[k]! * nameBoost : base[k]!;
      score[k] = s;
      if (nameBoost !== 0 || !name[k]) sorted[live++] = s;
    }
    const cut = live > maxFeatures && maxFeatures > 0 ? nthLargest(sorted, live, maxFeatures) : -Infinity;
    let nKept = 0;
    for (let k = 0; k < size; k++) if ((nameBoost !== 0 || !name[k]) && score[k]! >= cut) kept[nKept++] = k;
    sortByScore(kept, nKept, score, features); // strongest first, then by name
    const m = Math.min(nKept, Math.max(0, maxFeatures));
    let norm = 0;
    for (let k = 0; k < m; k++) norm += score[kept[k]!]! * score[kept[k]!]!;
    norm = Math.sqrt(norm) || 1;
    const keys: string[] = new Array(m);
    const weights: number[] = new Array(m);
    const keyIds: number[] | undefined = ids ? new Array(m) : undefined;
    for (let k = 0; k < m; k++) {
      keys[k] = features[kept[k]!]!;
      weights[k] = score[kept[k]!]! / norm;
      if (keyIds) keyIds[k] = ids![kept[k]!]!;
    }
    return keyIds ? { keys, weights, ids: keyIds } : { keys, weights };
  });
}

/** weighEach's working arrays, reused across calls (one thread, no reentry) and grown as needed. */
const scratchOf = (n: number) => ({
  base: new Float64Array(n),
  name: new Uint8Array(n),
  score: new Float64Array(n),
  sorted: new Float64Array(n),
  kept: new Int32Array(n),
});
let buf = scratchOf(1024);

/** a·b where b is read by lookups (a centroid's sums, a Map). */
export function dotWith(a: Vec, b: WeightLookup): number {
  let s = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const x = b.get(a.keys[i]!);
    if (x !== undefined) s += a.weights[i]! * x;
  }
  return s;
}

/** The features that contributed most to a·b, strongest first. */
export function topShared(a: Vec, b: WeightLookup, n: number): Array<[string, number]> {
  const shared: Array<[string, number]> = [];
  for (let i = 0; i < a.keys.length; i++) {
    const x = b.get(a.keys[i]!);
    if (x !== undefined) shared.push([a.keys[i]!, a.weights[i]! * x]);
  }
  return strongestShared(shared, n);
}

/** The n largest products, strongest first (ties: feature ascending). */
const strongestShared = (shared: Array<[string, number]>, n: number) => shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, n);

/** Dense scratch table by feature number for Spread (one thread, one Spread at a time). */
let dense = new Float64Array(1 << 16);
let spreadBusy = false;

/**
 * A vector's weights laid out by feature number, for dot products with many vectors (the
 * recent members of an event, a batch's neighbours) without building a Map per article. Falls
 * back to a Map for vectors without numbers, or while another Spread is open. Call release().
 */
export class Spread {
  private map: Map<string, number> | null = null;
  private readonly ids: readonly number[] | null = null;

  constructor(private readonly v: Vec) {
    if (!v.ids || spreadBusy) {
      this.map = mapOf(v);
      return;
    }
    spreadBusy = true;
    this.ids = v.ids;
    let max = 0;
    for (const id of v.ids) if (id > max) max = id;
    if (max >= dense.length) dense = new Float64Array(Math.max(max + 1, dense.length * 2));
    for (let i = 0; i < v.ids.length; i++) dense[v.ids[i]!] = v.weights[i]!;
  }

  /** The weight here of a's i-th feature, 0 when absent (weights of article vectors are positive). */
  private weightOf(a: Vec, i: number): number {
    if (this.map || !a.ids) return (this.map ??= mapOf(this.v)).get(a.keys[i]!) ?? 0;
    const id = a.ids[i]!;
    return id < dense.length ? dense[id]! : 0;
  }

  dot(a: Vec): number {
    let s = 0;
    for (let i = 0; i < a.keys.length; i++) s += a.weights[i]! * this.weightOf(a, i);
    return s;
  }

  /** topShared(a, this vector, n). */
  topShared(a: Vec, n: number): Array<[string, number]> {
    const shared: Array<[string, number]> = [];
    for (let i = 0; i < a.keys.length; i++) {
      const x = this.weightOf(a, i);
      if (x !== 0) shared.push([a.keys[i]!, a.weights[i]! * x]);
    }
    return strongestShared(shared, n);
  }

  release(): void {
    if (!this.ids) return;
    for (const id of this.ids) dense[id] = 0;
    spreadBusy = false;
  }
}
