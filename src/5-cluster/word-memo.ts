// A memo keyed by a word's characters where they stand in a text: a lookup hashes the
// characters in place and compares them with the stored word, so a word seen before costs no
// new string (the split-and-Map version spent a third of feature extraction making and
// hashing one string per word). Open addressing, linear probing; cleared when full, so memory
// stays bounded on any corpus.

import { detached } from '../core/detach.js';

/** FNV-1a over the UTF-16 code units of text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

export class WordMemo<V> {
  private keys: Array<string | undefined>;
  private values: Array<V | undefined>;
  private hashes: Uint32Array;
  private mask: number;
  private used = 0;

  /** @param limit entries kept before the memo is cleared (a power of two table holds 2×). */
  constructor(private readonly limit: number, initial = 1024) {
    this.keys = new Array(initial);
    this.values = new Array(initial);
    this.hashes = new Uint32Array(initial);
    this.mask = initial - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The value stored for text[start, end) (hash = hashRange of it), or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const len = end - start;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] !== hash || key.length !== len) continue;
      let k = 0;
      while (k < len && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return this.values[i];
    }
  }

  set(key: string, hash: number, value: V): void {
    if (this.used >= this.limit) this.clear();
    else if ((this.used + 1) * 2 > this.keys.length) this.grow();
    // The key is usually a slice of the text it was read from: kept as its own string.
    this.place(detached(key), hash, value);
    this.used++;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.used = 0;
  }

  private place(key: string, hash: number, value: V): void {
    let i = hash & this.mask;
    while (this.keys[i] !== undefined) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.values[i] = value;
    this.hashes[i] = hash;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    const size = keys.length * 2;
    this.keys = new Array(size);
    this.values = new Array(size);
    this.hashes = new Uint32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.place(keys[i]!, hashes[i]!, values[i]!);
  }
}
