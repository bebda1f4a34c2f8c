// 32-bit hashing used by shingling and MinHash. Deterministic across runs and platforms
// (no Math.random, no crypto): the same text always gives the same signature.

/** FNV-1a over UTF-16 code units, finished with fmix32 so short words spread well. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/** MurmurHash3 finaliser: avalanches all 32 bits. fmix32(1) !== fmix32(2) in ~half the bits. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Order-sensitive combination of two hashes: combine(a, b) !== combine(b, a). */
export function combine(h: number, x: number): number {
  return fmix32(Math.imul(h, 0x9e3779b1) ^ x);
}

/** `count` distinct seeds from a splitmix-style sequence started at `seed`. */
export function seeds(count: number, seed = 0x2545f491): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out[i] = fmix32(s);
  }
  return out;
}
