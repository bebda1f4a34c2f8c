// MinHash signatures of shingle sets. Each of the 128 "permutations" is the shingle hash xored
// with its own seed and re-mixed: min over the set of mix(h ^ seed_i).
import { fmix32, seeds } from './hash.js';
import { PERMUTATIONS } from './params.js';

const SEEDS = seeds(PERMUTATIONS);
const EMPTY = 0xffffffff;

/** Signature of a set of shingle hashes (duplicates in the input do not matter). */
export function minhash(shingles: Uint32Array, permutations = PERMUTATIONS): Uint32Array {
  const seedsUsed = permutations === PERMUTATIONS ? SEEDS : seeds(permutations);
  const sig = new Uint32Array(permutations).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const h = shingles[s]!;
    for (let i = 0; i < permutations; i++) {
      const v = fmix32(h ^ seedsUsed[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Share of positions where two signatures agree: an unbiased estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
