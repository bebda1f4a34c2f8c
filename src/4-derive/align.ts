// Shared passages between two texts by greedy string tiling over words: 8-word seeds of the
// source in a hash map, each seed extended to its maximal run, then runs taken longest first,
// never reusing a word on either side. Runs cut by an earlier tile are re-queued if still long.
// Time is linear in the words plus the total length of the shared runs.
import type { Passage } from '../core/analysis.js';
import { shingleHashes, textFeatures, type TextFeatures } from '../3-dedupe/index.js';

/** A shared run in word indices: copy words [i, i+len), source words [j, j+len). */
export interface Run {
  i: number;
  j: number;
  len: number;
}

/** How many source positions one seed may list: repeats beyond this are boilerplate. */
const MAX_POSTINGS = 32;

/** Passages `copy` shares with `source`: copy offsets in start/end, source offsets in sourceStart/End. */
export function alignPassages(copy: string, source: string, minWords = 8): Passage[] {
  const a = textFeatures(copy);
  const b = textFeatures(source);
  return toPassages(a, b, alignRuns(a, b, minWords));
}

export function toPassages(a: TextFeatures, b: TextFeatures, runs: Run[]): Passage[] {
  return runs.map((r) => ({
    start: a.tokens[r.i]!.start,
    end: a.tokens[r.i + r.len - 1]!.end,
    sourceStart: b.tokens[r.j]!.start,
    sourceEnd: b.tokens[r.j + r.len - 1]!.end,
    words: r.len,
  }));
}

/** Maximal non-overlapping shared runs of >= minWords words, in copy order. */
export function alignRuns(a: TextFeatures, b: TextFeatures, minWords = 8): Run[] {
  const k = Math.max(1, Math.floor(minWords));
  const na = a.size;
  const nb = b.size;
  if (na < k || nb < k) return [];
  const eq = (x: number, y: number) => a.hashes[x] === b.hashes[y] && a.words[x] === b.words[y];

  const seeds = new Map<number, number[]>();
  const gb = shingleHashes(b.hashes, k);
  for (let j = 0; j < gb.length; j++) {
    const list = seeds.get(gb[j]!);
    if (!list) seeds.set(gb[j]!, [j]);
    else if (list.length < MAX_POSTINGS) list.push(j);
  }
  // Left-maximal runs only: a seed inside a longer run is skipped with one comparison.
  const buckets: Run[][] = [];
  const ga = shingleHashes(a.hashes, k);
  for (let i = 0; i < ga.length; i++) {
    for (const j of seeds.get(ga[i]!) ?? []) {
      if (i > 0 && j > 0 && eq(i - 1, j - 1)) continue;
      let len = 0;
      while (i + len < na && j + len < nb && eq(i + len, j + len)) len++;
      if (len >= k) (buckets[len] ??= []).push({ i, j, len });
    }
  }

  const usedA = new Uint8Array(na);
  const usedB = new Uint8Array(nb);
  const out: Run[] = [];
  for (let len = buckets.length - 1; len >= k; len--) {
    for (const r of buckets[len] ?? []) {
      let free = 0;
      while (free < r.len && !usedA[r.i + free] && !usedB[r.j + free]) free++;
      if (free === r.len) {
        usedA.fill(1, r.i, r.i + r.len);
        usedB.fill(1, r.j, r.j + r.len);
        out.push(r);
        continue;
      }
      // Partly covered: re-queue each still-free stretch (shorter, so a later bucket).
      for (let p = 0; p < r.len; ) {
        while (p < r.len && (usedA[r.i + p] || usedB[r.j + p])) p++;
        const s = p;
        while (p < r.len && !usedA[r.i + p] && !usedB[r.j + p]) p++;
        if (p - s >= k) (buckets[p - s] ??= []).push({ i: r.i + s, j: r.j + s, len: p - s });
      }
    }
  }
  return out.sort((x, y) => x.i - y.i);
}
