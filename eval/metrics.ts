// Clustering scores: predicted clustering vs gold, both as Map<docId, clusterId>.
//
// The scored items are the gold's documents. A gold document the prediction leaves out
// counts as a predicted singleton; predicted documents absent from the gold are ignored.
import type { Clustering } from './types.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export const f1Of = (precision: number, recall: number): number => (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0);

/** Contingency counts: sizes of predicted clusters, gold clusters, and their overlaps (restricted to gold items). */
function contingency(predicted: Clustering, gold: Clustering) {
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const cell = new Map<string, number>(); // `${pred}\u0000${gold}` -> count
  // Cluster labels live in separate namespaces so a missing prediction cannot collide with a real label.
  for (const [doc, g] of gold) {
    const p = predicted.has(doc) ? `p:${predicted.get(doc)}` : `missing:${doc}`;
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const k = `${p}\u0000${g}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
  }
  const cells = [...cell].map(([k, n]) => {
    const [p, g] = k.split('\u0000') as [string, string];
    return { p, g, n };
  });
  return { predSize, goldSize, cells, n: gold.size };
}

/**
 * BCubed (Bagga & Baldwin 1998; Amigó et al. 2009): per item, precision = share of its
 * predicted cluster that shares its gold cluster, recall = share of its gold cluster that
 * shares its predicted cluster; both averaged over items, F1 of the two averages.
 */
export function bcubed(predicted: Clustering, gold: Clustering): PRF {
  const { predSize, goldSize, cells, n } = contingency(predicted, gold);
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  let p = 0;
  let r = 0;
  // Each of the n_pg items in cell (p, g) has precision n_pg/|p| and recall n_pg/|g|.
  for (const c of cells) {
    p += (c.n * c.n) / predSize.get(c.p)!;
    r += (c.n * c.n) / goldSize.get(c.g)!;
  }
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/**
 * MUC (Vilain et al. 1995): recall = Σ_g (|g| − parts(g)) / Σ_g (|g| − 1), where parts(g) is the
 * number of predicted clusters g is split into; precision swaps the roles. A side made of
 * singletons only has no links: its score is 0 (as in the reference scorer).
 */
export function muc(predicted: Clustering, gold: Clustering): PRF {
  const { predSize, goldSize, cells } = contingency(predicted, gold);
  const partsOfGold = new Map<string, number>();
  const partsOfPred = new Map<string, number>();
  for (const c of cells) {
    partsOfGold.set(c.g, (partsOfGold.get(c.g) ?? 0) + 1);
    partsOfPred.set(c.p, (partsOfPred.get(c.p) ?? 0) + 1);
  }
  const side = (sizes: Map<string, number>, parts: Map<string, number>) => {
    let num = 0;
    let den = 0;
    for (const [k, size] of sizes) {
      num += size - parts.get(k)!;
      den += size - 1;
    }
    return den === 0 ? 0 : num / den;
  };
  const recall = side(goldSize, partsOfGold);
  const precision = side(predSize, partsOfPred);
  return { precision, recall, f1: f1Of(precision, recall) };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/** Pairwise: precision/recall over unordered document pairs put together. No pairs on a side gives 0. */
export function pairwise(predicted: Clustering, gold: Clustering): PRF {
  const { predSize, goldSize, cells } = contingency(predicted, gold);
  let together = 0;
  for (const c of cells) together += pairs(c.n);
  let predPairs = 0;
  for (const s of predSize.values()) predPairs += pairs(s);
  let goldPairs = 0;
  for (const s of goldSize.values()) goldPairs += pairs(s);
  const precision = predPairs === 0 ? 0 : together / predPairs;
  const recall = goldPairs === 0 ? 0 : together / goldPairs;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Number of distinct clusters among the given documents (all of them when `docs` is omitted). */
export function clusterCount(c: Clustering, docs?: Iterable<string>): number {
  if (!docs) return new Set(c.values()).size;
  const seen = new Set<string>();
  for (const d of docs) seen.add(c.has(d) ? `p:${c.get(d)}` : `missing:${d}`);
  return seen.size;
}
