// A cluster's centroid: the running sum of its members' unit vectors, truncated to its
// strongest features so memory per cluster stays bounded.
import type { Vec, WeightLookup } from './vector.js';
import { topEntries } from './top.js';

/**
 * Sums are held in millionths, as integers: V8 keeps a small integer in a Map entry as is, but
 * boxes every other number in a heap object of its own, so adding a 140-feature article to its
 * event and storyline made 140 such objects, and a large session held millions of them (GC time
 * grows with both). Cosines are ratios of sums, so the unit cancels; rounding moves a weight by
 * at most 5e-7.
 */
const UNIT = 1e6;
const units = (w: number): number => Math.round(w * UNIT);

export class Centroid implements WeightLookup {
  private sum = new Map<string, number>();
  private norm = 0;
  private dirty = false;
  /**
   * The strongest `topN` entries as of the last top(), and the features add() touched since:
   * add() only raises weights, so the new top lies within the old top and the touched features
   * (about 100 entries to rank, not 600). Dropped by remove() and merge(), which may lower
   * weights or bring in features from elsewhere.
   */
  private topCache: string[] | null = null; // never mutated: the index may hold it
  private topN = 0;
  private touched: string[] | null = null;
  size = 0;

  constructor(private readonly maxFeatures: number) {}

  add(v: Vec): void {
    const sum = this.sum;
    const { keys, weights } = v;
    for (let i = 0; i < keys.length; i++) sum.set(keys[i]!, (sum.get(keys[i]!) ?? 0) + units(weights[i]!));
    this.size++;
    this.dirty = true;
    if (this.topCache) {
      this.touched ??= [];
      for (const f of keys) this.touched.push(f);
    }
    // Truncation keeps the strongest maxFeatures (≥ topN), so the cached top stays right.
    if (this.sum.size > this.maxFeatures * 2) this.truncate();
  }

  /** Absorb another centroid (two clusters found to be one). */
  merge(other: Centroid): void {
    const sum = this.sum;
    other.sum.forEach((w, f) => sum.set(f, (sum.get(f) ?? 0) + w));
    this.size += other.size;
    this.dirty = true;
    this.topCache = null;
    if (this.sum.size > this.maxFeatures * 2) this.truncate();
  }

  private truncate(): void {
    this.sum = new Map(topEntries(this.sum, this.maxFeatures));
  }

  private refresh(): void {
    if (!this.dirty) return;
    let s = 0;
    for (const w of this.sum.values()) s += w * w;
    this.norm = Math.sqrt(s) || 1;
    this.dirty = false;
  }

  /** Cosine of a unit vector with the centroid. */
  similarity(v: Vec): number {
    this.refresh();
    const sum = this.sum;
    const { keys, weights } = v;
    let s = 0;
    for (let i = 0; i < keys.length; i++) {
      const x = sum.get(keys[i]!);
      if (x !== undefined) s += weights[i]! * x;
    }
    return s / this.norm;
  }

  /** Take a member's vector out again (the member moved to another cluster). */
  remove(v: Vec): void {
    const sum = this.sum;
    const { keys, weights } = v;
    for (let i = 0; i < keys.length; i++) {
      const f = keys[i]!;
      const w = weights[i]!;
      const x = sum.get(f);
      if (x === undefined) continue;
      const q = units(w);
      if (x - q <= 0) sum.delete(f);
      else sum.set(f, x - q);
    }
    this.size--;
    this.dirty = true;
    this.topCache = null;
  }

  /** Cosine of a member's unit vector with the centroid of the other members. */
  similarityWithout(v: Vec): number {
    this.refresh();
    if (this.size <= 1) return 0;
    let dotSum = 0;
    let overlap = 0;
    const sum = this.sum;
    const { keys, weights } = v;
    for (let i = 0; i < keys.length; i++) {
      const u = sum.get(keys[i]!);
      if (u === undefined) continue;
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
    let s = 0;
    small.forEach((w, f) => {
      const x = large.get(f);
      if (x !== undefined) s += w * x;
    });
    return s / (this.norm * other.norm);
  }

  /** The centroid as a unit vector (for explanations), in no particular order. */
  vector(): Vec {
    this.refresh();
    const keys: string[] = [];
    const weights: number[] = [];
    const norm = this.norm;
    this.sum.forEach((w, f) => (keys.push(f), weights.push(w / norm)));
    return { keys, weights };
  }

  /** A feature's weight in the centroid as a unit vector (explanations read it without building the vector). */
  get(feature: string): number | undefined {
    this.refresh();
    const w = this.sum.get(feature);
    return w === undefined ? undefined : w / this.norm;
  }

  /** Strongest features, for the inverted index. */
  top(n: number): string[] {
    // Beyond maxFeatures truncation would break the cache's invariant: not cached.
    if (n > this.maxFeatures) return topEntries(this.sum, n).map(([f]) => f);
    if (!this.topCache || this.topN < n || (this.touched && this.touched.length > this.sum.size)) {
      this.topCache = topEntries(this.sum, n).map(([f]) => f);
      this.topN = n;
    } else if (this.touched) {
      const near = new Map<string, number>();
      for (const list of [this.topCache, this.touched]) {
        for (const f of list) {
          const w = this.sum.get(f);
          if (w !== undefined) near.set(f, w); // else truncated away: outranked by 2 × maxFeatures others
        }
      }
      this.topCache = topEntries(near, this.topN).map(([f]) => f);
    }
    this.touched = null;
    return n === this.topCache.length ? this.topCache : this.topCache.slice(0, n);
  }
}
