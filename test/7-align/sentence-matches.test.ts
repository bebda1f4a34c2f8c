import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestMatches, matchOf, mostShared } from '../../src/7-align/sentence-matches.js';
import { vectors, WordIds } from '../../src/7-align/sentence-vectors.js';

const spanOf = (ids: number[]) => ({ ids: Int32Array.from(ids), start: 0, length: ids.length });

describe('WordIds', () => {
  it('numbers words in order of first use, once per sentences array', () => {
    const wordIds = new WordIds();
    const sentences = [['truce', 'hold'], ['truce', 'talk', 'truce']];
    const a = wordIds.of(sentences);
    expect([...a.ids]).toEqual([0, 1, 0, 2, 0]);
    expect([...a.starts]).toEqual([0, 2, 5]);
    expect(wordIds.of(sentences)).toBe(a);
    expect([...wordIds.of([['talk', 'port']]).ids]).toEqual([2, 3]);
    expect(wordIds.words).toEqual(['truce', 'hold', 'talk', 'port']);
  });
});

describe('vectors', () => {
  it('numbers a scope\'s words by first appearance and weighs (1 + ln tf) · ln((n + 1) / df), normalised', () => {
    // Global ids 5 5 3 and 3 7: local 5 -> 0, 3 -> 1, 7 -> 2.
    const v = vectors([spanOf([5, 3, 5]), spanOf([3, 7])], 8);
    expect([...v.global]).toEqual([5, 3, 7]);
    expect([...v.start]).toEqual([0, 2, 4]);
    expect([...v.ids]).toEqual([0, 1, 1, 2]);
    const unit = (xs: number[]) => xs.map((x) => x / Math.hypot(...xs));
    const [w0, w1] = [unit([(1 + Math.log(2)) * Math.log(3), Math.log(3 / 2)]), unit([Math.log(3 / 2), Math.log(3)])];
    [...w0, ...w1].forEach((w, k) => expect(v.weights[k]).toBeCloseTo(w, 12));
    // The scratch numbering is left clean: the same words in another scope start again at 0.
    expect([...vectors([spanOf([7])], 8).global]).toEqual([7]);
  });
});

describe('mostShared', () => {
  it.each([
    // touched, shared weight per unit, n, expected (ascending)
    [[4, 1, 7, 2], { 1: 0.5, 2: 0.9, 4: 0.1, 7: 0.7 }, 2, [2, 7]],
    [[9, 3, 5, 1], { 1: 0.5, 3: 0.5, 5: 0.5, 9: 0.8 }, 3, [1, 3, 9]], // ties: lower index first
    [[6, 2], { 2: 0.4, 6: 0.4 }, 1, [2]],
  ])('mostShared(%j, …, n = %i)', (touched, weights, n, expected) => {
    const shared = new Float64Array(10);
    for (const [j, w] of Object.entries(weights)) shared[Number(j)] = w;
    const out = new Int32Array(n);
    const count = mostShared(Int32Array.from(touched), touched.length, shared, n, out);
    expect([...out.subarray(0, count)].sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('bestMatches', () => {
  // Small scopes, every word a probe and every unit sharing a word a candidate: the best match
  // in each other article is then the highest cosine among units sharing a word (lower index on a tie).
  const scope = fc.array(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 });
  it('equals the brute-force best match per other article', () => {
    fc.assert(fc.property(scope, (articles) => {
      const units = articles.flatMap((sentences, a) => sentences.map((ids) => ({ a, ids })));
      const v = vectors(units.map((u) => spanOf(u.ids)), 10);
      const article = Int32Array.from(units, (u) => u.a);
      const words = Array.from({ length: 10 }, (_, k) => `w${k}`);
      const best = bestMatches(v, words, article, articles.length);
      const weightOf = (u: number) => new Map(Array.from(v.ids.subarray(v.start[u], v.start[u + 1]), (l, k) => [l, v.weights[v.start[u]! + k]!]));
      units.forEach((_, i) => {
        const wi = weightOf(i);
        const expected = new Map<number, [number, number]>();
        units.forEach((u, j) => {
          if (u.a === units[i]!.a) return;
          const wj = weightOf(j);
          if (![...wj.keys()].some((l) => wi.has(l))) return;
          let s = 0;
          for (const [l, w] of wj) s += w * (wi.get(l) ?? 0);
          const had = expected.get(u.a);
          if (!had || s > had[1]) expected.set(u.a, [j, s]);
        });
        const found = new Map<number, [number, number]>();
        for (let k = best.start[i]!; k < best.start[i + 1]!; k++) found.set(best.article[k]!, [best.unit[k]!, best.score[k]!]);
        expect(found).toEqual(expected);
        for (const a of expected.keys()) expect(best.article[matchOf(best, i, a)]).toBe(a);
      });
    }), { numRuns: 300 });
  });
});
