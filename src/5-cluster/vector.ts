// Sparse vectors as Map<feature, weight>, with TF-IDF weighting against an online
// document-frequency table that is updated before clustering (O(n), no pairwise work).

import { nthLargest } from './top.js';
import type { RawFeatures } from './features.js';

export type Vec = Map<string, number>;

export class DocFrequency {
  docs = 0;
  private readonly df = new Map<string, number>();

  add(features: Iterable<string>): void {
    this.docs++;
    for (const f of features) this.df.set(f, (this.df.get(f) ?? 0) + 1);
  }

  /** Documents holding the feature. */
  count(f: string): number {
    return this.df.get(f) ?? 0;
  }

  /**
   * Smoothed idf with `prior` virtual documents that contain no feature: in a small corpus
   * about one subject (five articles on one storyline), the subject's own terms appear in
   * every article and would otherwise weigh nothing. In a large corpus the prior fades out.
   */
  idf(f: string): number {
    return Math.log((this.docs + this.prior + 1) / ((this.df.get(f) ?? 0) + 1));
  }

  constructor(readonly prior = 50) {}
}

export interface WeightOptions {
  /** Extra weight of name features ("n:...") over plain terms. */
  nameBoost: number;
  /** Keep only the strongest features of an article. */
  maxFeatures: number;
}

export function weigh(raw: RawFeatures, df: DocFrequency, opts: WeightOptions): Vec {
  return weighEach(raw, df, [opts.nameBoost], opts.maxFeatures)[0]!;
}

/**
 * weigh() for several name boosts at once (storyline and event vectors): one idf lookup per
 * feature (boxing the counts to skip it measured no faster and cost 16 B per feature).
 * The strongest maxFeatures are chosen over typed arrays (the cut found by quickselect of the
 * bare scores), so only the kept features are compared as (score, name) pairs.
 */
export function weighEach(raw: RawFeatures, df: DocFrequency, nameBoosts: number[], maxFeatures: number): Vec[] {
  const { features, counts } = raw;
  const size = features.length;
  if (buf.base.length < size) buf = scratchOf(size * 2);
  const { base, name, score, sorted, kept } = buf;
  for (let i = 0; i < size; i++) {
    const f = features[i]!;
    base[i] = (1 + Math.log(counts[i]!)) * df.idf(f);
    name[i] = f.charCodeAt(0) === 110 && f.charCodeAt(1) === 58 ? 1 : 0; // "n:"
  }
  // Strongest first, then by name; -1/0/1, not a difference: a fractional result is a boxed number per comparison.
  const byScore = (a: number, b: number) => {
    const d = score[b]! - score[a]!;
    return d > 0 ? 1 : d < 0 ? -1 : features[a]! < features[b]! ? -1 : features[a]! > features[b]! ? 1 : 0;
  };
  return nameBoosts.map((nameBoost) => {
    let live = 0;
    for (let k = 0; k < size; k++) {
      const s = name[k] ? base[k]! * nameBoost : base[k]!;
      score[k] = s;
      if (nameBoost !== 0 || !name[k]) sorted[live++] = s;
    }
    const cut = live > maxFeatures && maxFeatures > 0 ? nthLargest(sorted, live, maxFeatures) : -Infinity;
    let nKept = 0;
    for (let k = 0; k < size; k++) if ((nameBoost !== 0 || !name[k]) && score[k]! >= cut) kept[nKept++] = k;
    const order = kept.subarray(0, nKept).sort(byScore);
    const m = Math.min(nKept, Math.max(0, maxFeatures));
    let norm = 0;
    for (let k = 0; k < m; k++) norm += score[order[k]!]! * score[order[k]!]!;
    norm = Math.sqrt(norm) || 1;
    const out: Vec = new Map();
    for (let k = 0; k < m; k++) out.set(features[order[k]!]!, score[order[k]!]! / norm);
    return out;
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

/** Entries (in their order) scaled to unit length. */
function unit(entries: Array<[string, number]>): Vec {
  let sum = 0;
  for (const [, w] of entries) sum += w * w;
  const n = Math.sqrt(sum) || 1;
  const out: Vec = new Map();
  for (const [f, w] of entries) out.set(f, w / n);
  return out;
}

export function normalize(v: Vec): Vec {
  return unit([...v]);
}

export function dot(a: Vec, b: Vec): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  // forEach, not for-of: destructuring Map entries allocates an array per entry.
  small.forEach((w, f) => {
    const x = large.get(f);
    if (x !== undefined) s += w * x;
  });
  return s;
}

/** The features that contributed most to a·b, strongest first. */
export function topShared(a: Vec, b: Vec, n: number): Array<[string, number]> {
  const shared: Array<[string, number]> = [];
  a.forEach((w, f) => {
    const x = b.get(f);
    if (x !== undefined) shared.push([f, w * x]);
  });
  return shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, n);
}
