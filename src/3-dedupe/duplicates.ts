// Exact and near-duplicate groups. Exact: same contentHash or the same words in the same order
// (case and punctuation aside). Near: estimated 5-shingle Jaccard >= 0.7, found through LSH, so a
// re-post with a new headline or a trimmed last paragraph joins its original's group.
import type { AnalysisArticle } from '../core/analysis.js';
import { featuresOf, type TextFeatures } from './features.js';
import { LshIndex } from './lsh.js';
import { estimateJaccard } from './minhash.js';
import { originFirst } from './order.js';
import { MIN_WORDS_FOR_NEAR, NEAR_DUPLICATE } from './params.js';
import { UnionFind } from './union-find.js';

export interface DuplicateGroup {
  /** Member ids, sorted. */
  ids: string[];
  kind: 'exact' | 'near-duplicate';
  /** The member most likely to be the original (earliest, then longest, then smallest id). */
  representative: string;
}

export function findDuplicates(articles: AnalysisArticle[]): DuplicateGroup[] {
  return groupIndices(articles).map((g) => ({ ...g.group, ids: [...g.group.ids] }));
}

type Grouped = { group: DuplicateGroup; members: number[]; rep: number }[];

/**
 * The last result per articles array, reused while the array holds the same articles with the
 * same fields (findDuplicates then findDerivations on one corpus runs LSH once).
 */
const memo = new WeakMap<AnalysisArticle[], { snapshot: unknown[]; result: Grouped }>();
const snapshotOf = (articles: AnalysisArticle[]) => articles.flatMap((a) => [a, a.id, a.text, a.contentHash, a.publishedAt]);

/** Groups with the member indices, for candidatePairs. */
export function groupIndices(articles: AnalysisArticle[]): Grouped {
  const snapshot = snapshotOf(articles);
  const hit = memo.get(articles);
  if (hit && hit.snapshot.length === snapshot.length && hit.snapshot.every((v, i) => v === snapshot[i])) return hit.result;
  const result = computeGroups(articles);
  memo.set(articles, { snapshot, result });
  return result;
}

function computeGroups(articles: AnalysisArticle[]): Grouped {
  const all = new UnionFind(articles.length);
  const exact = new UnionFind(articles.length);
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else (exact.union(i, j), all.union(i, j));
  };
  // Same words in the same order: keyed by a hash of the words, confirmed word by word.
  const byWords = new Map<number, number[]>();
  const sameWords = (x: TextFeatures, y: TextFeatures) =>
    x.size === y.size && x.hashes.every((h, k) => h === y.hashes[k]) && x.words.every((w, k) => w === y.words[k]);
  const lsh = new LshIndex();
  const inLsh: number[] = []; // LSH insertion number -> article index
  articles.forEach((a, i) => {
    const f = featuresOf(a);
    if (a.contentHash) link(`h:${a.contentHash}`, i);
    if (f.size > 0) {
      const h = f.wordsHash;
      const held = byWords.get(h);
      const same = held?.find((j) => sameWords(f, featuresOf(articles[j]!)));
      if (same !== undefined) (exact.union(i, same), all.union(i, same));
      else if (held) held.push(i);
      else byWords.set(h, [i]);
    }
    if (f.size < MIN_WORDS_FOR_NEAR) return;
    for (const n of lsh.candidateNumbers(f.signature)) {
      const j = inLsh[n]!;
      if (estimateJaccard(f.signature, featuresOf(articles[j]!).signature) >= NEAR_DUPLICATE) all.union(i, j);
    }
    inLsh.push(i);
    lsh.add(String(i), f.signature);
  });

  const comps = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const r = all.find(i);
    const list = comps.get(r);
    if (list) list.push(i);
    else comps.set(r, [i]);
  });
  const out: Grouped = [];
  for (const members of comps.values()) {
    if (members.length < 2) continue;
    const rep = members.reduce((best, i) => (originFirst(articles[i]!, articles[best]!) < 0 ? i : best));
    const root = exact.find(members[0]!);
    const kind = members.every((i) => exact.find(i) === root) ? 'exact' : 'near-duplicate';
    const ids = members.map((i) => articles[i]!.id).sort();
    out.push({ group: { ids, kind, representative: articles[rep]!.id }, members, rep });
  }
  return out.sort((x, y) => (x.group.ids[0]! < y.group.ids[0]! ? -1 : 1));
}
