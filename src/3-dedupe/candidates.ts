// Pairs worth aligning for derivation. A rewrite that keeps 30% of a wire story has a shingle
// Jaccard near 0.15, below what LSH finds, so pairs come from an inverted index of 8-word
// shingles instead: two articles sharing >= 2 distinct 8-grams are a candidate.
// Near-duplicate groups are collapsed first: each member pairs with its representative only,
// and only representatives enter the index (so 100 reprints do not make 4,950 pairs).
import type { AnalysisArticle } from '../core/analysis.js';
import { groupIndices } from './duplicates.js';
import { featuresOf } from './features.js';
import { originFirst } from './order.js';
import { radixSortPairs } from './radix.js';
import { CANDIDATE_MIN_SHARED, CANDIDATE_SHINGLE, CLIQUE_LIMIT } from './params.js';

const DOC_BITS = 2 ** 24; // up to 16.7 million articles per call

export function candidatePairs(articles: AnalysisArticle[]): Array<[string, string]> {
  const pairs = new Set<string>();
  const out: Array<[string, string]> = [];
  const emit = (x: string, y: string) => {
    if (x === y) return;
    const [p, q] = x < y ? [x, y] : [y, x];
    const key = `${p}\u0000${q}`;
    if (!pairs.has(key)) (pairs.add(key), out.push([p, q]));
  };

  const member = new Uint8Array(articles.length);
  for (const g of groupIndices(articles)) {
    for (const i of g.members) if (i !== g.rep) (member[i] = 1, emit(articles[g.rep]!.id, articles[i]!.id));
  }
  // Representatives ranked oldest first, so the smallest rank in a shingle's postings is its hub.
  const reps = articles.filter((_, i) => member[i] === 0).sort(originFirst);
  if (reps.length >= DOC_BITS) throw new Error(`too many articles for candidatePairs: ${reps.length}`);

  // (29-bit shingle hash, rank) pairs sorted by hash, ranks ascending within one: postings
  // without a Map of arrays. The pairs are made in rank order and the sort is stable.
  const grams = reps.map((a) => featuresOf(a).shingles(CANDIDATE_SHINGLE));
  const total = grams.reduce((sum, g) => sum + g.length, 0);
  const hashes = new Uint32Array(total);
  const ranks = new Uint32Array(total);
  let n = 0;
  grams.forEach((g, rank) => {
    for (let k = 0; k < g.length; k++) (hashes[n] = g[k]! >>> 3), (ranks[n++] = rank);
  });
  const sorted = radixSortPairs(hashes, ranks, n);

  const shared = new Map<number, number>();
  const bump = (x: number, y: number) => {
    const key = x * DOC_BITS + y;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  };
  const docs: number[] = [];
  for (let s = 0; s < n; ) {
    const gram = sorted.keys[s]!;
    docs.length = 0;
    for (; s < n && sorted.keys[s] === gram; s++) {
      const rank = sorted.values[s]!;
      if (docs[docs.length - 1] !== rank) docs.push(rank);
    }
    if (docs.length <= CLIQUE_LIMIT) {
      for (let x = 0; x < docs.length; x++) for (let y = x + 1; y < docs.length; y++) bump(docs[x]!, docs[y]!);
    } else {
      for (let y = 1; y < docs.length; y++) bump(docs[0]!, docs[y]!);
    }
  }
  for (const [key, count] of shared) {
    if (count < CANDIDATE_MIN_SHARED) continue;
    emit(reps[Math.floor(key / DOC_BITS)]!.id, reps[key % DOC_BITS]!.id);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}
