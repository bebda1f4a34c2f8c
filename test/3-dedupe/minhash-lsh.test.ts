import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LshIndex, estimateJaccard, minhash, params, shingleHashes, tokenize, wordHashes } from '../../src/3-dedupe/index.js';
import { randomWords, wordsArb } from './words.js';

const shingles = (words: string[]) => shingleHashes(wordHashes(tokenize(words.join(' '))), params.SHINGLE);
const sig = (words: string[]) => minhash(shingles(words));
function jaccard(a: Uint32Array, b: Uint32Array): number {
  const x = new Set(a);
  const y = new Set(b);
  const both = [...x].filter((h) => y.has(h)).length;
  return both / (x.size + y.size - both);
}

describe('MinHash', () => {
  it('identical sets agree everywhere; disjoint sets almost nowhere', () => {
    const a = randomWords(1, 200);
    expect(estimateJaccard(sig(a), sig([...a]))).toBe(1);
    expect(estimateJaccard(sig(a), sig(randomWords(2, 200)))).toBeLessThan(0.05);
  });

  it('is deterministic and has 128 values', () => {
    const a = randomWords(3, 80);
    expect(sig(a)).toEqual(sig(a));
    expect(sig(a)).toHaveLength(128);
  });

  it('property: the estimate is within 0.15 of the true shingle Jaccard', () => {
    // b keeps a prefix of a and a varying share of its tail, so Jaccard spans 0..1.
    fc.assert(
      fc.property(wordsArb(30, 250), wordsArb(0, 250), fc.double({ min: 0, max: 1, noNaN: true }), (a, extra, keep) => {
        const b = [...a.slice(0, Math.floor(a.length * keep)), ...extra];
        const truth = jaccard(shingles(a), shingles(b));
        expect(Math.abs(estimateJaccard(sig(a), sig(b)) - truth)).toBeLessThanOrEqual(0.15);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('MinHash bias', () => {
  it('the mean error over many pairs is near zero, for short sets (mostly densified bins) and long ones', () => {
    for (const len of [40, 600]) {
      let sum = 0;
      for (let i = 0; i < 100; i++) {
        const a = randomWords(300 + i, len);
        const b = [...a.slice(0, Math.floor(len * (i % 10) / 10)), ...randomWords(700 + i, len / 2)];
        sum += estimateJaccard(sig(a), sig(b)) - jaccard(shingles(a), shingles(b));
      }
      expect(Math.abs(sum / 100)).toBeLessThan(0.02);
    }
  });

  it('rejects a bin count that is not a power of two', () => {
    expect(() => minhash(new Uint32Array([1, 2]), 100)).toThrow(/power of two/);
  });
});

describe('LshIndex (32 bands x 4 rows)', () => {
  it('candidates are deterministic and in insertion order', () => {
    const build = () => {
      const idx = new LshIndex();
      for (let i = 0; i < 30; i++) idx.add(`d${i}`, sig(randomWords(i % 10, 120)));
      return idx;
    };
    const q = sig(randomWords(4, 120));
    expect(build().candidates(q)).toEqual(['d4', 'd14', 'd24']);
    expect(build().candidates(q)).toEqual(build().candidates(q));
  });

  it('finds every pair with Jaccard >= 0.7 and few pairs under 0.2', () => {
    let found = 0;
    let collisions = 0;
    for (let i = 0; i < 100; i++) {
      const a = randomWords(1000 + i, 200);
      const near = [...a.slice(0, 170), ...randomWords(5000 + i, 20)]; // ~0.75
      const far = [...a.slice(0, 30), ...randomWords(9000 + i, 170)]; // ~0.07
      const idx = new LshIndex();
      idx.add('a', sig(a));
      if (idx.candidates(sig(near)).includes('a')) found++;
      if (idx.candidates(sig(far)).includes('a')) collisions++;
    }
    expect(found).toBe(100);
    expect(collisions).toBeLessThanOrEqual(5);
  });

  it('property: candidates(signature) always contains an id added with that signature', () => {
    fc.assert(
      fc.property(fc.array(wordsArb(5, 60), { minLength: 1, maxLength: 8 }), (docs) => {
        const idx = new LshIndex();
        docs.forEach((d, i) => idx.add(`d${i}`, sig(d)));
        docs.forEach((d, i) => expect(idx.candidates(sig(d))).toContain(`d${i}`));
      }),
      { seed: 3 },
    );
  });

  it('rejects a signature shorter than bands x rows', () => {
    expect(() => new LshIndex().add('x', new Uint32Array(10))).toThrow(/too short/);
  });
});
