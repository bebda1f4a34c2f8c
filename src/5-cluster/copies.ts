// Copies of an article already clustered. A reprint of a wire story (the same body under another
// headline, or with its ending trimmed) is one voice: it joins its original's event and storyline
// without weighing in them (no document frequency, no centroid, no time span), so adding or
// removing it leaves every other article where it was. One reprint used to double the weight of
// the story it copied and could split or merge the events around it.
//
// Found without comparing articles pairwise: an article's set of cluster features is sketched by
// one-permutation MinHash (32 bins, each the smallest feature hash falling in it, kept as an
// 8-bit fingerprint), and the sketches of originals are indexed under 8 bands of 4 bins (LSH).
// A band shared with an original makes it a candidate; a candidate whose sketch agrees on at least
// `similarity` of the bins either holds is the original copied. Sketching costs one string hash per
// feature (the features are read for clustering anyway); an original keeps 32 + 32 bytes and up
// to 8 band entries.

const BINS = 32;
const ROWS = 4;
const BANDS = BINS / ROWS;
/** Originals looked at per band, newest first: a band held by very many articles bounds the cost. */
const MAX_CHAIN = 32;
/** A bin no feature fell in. */
const EMPTY = 0x7fffffff;

/** An original an article copies, and the share of sketch bins they agree on (their estimated feature Jaccard). */
export interface CopyMatch<T> {
  of: T;
  sim: number;
}

/** A feature's 32-bit hash: FNV-1a, then murmur3's finaliser (FNV alone leaves the top bits poor). */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const mins = new Int32Array(BINS);

/** The sketch of a feature set into `out`: per bin a fingerprint (1–255) of its smallest hash, 0 when empty. */
export function sketchInto(features: readonly string[], out: Uint8Array): Uint8Array {
  mins.fill(EMPTY);
  for (let i = 0; i < features.length; i++) {
    const h = hashOf(features[i]!);
    const bin = h >>> 27;
    const v = h & 0x07ffffff;
    if (v < mins[bin]!) mins[bin] = v;
  }
  for (let b = 0; b < BINS; b++) {
    const m = mins[b]!;
    out[b] = m === EMPTY ? 0 : (m & 0xff) || 1;
  }
  return out;
}

/** Share of the bins either sketch holds on which both agree (0 when both are empty). */
export function sketchSimilarity(a: Uint8Array, ai: number, b: Uint8Array, bi: number): number {
  let same = 0;
  let either = 0;
  for (let k = 0; k < BINS; k++) {
    const x = a[ai + k]!;
    const y = b[bi + k]!;
    if (x | y) {
      either++;
      if (x === y) same++;
    }
  }
  return either ? same / either : 0;
}

/** A band's key (a small integer), or -1 when its bins are all empty (it says nothing). */
function bandKey(s: Uint8Array, band: number): number {
  const at = band * ROWS;
  const word = s[at]! | (s[at + 1]! << 8) | (s[at + 2]! << 16) | (s[at + 3]! << 24);
  if (word === 0) return -1;
  const h = Math.imul(word ^ Math.imul(band + 1, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/**
 * Originals by sketch. check() answers an article with the original it copies, or indexes it as
 * a new original: an article is compared with the originals before it only, so the same input
 * order gives the same copies.
 */
export class CopyIndex<T> {
  private sketches = new Uint8Array(BINS * 256);
  /** Per original and band, the previous original with the same band key (-1: none). */
  private next = new Int32Array(BANDS * 256);
  private readonly heads = new Map<number, number>();
  private readonly originals: T[] = [];
  private readonly mine = new Uint8Array(BINS);

  /** @param similarity share of agreeing bins at which an article is a copy (above 1: never). */
  constructor(readonly similarity: number) {}

  get size(): number {
    return this.originals.length;
  }

  /**
   * The most similar earlier original the article copies (the earliest among equals), or null:
   * the article is then original number `size - 1`, held as `payload`.
   */
  check(features: readonly string[], payload: T): CopyMatch<T> | null {
    const mine = sketchInto(features, this.mine);
    let best = -1;
    let bestSim = 0;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(mine, band);
      let n = key < 0 ? -1 : (this.heads.get(key) ?? -1);
      for (let walked = 0; n >= 0 && walked < MAX_CHAIN; walked++, n = this.next[n * BANDS + band]!) {
        const sim = sketchSimilarity(mine, 0, this.sketches, n * BINS);
        if (sim > bestSim || (sim === bestSim && n < best)) [best, bestSim] = [n, sim];
      }
    }
    if (best >= 0 && bestSim >= this.similarity) return { of: this.originals[best]!, sim: bestSim };
    this.insert(mine, payload);
    return null;
  }

  /** What original number n is held as (its member, once placed). */
  set(n: number, payload: T): void {
    this.originals[n] = payload;
  }

  private insert(sketch: Uint8Array, payload: T): void {
    const n = this.originals.length;
    this.originals.push(payload);
    if ((n + 1) * BINS > this.sketches.length) {
      const grown = new Uint8Array(this.sketches.length * 2);
      grown.set(this.sketches);
      this.sketches = grown;
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
    }
    this.sketches.set(sketch, n * BINS);
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sketch, band);
      this.next[n * BANDS + band] = key < 0 ? -1 : (this.heads.get(key) ?? -1);
      if (key >= 0) this.heads.set(key, n);
    }
  }
}
