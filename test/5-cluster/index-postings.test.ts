import { describe, it, expect } from 'vitest';
import { CentroidIndex } from '../../src/5-cluster/index-postings.js';

describe('CentroidIndex', () => {
  it('re-posting replaces a cluster\'s features; removal leaves no postings', () => {
    const idx = new CentroidIndex<string>();
    idx.post('a', ['flood', 'levee']);
    idx.post('b', ['flood', 'transfer']);
    expect(idx.candidates(['flood'])).toEqual(['a', 'b']);
    idx.post('a', ['storm']);
    expect(idx.candidates(['levee'])).toEqual([]);
    expect(idx.candidates(['flood', 'storm'])).toEqual(['a', 'b']);
    idx.remove('b');
    expect(idx.candidates(['flood', 'transfer'])).toEqual([]);
    expect(idx.has('b')).toBe(false);
  });

  it('keeps at most maxPerFeature clusters under one feature, dropping the oldest', () => {
    const idx = new CentroidIndex<number>(3);
    for (let i = 0; i < 5; i++) idx.post(i, ['said', `own${i}`]);
    expect(idx.candidates(['said'])).toEqual([2, 3, 4]);
    expect(idx.candidates(['own0'])).toEqual([0]);
  });
});

describe('topEntries', () => {
  it('equals a full sort, ties by name (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { topEntries } = await import('../../src/5-cluster/top.js');
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 5 })), fc.integer({ min: 0, max: 12 }), (d, n) => {
        const map = new Map(Object.entries(d));
        const full = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
        expect(topEntries(map, n)).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});
