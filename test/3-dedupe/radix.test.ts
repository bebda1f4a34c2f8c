import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { radixSortPairs } from '../../src/3-dedupe/radix.js';

// The order radixSortPairs replaced in candidatePairs: (key, value) packed in one float, sorted.
const packedOrder = (keys: number[], values: number[]) =>
  Float64Array.from(keys, (k, i) => k * 2 ** 24 + values[i]!)
    .sort()
    .reduce<[number[], number[]]>((acc, x) => (acc[0].push(Math.floor(x / 2 ** 24)), acc[1].push(x % 2 ** 24), acc), [[], []]);

describe('radixSortPairs', () => {
  it.each([
    ['empty', [], [], [], []],
    ['one pair', [5], [9], [5], [9]],
    ['equal keys keep their order', [3, 1, 3], [0, 1, 2], [1, 3, 3], [1, 0, 2]],
    ['every digit of the key counts', [2 ** 29 + 1, 2 ** 20, 1023, 1024, 0], [0, 1, 2, 3, 4], [0, 1023, 1024, 2 ** 20, 2 ** 29 + 1], [4, 2, 3, 1, 0]],
  ])('%s', (_n, keys, values, sortedKeys, sortedValues) => {
    const out = radixSortPairs(Uint32Array.from(keys), Uint32Array.from(values));
    expect([...out.keys]).toEqual(sortedKeys);
    expect([...out.values]).toEqual(sortedValues);
  });

  it('sorts only the first n pairs', () => {
    const out = radixSortPairs(Uint32Array.from([9, 4, 1]), Uint32Array.from([0, 1, 2]), 2);
    expect([...out.keys]).toEqual([4, 9]);
    expect([...out.values]).toEqual([1, 0]);
  });

  it('gives the packed float order when values ascend as the pairs are made (how candidatePairs makes them)', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** 29 - 1 }), fc.integer({ min: 0, max: 50 })), { maxLength: 300 });
    fc.assert(
      fc.property(pairs, (list) => {
        const ordered = [...list].sort((a, b) => a[1] - b[1]);
        const keys = ordered.map((p) => p[0] % (list.length % 7 === 0 ? 16 : 2 ** 29));
        const values = ordered.map((p) => p[1]);
        const out = radixSortPairs(Uint32Array.from(keys), Uint32Array.from(values));
        const [k, v] = packedOrder(keys, values);
        expect([...out.keys]).toEqual(k);
        expect([...out.values]).toEqual(v);
      }),
    );
  });
});
