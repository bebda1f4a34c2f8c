// Reference baseline: batch TF-IDF + cosine + average-link agglomerative clustering cut at
// one similarity threshold. Deliberately plain: it is the bar the real analyser must clear.
//
//  - terms: lower-cased letter/digit runs of 2+ characters, minus a general English stopword list;
//  - weight: (1 + ln tf) × idf, idf = ln((1 + N) / (1 + df)) + 1 over the evaluated corpus,
//    title terms counted twice; vectors L2-normalised;
//  - clustering: average link (UPGMA) via the nearest-neighbour chain algorithm with
//    Lance–Williams updates, O(n²) time and memory; merging stops at the threshold.
import type { Clustering, EvalDoc } from './types.js';

/** Thresholds chosen once on ECB+ topics 1–35 (see eval/sweep.ts); round values on purpose. */
export const BASELINE_THRESHOLDS = { storyline: 0.1, event: 0.2 } as const;

/** General English function words plus a few reporting verbs common to all news. */
export const STOPWORDS = new Set(
  `a about above after again against all almost also although am among an and another any anyone anything are
  around as at be became because become been before being below between both but by can cannot could did do does
  doing done down during each either else ever every few for from further get gets got had has have having he her
  here hers herself him himself his how however i if in into is it its itself just least less like made make many
  may me might more most much must my myself neither no nor not now of off often on once one only onto or other
  others our ours ourselves out over own per perhaps quite rather really said same say says see seen several shall
  she should since so some still such than that the their theirs them themselves then there these they this those
  though through thus to told too toward towards under until up upon us very via was we well were what whatever when
  where whether which while who whom whose why will with within without would yet you your yours yourself yourselves
  mr mrs ms dr st re ve ll don didn doesn isn wasn weren won wouldn couldn shouldn can't`
    .split(/\s+/)
    .filter(Boolean),
);

const TERM = /[\p{L}\p{N}]+/gu;

/** Terms of a text, in order, stopwords and 1-character runs removed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TERM)) {
    const t = m[0];
    if (t.length >= 2 && !STOPWORDS.has(t)) out.push(t);
  }
  return out;
}

/** Sparse vector: parallel arrays of term ids (ascending) and weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** L2-normalised TF-IDF vectors of the documents, idf over the documents given. */
export function tfidfVectors(docs: readonly Pick<EvalDoc, 'title' | 'text'>[], titleWeight = 2): SparseVector[] {
  const vocab = new Map<string, number>();
  const counts: Array<Map<number, number>> = [];
  const df: number[] = [];
  for (const d of docs) {
    const tf = new Map<number, number>();
    const add = (text: string, w: number) => {
      for (const t of terms(text)) {
        let id = vocab.get(t);
        if (id === undefined) {
          id = vocab.size;
          vocab.set(t, id);
          df.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + w);
      }
    };
    if (d.title) add(d.title, titleWeight);
    add(d.text, 1);
    for (const id of tf.keys()) df[id]! += 1;
    counts.push(tf);
  }
  const n = docs.length;
  const idf = df.map((f) => Math.log((1 + n) / (1 + f)) + 1);
  return counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, k) => {
      const w = (1 + Math.log(tf.get(id)!)) * idf[id]!;
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
}

/** Dense n×n cosine similarity matrix (row-major) of normalised sparse vectors, via an inverted index. */
export function cosineMatrix(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length;
  const sim = new Float64Array(n * n);
  const postings = new Map<number, Array<{ doc: number; w: number }>>();
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ doc, w: v.weights[k]! });
    }
  });
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++) {
      const { doc: i, w: wi } = list[a]!;
      const row = i * n;
      for (let b = a + 1; b < list.length; b++) {
        const { doc: j, w: wj } = list[b]!;
        sim[row + j]! += wi * wj;
      }
    }
  }
  // Postings are in document order, so only the upper triangle was filled: mirror it.
  for (let i = 0; i < n; i++) {
    sim[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) sim[j * n + i] = sim[i * n + j]!;
  }
  return sim;
}

/**
 * Average-link agglomerative clustering of a similarity matrix, keeping only merges whose
 * average similarity is >= threshold. Returns a cluster index per item (the index of one member).
 *
 * Nearest-neighbour chain: follow nearest neighbours until two clusters are each other's
 * nearest; merge them (Lance–Williams: sim(k, a∪b) = (|a|·sim(k,a) + |b|·sim(k,b)) / (|a|+|b|)).
 * Average link is reducible, so this yields the same dendrogram as always merging the globally
 * closest pair. When a reciprocal pair is below the threshold, neither cluster can ever reach
 * it again (a merged cluster's similarity is an average of its parts'), so both are retired.
 * The matrix is overwritten.
 */
export function averageLink(sim: Float64Array, n: number, threshold: number): Int32Array {
  const active = new Uint8Array(n).fill(1);
  const size = new Int32Array(n).fill(1);
  const parent = Int32Array.from({ length: n }, (_, i) => i); // merged-into links
  let remaining = n;
  const chain: number[] = [];
  const retire = (i: number) => {
    active[i] = 0;
    remaining -= 1;
  };
  while (remaining > 1) {
    if (chain.length === 0) {
      let start = 0;
      while (!active[start]) start++;
      chain.push(start);
    }
    const top = chain[chain.length - 1]!;
    const prev = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // Nearest active neighbour of `top`; ties go to the previous chain element (guarantees termination), then the lowest index.
    let best = -1;
    let bestSim = -Infinity;
    const row = top * n;
    for (let k = 0; k < n; k++) {
      if (k === top || !active[k]) continue;
      const s = sim[row + k]!;
      if (s > bestSim) {
        bestSim = s;
        best = k;
      }
    }
    if (prev >= 0 && sim[row + prev]! >= bestSim) best = prev;
    if (best < 0) {
      retire(top);
      chain.pop();
      continue;
    }
    if (best !== prev) {
      chain.push(best);
      continue;
    }
    chain.pop();
    chain.pop();
    if (sim[row + prev]! < threshold) {
      retire(top);
      retire(prev);
      continue;
    }
    // Merge `top` into `prev` (keep the lower index as the representative for stable output).
    const [keep, drop] = prev < top ? [prev, top] : [top, prev];
    const sk = size[keep]!;
    const sd = size[drop]!;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      const s = (sk * sim[keep * n + k]! + sd * sim[drop * n + k]!) / (sk + sd);
      sim[keep * n + k] = s;
      sim[k * n + keep] = s;
    }
    size[keep] = sk + sd;
    parent[drop] = keep;
    active[drop] = 0;
    remaining -= 1;
  }
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  return Int32Array.from({ length: n }, (_, i) => root(i));
}

/** Baseline clustering of the documents at one cosine threshold: doc id -> cluster id. */
export function baselineCluster(docs: readonly EvalDoc[], threshold: number): Clustering {
  const labels = averageLink(cosineMatrix(tfidfVectors(docs)), docs.length, threshold);
  return new Map(docs.map((d, i) => [d.id, `b${labels[i]}`]));
}

/** One dendrogram cut at several thresholds (for sweeps): recomputes only the clustering. */
export function baselineSweep(docs: readonly EvalDoc[], thresholds: readonly number[]): Map<number, Clustering> {
  const base = cosineMatrix(tfidfVectors(docs));
  const out = new Map<number, Clustering>();
  for (const t of thresholds) {
    const labels = averageLink(base.slice(), docs.length, t);
    out.set(t, new Map(docs.map((d, i) => [d.id, `b${labels[i]}`])));
  }
  return out;
}
