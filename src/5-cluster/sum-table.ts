// Feature number -> summed weight, as an open-addressing hash table over two typed arrays
// (linear probing, deletion by backward shift): no object per entry and no pointer for the
// garbage collector to follow, and a lookup compares small integers in one contiguous array.
// Sample: add(7, 500_000); add(7, 250_000); get(7) -> 750_000; get(8) -> 0.

const EMPTY = -1;
/** Entries per slot before the table doubles. */
const MAX_LOAD = 0.7;

export class SumTable {
  private keys: Int32Array;
  private vals: Float64Array;
  private mask: number;
  private shift: number;
  size = 0;

  /** @param expected entries it will usually hold (the first capacity fits them). */
  constructor(expected = 16) {
    let cap = 16;
    while (cap * MAX_LOAD < expected) cap *= 2;
    this.keys = new Int32Array(cap).fill(EMPTY);
    this.vals = new Float64Array(cap);
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
  }

  /** Home slot of a key (Fibonacci hashing: consecutive numbers spread over the table). */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private slot(key: number): number {
    const keys = this.keys;
    let i = this.home(key);
    for (;;) {
      const k = keys[i]!;
      if (k === key || k === EMPTY) return i;
      i = (i + 1) & this.mask;
    }
  }

  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.vals[i]! : 0;
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  /** Adds delta to the key's sum (a new key starts at 0). */
  add(key: number, delta: number): void {
    if (key < 0) throw new Error(`feature number ${key}: expected 0 or more`);
    let i = this.slot(key);
    if (this.keys[i] !== key) {
      if ((this.size + 1) > this.keys.length * MAX_LOAD) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
      this.vals[i] = 0;
      this.size++;
    }
    this.vals[i] = this.vals[i]! + delta;
  }

  delete(key: number): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = this.slot(key);
    if (keys[i] !== key) return;
    // Backward shift: move later entries of the probe run into the hole unless their home lies
    // cyclically after the hole (then they are already as close to home as they can be).
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const k = keys[j]!;
      if (k === EMPTY) break;
      const h = this.home(k);
      const stays = i <= j ? i < h && h <= j : i < h || h <= j;
      if (stays) continue;
      keys[i] = k;
      this.vals[i] = this.vals[j]!;
      i = j;
    }
    keys[i] = EMPTY;
    this.vals[i] = 0;
    this.size--;
  }

  clear(): void {
    this.keys.fill(EMPTY);
    this.vals.fill(0);
    this.size = 0;
  }

  /** Σ value² (a loop here, not a closure summing a captured variable: that boxes the sum at every step). */
  squares(): number {
    const { keys, vals } = this;
    let s = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) s += vals[i]! * vals[i]!;
    return s;
  }

  /** Σ value × other's value over the keys both hold. */
  dot(other: SumTable): number {
    const { keys, vals } = this;
    let s = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) s += vals[i]! * other.get(keys[i]!);
    return s;
  }

  /** Writes the values into `out` (in slot order) and returns how many. */
  valuesInto(out: Float64Array): number {
    const { keys, vals } = this;
    let n = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) out[n++] = vals[i]!;
    return n;
  }

  /** Every entry, in slot order. */
  forEach(fn: (key: number, value: number) => void): void {
    const { keys, vals } = this;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) fn(keys[i]!, vals[i]!);
  }

  private grow(): void {
    const { keys, vals } = this;
    const cap = keys.length * 2;
    this.keys = new Int32Array(cap).fill(EMPTY);
    this.vals = new Float64Array(cap);
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.add(keys[i]!, vals[i]!);
  }
}
