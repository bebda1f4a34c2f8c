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
  const scored = new Map<string, number>();
  for (const [f, c] of counts) {
    const boost = f.startsWith('n:') ? opts.nameBoost : 1;
    if (boost === 0) continue;
    scored.set(f, (1 + Math.log(c)) * df.idf(f) * boost);
  }
  return normalize(new Map(topEntries(scored, opts.maxFeatures)));
}

export function normalize(v: Vec): Vec {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  const n = Math.sqrt(sum) || 1;
  const out: Vec = new Map();
  for (const [f, w] of v) out.set(f, w / n);
  return out;
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
