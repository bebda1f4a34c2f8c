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
