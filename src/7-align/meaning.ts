// Statements of one scope (an event, or a storyline as a whole) joined by meaning, with an
// embedder's vectors (src/models): two claims whose sentences share few words but say the same
// thing ("Gunmen seized 40 captives." / "Militants took 40 hostages.") are one claim. Two claims
// are joined when each is the other's closest among the claims of its voice (mutual best, as the
// word alignment links sentences, each article's best match) and their cosine reaches the threshold.
// Comparing every pair costs n² dot products, so a scope with more statements than `maxClaims` is
// left as the words aligned it.
import { dot } from '../models/embedder.js';
import { UnionFind } from '../3-dedupe/union-find.js';

export interface MeaningOptions {
  /** Cosine of two claims' mean sentence vectors at which they are one claim. */
  threshold: number;
  /** Scopes with more statement claims than this are not compared (n² cost). */
  maxClaims: number;
}

export const DEFAULT_MEANING: MeaningOptions = { threshold: 0.85, maxClaims: 4000 };

/** One merge: the claims (indices into the scope's list) that are now one, and their weakest link. */
export interface MeaningGroup {
  members: number[];
  score: number;
}

/**
 * Groups of two or more claims to merge. `vectors[i]` is claim i's unit vector; `voices[i]` the
 * independent voices carrying it (two claims of one voice are never linked: a voice repeating
 * itself in other words corroborates nothing).
 */
export function meaningGroups(vectors: Float32Array[], voices: string[][], opts: MeaningOptions = DEFAULT_MEANING): MeaningGroup[] {
  const n = vectors.length;
  if (n < 2 || n > opts.maxClaims) return [];
  // best[i]: for each other voice, claim i's closest claim carried by it (as the word alignment
  // keeps each sentence's best match in each other article). Ties go to the lower index.
  const best = Array.from({ length: n }, () => new Map<string, { j: number; s: number }>());
  const sets = voices.map((v) => new Set(v));
  const offer = (i: number, j: number, s: number) => {
    for (const v of voices[j]!) {
      const had = best[i]!.get(v);
      if (!had || s > had.s) best[i]!.set(v, { j, s });
    }
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (voices[j]!.some((v) => sets[i]!.has(v))) continue;
      const s = dot(vectors[i]!, vectors[j]!);
      if (s < opts.threshold) continue;
      offer(i, j, s);
      offer(j, i, s);
    }
  }
  const isBest = (i: number, j: number) => voices[j]!.some((v) => best[i]!.get(v)?.j === j);
  const uf = new UnionFind(n);
  const links: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (const { j, s } of best[i]!.values()) {
      if (j < i || seen.has(j) || !isBest(j, i)) continue;
      seen.add(j);
      links.push([i, j, s]);
      uf.union(i, j);
    }
  }
  const groups = new Map<number, { members: Set<number>; score: number }>();
  for (const [i, j, s] of links) {
    const r = uf.find(i);
    const g = groups.get(r) ?? groups.set(r, { members: new Set(), score: Infinity }).get(r)!;
    g.members.add(i).add(j);
    g.score = Math.min(g.score, s);
  }
  return [...groups.values()]
    .map((g) => ({ members: [...g.members].sort((a, b) => a - b), score: Math.round(g.score * 1000) / 1000 }))
    .sort((a, b) => a.members[0]! - b.members[0]!);
}
