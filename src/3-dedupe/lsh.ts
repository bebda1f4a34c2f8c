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
    for (let b = 0; b < this.bands; b++) {
      const key = this.key(signature, b);
      const band = this.buckets[b]!;
      const held = band.get(key);
      if (held === undefined) band.set(key, n);
      else if (typeof held === 'number') band.set(key, [held, n]);
      else held.push(n);
    }
  }

  /** Ids sharing at least one band with `signature`, in the order they were added. */
  candidates(signature: Uint32Array): string[] {
    const seen = new Set<number>();
    for (let b = 0; b < this.bands; b++) {
      const held = this.buckets[b]!.get(this.key(signature, b));
      if (typeof held === 'number') seen.add(held);
      else for (const n of held ?? []) seen.add(n);
    }
    return [...seen].sort((x, y) => x - y).map((n) => this.ids[n]!);
  }

  /** Bucket key of band `b`: the band's values hashed together (32-bit; a rare clash is verified later). */
  private key(signature: Uint32Array, b: number): number {
    if (signature.length < this.bands * this.rows) throw new Error(`signature too short: ${signature.length} < ${this.bands * this.rows}`);
    let h = b;
    for (let r = 0; r < this.rows; r++) h = combine(h, signature[b * this.rows + r]!);
    return h;
  }
}
