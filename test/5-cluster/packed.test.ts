// Packed features (the copies thread -> the analysis thread): unpacking gives back every
// article's features and counts in order, across packs that share a vocabulary.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeaturePacker, FeatureUnpacker } from '../../src/5-cluster/packed.js';
import { extractFeatures, type RawFeatures } from '../../src/5-cluster/features.js';

const raw = (entries: Array<[string, number]>): RawFeatures => ({ features: entries.map(([f]) => f), counts: entries.map(([, c]) => c) });

describe('FeaturePacker / FeatureUnpacker', () => {
  it('numbers each word once, in order of first use', () => {
    const p = new FeaturePacker().pack([raw([['a', 1], ['b', 2]]), raw([['b', 1], ['c', 0.5]])]);
    expect(p.words).toEqual(['a', 'b', 'c']);
    expect([...p.ends]).toEqual([2, 4]);
    expect([...p.ids]).toEqual([0, 1, 1, 2]);
    expect([...p.counts]).toEqual([1, 2, 1, 0.5]);
  });

  it('sends a word only in the first pack that uses it', () => {
    const packer = new FeaturePacker();
    packer.pack([raw([['a', 1], ['b', 1]])]);
    const second = packer.pack([raw([['b', 3], ['n:port alden', 2]]), raw([])]);
    expect(second.words).toEqual(['n:port alden']);
    expect([...second.ends]).toEqual([2, 2]);
  });

  it('round-trips any sequence of packs (property)', () => {
    const article = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.double({ min: 0.5, max: 40, noNaN: true })), { maxLength: 12 })
      .map((es) => raw([...new Map(es)]));
    fc.assert(
      fc.property(fc.array(fc.array(article, { maxLength: 6 }), { maxLength: 5 }), (packs) => {
        const packer = new FeaturePacker();
        const unpacker = new FeatureUnpacker();
        for (const pack of packs) {
          const back = unpacker.unpack(packer.pack(pack));
          expect(back.map((r) => [r.features, [...r.counts]])).toEqual(pack.map((r) => [r.features, [...r.counts]]));
        }
      }),
    );
  });

  it('round-trips real features', () => {
    const texts = ['Ferry workers in Port Alden walked out on Tuesday, the union said.', 'The Port Alden ferry strike entered its second day.'];
    const raws = texts.map((t) => extractFeatures(null, t));
    const back = new FeatureUnpacker().unpack(new FeaturePacker().pack(raws));
    expect(back).toEqual(raws);
  });

  it('names a pack that refers to a word it never sent', () => {
    const p = new FeaturePacker().pack([raw([['a', 1], ['b', 1]])]);
    expect(() => new FeatureUnpacker().unpack({ ...p, words: ['a'] })).toThrow(/feature number 1 was never sent \(1 known\)/);
    expect(() => new FeatureUnpacker().unpack({ ...p, ends: Int32Array.of(5) })).toThrow(/article 0 ends at 5, expected 0\.\.2/);
  });
});
