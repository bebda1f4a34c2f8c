// A cluster's centroid: the running sum of its members' unit vectors, truncated to its
// strongest features so memory per cluster stays bounded.
import type { Vec, WeightLookup } from './vector.js';
import { nthLargest } from './top.js';
import { Vocabulary } from './vocab.js';
import { SumTable } from './sum-table.js';

/**
 * Sums are held in millionths, as integers: cosines are ratios of sums, so the unit cancels,
 * rounding moves a weight by at most 5e-7, and products of sums are exact, so a cosine does not
 * depend on the order the entries are read in.
 */
const UNIT = 1e6;
const units = (w: number): number => Math.round(w * UNIT);

/** For centroids made outside a session (tests): one numbering shared by all of them. */
const SHARED_VOCABULARY = new Vocabulary();

/**
 * The sums live in a table of typed arrays keyed by feature number (sum-table.ts), not in a
 * Map keyed by the feature word: at a million articles the session holds about 20,000
 * centroids of up to 600 features, which a Map made into millions of entries for the garbage
 * collector to trace, and a lookup read the colliding keys' strings from all over the heap.
 */
export class Centroid implements WeightLookup {
  private readonly sum = new SumTable(100); // about one article's features; grows as members come
  private norm = 0;
  private dirty = false;
  /**
   * The strongest `topN` entries as of the last top(), and the features add() touched since:
   * add() only raises weights, so the new top lies within the old top and the touched features
   * (about 100 entries to rank, not 600). Dropped by remove() and merge(), which may lower
   * weights or bring in features from elsewhere.
   */
  private topCache: string[] | null = null; // never mutated: the index may hold it
  private topIdsCache: number[] | null = null;
  private topN = 0;
  private touched: number[] | null = null;
  size = 0;

  constructor(
    private readonly maxFeatures: number,
    readonly vocab: Vocabulary = SHARED_VOCABULARY,
  ) {}

  private idsOf(v: Vec): readonly number[] {
    return v.ids ?? this.vocab.idsOf(v.keys);
  }

  add(v: Vec): void {
    const sum = this.sum;
    const ids = this.idsOf(v);
    const { weights } = v;
    for (let i = 0; i < ids.length; i++) sum.add(ids[i]!, units(weights[i]!));
    this.size++;
    this.dirty = true;
    if (this.topIdsCache) {
      this.touched ??= [];
      for (let i = 0; i < ids.length; i++) this.touched.push(ids[i]!);
    }
    // Truncation keeps the strongest maxFeatures (≥ topN), so the cached top stays right.
    if (sum.size > this.maxFeatures * 2) this.truncate();
  }

  /** Absorb another centroid (two clusters found to be one). */
  merge(other: Centroid): void {
    if (other.vocab !== this.vocab) throw new Error('centroids of two vocabularies cannot be merged');
    const sum = this.sum;
    other.sum.forEach((f, w) => sum.add(f, w));
    this.size += other.size;
    this.dirty = true;
    this.dropTop();
    if (sum.size > this.maxFeatures * 2) this.truncate();
  }

  private truncate(): void {
    const keep = this.topIds(this.maxFeatures);
    const weights = keep.map((f) => this.sum.get(f));
    this.sum.clear();
    keep.forEach((f, i) => this.sum.add(f, weights[i]!));
  }

  private dropTop(): void {
    this.topCache = null;
    this.topIdsCache = null;
    this.touched = null;
  }

  private refresh(): void {
    if (!this.dirty) return;
    this.norm = Math.sqrt(this.sum.squares()) || 1;
    this.dirty = false;
  }

  /** Cosine of a unit vector with the centroid. */
  similarity(v: Vec): number {
    this.refresh();
    const sum = this.sum;
    const { weights } = v;
    let s = 0;
    if (v.ids) {
      const ids = v.ids;
      for (let i = 0; i < ids.length; i++) s += weights[i]! * sum.get(ids[i]!);
    } else {
      for (let i = 0; i < v.keys.length; i++) {
        const id = this.vocab.find(v.keys[i]!);
        if (id !== undefined) s += weights[i]! * sum.get(id);
      }
    }
    return s / this.norm;
  }

  /** Take a member's vector out again (the member moved to another cluster). */
  remove(v: Vec): void {
    const sum = this.sum;
    const ids = this.idsOf(v);
    const { weights } = v;
    for (let i = 0; i < ids.length; i++) {
      const f = ids[i]!;
      if (!sum.has(f)) continue;
      const x = sum.get(f);
      const q = units(weights[i]!);
      if (x - q <= 0) sum.delete(f);
      else sum.add(f, -q);
    }
    this.size--;
    this.dirty = true;
    this.dropTop();
  }

  /** Cosine of a member's unit vector with the centroid of the other members. */
  similarityWithout(v: Vec): number {
    this.refresh();
    if (this.size <= 1) return 0;
    let dotSum = 0;
    let overlap = 0;
    const sum = this.sum;
    const ids = this.idsOf(v);
    const { weights } = v;
    for (let i = 0; i < ids.length; i++) {
      const u = sum.get(ids[i]!);
      if (u === 0) continue;
      const x = u / UNIT;
      const w = weights[i]!;
      dotSum += w * x;
      overlap += w * Math.min(w, x);
    }
    // |sum - v|^2 = |sum|^2 - 2 sum·v + |v|^2, with v a unit vector (truncation makes it approximate).
    const norm = this.norm / UNIT;
    const rest = Math.sqrt(Math.max(1e-9, norm * norm - 2 * dotSum + 1));
    return (dotSum - overlap) / rest;
  }

