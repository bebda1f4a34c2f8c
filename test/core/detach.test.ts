import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detached } from '../../src/core/detach.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('detached', () => {
  it.each([
    ['a short piece', 'talks'],
    ['a long piece', 'Port Alden harbour authority'],
    ['non-ASCII', 'Zubaydi’s “statement” — 12 €'],
    ['quotes and backslashes', 'he said "no" \\ then left'],
    ['empty', ''],
  ])('keeps the characters of %s', (_, piece) => {
    expect(detached(piece)).toBe(piece);
  });
});

/** Heap bytes still used after keeping `keep(piece)` of each of 200 fresh 14,000-character texts. */
function heapKept(keep: (text: string) => string): { bytes: number; pieces: string[] } {
  const pieces: string[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let r = 0; r < 200; r++) {
    const text = Array.from({ length: 2000 }, (_, i) => `w${r}x${i}`).join(' ');
    pieces.push(keep(text));
  }
  gc();
  return { bytes: process.memoryUsage().heapUsed - before, pieces };
}

describe('a kept piece and the text it was cut from', () => {
  it('a slice of 13+ characters holds its whole text; a detached one does not', () => {
    heapKept((text) => detached(text.slice(100, 130))); // warm-up: code compiled on the first run is not counted against either
    const viaSlice = heapKept((text) => text.slice(100, 130));
    const viaDetached = heapKept((text) => detached(text.slice(100, 130)));
    expect(viaDetached.pieces).toEqual(viaSlice.pieces);
    // 200 texts of ~14,000 one-byte characters: about 2.8 MB held through slices, a few KB detached
    // (plus up to a few hundred KB of the engine's own allocations between the two readings).
    expect(viaSlice.bytes).toBeGreaterThan(2_000_000);
    expect(viaDetached.bytes).toBeLessThan(1_000_000);
  });
});
