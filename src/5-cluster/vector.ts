// Sparse vectors as Map<feature, weight>, with TF-IDF weighting against an online
// document-frequency table that is updated before clustering (O(n), no pairwise work).

import { topEntries } from './top.js';

export type Vec = Map<string, number>;

export class DocFrequency {
  docs = 0;
  readonly df = new Map<string, number>();

  add(features: Iterable<string>): void {
    this.docs++;
    for (const f of features) this.df.set(f, (this.df.get(f) ?? 0) + 1);
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

export function weigh(counts: Map<string, number>, df: DocFrequency, opts: WeightOptions): Vec {
  return weighEach(counts, df, [opts.nameBoost], opts.maxFeatures)[0]!;
}

/** weigh() for several name boosts at once (storyline and event vectors): one idf lookup per feature. */
export function weighEach(counts: Map<string, number>, df: DocFrequency, nameBoosts: number[], maxFeatures: number): Vec[] {
  const features: string[] = [];
  const base: number[] = [];
  const name: boolean[] = [];
  for (const [f, c] of counts) {
    features.push(f);
    base.push((1 + Math.log(c)) * df.idf(f));
    name.push(f.startsWith('n:'));
  }
  return nameBoosts.map((nameBoost) => {
    const scored = new Map<string, number>();
    for (let i = 0; i < features.length; i++) {
      const boost = name[i] ? nameBoost : 1;
      if (boost !== 0) scored.set(features[i]!, base[i]! * boost);
    }
    return unit(topEntries(scored, maxFeatures));
  });
}

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
  for (const [f, w] of small) {
    const x = large.get(f);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** The features that contributed most to a·b, strongest first. */
export function topShared(a: Vec, b: Vec, n: number): Array<[string, number]> {
  const shared: Array<[string, number]> = [];
  for (const [f, w] of a) {
    const x = b.get(f);
    if (x !== undefined) shared.push([f, w * x]);
  }
  return shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, n);
}