  /** Cosine of two centroids, without building either unit vector. */
  cosine(other: Centroid): number {
    this.refresh();
    other.refresh();
    const [small, large] = this.sum.size <= other.sum.size ? [this.sum, other.sum] : [other.sum, this.sum];
    return small.dot(large) / (this.norm * other.norm);
  }

  /** The centroid as a unit vector (for explanations), in no particular order. */
  vector(): Vec {
    this.refresh();
    const keys: string[] = [];
    const weights: number[] = [];
    const ids: number[] = [];
    const norm = this.norm;
    this.sum.forEach((f, w) => (keys.push(this.vocab.wordOf(f)), weights.push(w / norm), ids.push(f)));
    return { keys, weights, ids };
  }

  /** A feature's weight in the centroid as a unit vector (explanations read it without building the vector). */
  get(feature: string): number | undefined {
    this.refresh();
    const id = this.vocab.find(feature);
    return id === undefined || !this.sum.has(id) ? undefined : this.sum.get(id) / this.norm;
  }

  /** Strongest features, for the inverted index. */
  top(n: number): string[] {
    // Beyond maxFeatures truncation would break the cache's invariant: not cached.
    if (n > this.maxFeatures) return this.topIds(n).map((f) => this.vocab.wordOf(f));
    const before = this.topIdsCache;
    if (!this.topIdsCache || this.topN < n || (this.touched && this.touched.length > this.sum.size)) {
      this.topIdsCache = this.topIds(n);
      this.topN = n;
    } else if (this.touched) {
      // Only features still held: one truncated away was outranked by 2 × maxFeatures others.
      const near = this.topIdsCache.slice();
      const stamp = nextStamp(this.vocab.size);
      for (const f of near) seen[f] = stamp;
      for (const f of this.touched) if (seen[f] !== stamp && this.sum.has(f)) (seen[f] = stamp), near.push(f);
      this.topIdsCache = this.ranked(near).slice(0, this.topN);
    }
    this.touched = null;
    // An unchanged top keeps its array: the index then knows at once that nothing moved.
    if (!sameIds(before, this.topIdsCache)) this.topCache = null;
    this.topCache ??= this.topIdsCache.map((f) => this.vocab.wordOf(f));
    return n === this.topCache.length ? this.topCache : this.topCache.slice(0, n);
  }

  /** Features by weight, strongest first; ties by the feature word ascending. Sorts in place. */
  private ranked(ids: number[]): number[] {
    const words = this.vocab.words;
    // Each weight read once into a scratch table by position, not per comparison (nor as [id, weight] pairs: garbage).
    if (rankWeights.length < ids.length) rankWeights = new Float64Array(ids.length * 2);
    const byPos = rankWeights;
    const order: number[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) (byPos[i] = this.sum.get(ids[i]!)), (order[i] = i);
    order.sort((a, b) => {
      const d = byPos[b]! - byPos[a]!;
      return d > 0 ? 1 : d < 0 ? -1 : words[ids[a]!]! < words[ids[b]!]! ? -1 : words[ids[a]!]! > words[ids[b]!]! ? 1 : 0;
    });
    const sorted = order.map((i) => ids[i]!);
    for (let i = 0; i < sorted.length; i++) ids[i] = sorted[i]!;
    return ids;
  }

  /** The n strongest features: the n-th largest weight by quickselect, then only those at or above it ranked. */
  private topIds(n: number): number[] {
    const sum = this.sum;
    if (n <= 0) return [];
    const all: number[] = [];
    if (sum.size <= n) {
      sum.forEach((f) => all.push(f));
      return this.ranked(all);
    }
    if (scratch.length < sum.size) scratch = new Float64Array(sum.size * 2);
    sum.valuesInto(scratch);
    const cut = nthLargest(scratch, sum.size, n);
    const above: number[] = [];
    const tied: number[] = [];
    sum.forEach((f, w) => {
      if (w > cut) above.push(f);
      else if (w === cut) tied.push(f);
    });
    this.ranked(tied);
    for (let k = 0; above.length < n && k < tied.length; k++) above.push(tied[k]!);
    return this.ranked(above);
  }
}

/** Feature number -> the stamp of the last top() that met it (a Set per call was most of top()'s garbage). */
let seen = new Int32Array(1024);
let stamp = 0;
function nextStamp(features: number): number {
  if (seen.length < features) seen = new Int32Array(Math.max(features, seen.length * 2));
  if (stamp === 0x7fffffff) (seen.fill(0), (stamp = 0));
  return ++stamp;
}

const sameIds = (a: readonly number[] | null, b: readonly number[]): boolean => {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Reused by topIds and ranked (one thread, no reentry): the weights they select among and sort by. */
let scratch = new Float64Array(1024);
let rankWeights = new Float64Array(256);
