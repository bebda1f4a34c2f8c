// What the system under test (and the baseline) receives: the documents in a seeded random
// order, with neutral ids ("d0001") and blank gold labels, so neither file names, line
// numbers, corpus order nor labels can inform the clustering. Results are mapped back.
import type { Clustering, EvalDoc } from './types.js';

/** mulberry32: small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Blinded {
  docs: EvalDoc[];
  /** Clustering over blinded ids -> clustering over the original ids (unknown ids are dropped). */
  unblind(c: Clustering): Clustering;
}

export function blind(docs: readonly EvalDoc[], seed = 20240601): Blinded {
  const order = docs.map((_, i) => i);
  const rand = rng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const width = String(docs.length).length;
  const back = new Map<string, string>();
  const blinded = order.map((src, k) => {
    const d = docs[src]!;
    const id = `d${String(k + 1).padStart(width, '0')}`;
    back.set(id, d.id);
    return { id, title: d.title, text: d.text, outlet: d.outlet, publishedAt: d.publishedAt, gold: { storyline: '', event: '' } };
  });
  return {
    docs: blinded,
    unblind(c) {
      const out: Clustering = new Map();
      for (const [id, cluster] of c) {
        const orig = back.get(id);
        if (orig !== undefined) out.set(orig, cluster);
      }
      return out;
    },
  };
}

/** Gold clustering at one level. */
export const goldOf = (docs: readonly EvalDoc[], level: 'storyline' | 'event'): Clustering => new Map(docs.map((d) => [d.id, d.gold[level]]));
