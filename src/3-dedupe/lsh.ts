// Locality-sensitive hashing over MinHash signatures: each band of `rows` values is one bucket
// key; articles sharing any bucket are candidates. Adding is O(bands), never a scan of the index.
import { combine } from './hash.js';
import { BANDS, ROWS } from './params.js';

export class LshIndex {
  /** Per band: key -> one article number, or several (most buckets hold one: no array for them). */
  private readonly buckets: Map<number, number | number[]>[];
  private readonly ids: string[] = [];

  constructor(
    readonly bands = BANDS,
    readonly rows = ROWS,
  ) {
    this.buckets = Array.from({ length: bands }, () => new Map());
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string, signature: Uint32Array): void {
    const n = this.ids.push(id) - 1;
    const keys = this.keys(signature);
    for (let b = 0; b < this.bands; b++) {
      const key = keys[b]!;
      const band = this.buckets[b]!;
      const held = band.get(key);
      if (held === undefined) band.set(key, n);
      else if (typeof held === 'number') band.set(key, [held, n]);
      else held.push(n);
    }
  }

  /** Ids sharing at least one band with `signature`, in the order they were added. */
  candidates(signature: Uint32Array): string[] {
    return this.candidateNumbers(signature).map((n) => this.ids[n]!);
  }

  /** Like candidates(), as insertion numbers (0 for the first id added). */
  candidateNumbers(signature: Uint32Array): number[] {
    const seen: number[] = [];
    const keys = this.keys(signature);
    for (let b = 0; b < this.bands; b++) {
      const held = this.buckets[b]!.get(keys[b]!);
      if (typeof held === 'number') seen.push(held);
      else if (held) for (const n of held) seen.push(n);
    }
    if (seen.length < 2) return seen;
    seen.sort((x, y) => x - y);
    let k = 1;
    for (let i = 1; i < seen.length; i++) if (seen[i] !== seen[k - 1]) seen[k++] = seen[i]!;
    seen.length = k;
    return seen;
  }

  /** The last signature's keys: candidates() then add() of one article hash its bands once. */
  private last: { signature: Uint32Array; keys: Int32Array } | null = null;

  /**
   * Bucket key of each band: the band's values hashed together, kept to 30 bits so V8 stores
   * the keys as small integers (a rare clash is verified by the caller).
   */
  private keys(signature: Uint32Array): Int32Array {
    if (this.last?.signature === signature) return this.last.keys;
    if (signature.length < this.bands * this.rows) throw new Error(`signature too short: ${signature.length} < ${this.bands * this.rows}`);
    const keys = new Int32Array(this.bands);
    for (let b = 0; b < this.bands; b++) {
      let h = b;
      for (let r = 0; r < this.rows; r++) h = combine(h, signature[b * this.rows + r]!);
      keys[b] = h & 0x3fffffff;
    }
    this.last = { signature, keys };
    return keys;
  }
}
