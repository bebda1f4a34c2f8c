import { describe, expect, it } from 'vitest';
import { Spread, dotWith, mapOf, topShared, type Vec } from '../../src/5-cluster/vector.js';

// Spread lays a vector out by feature number; its answers must equal the Map-based ones whatever
// mix of numbered and unnumbered vectors it meets, and a dense table left dirty would show up
// as a wrong dot product in the next Spread.
const v = (entries: Array<[string, number, number]>, numbered = true): Vec => ({
  keys: entries.map(([f]) => f),
  weights: entries.map(([, w]) => w),
  ...(numbered ? { ids: entries.map(([, , id]) => id) } : {}),
});
const a = v([['port', 0.8, 3], ['n:alden', 0.6, 70000]]);
const b = v([['port', 0.5, 3], ['strike', 0.5, 9], ['n:alden', 0.7, 70000]]);
const c = v([['strike', 1, 9]]);

describe('Spread', () => {
  it.each([
    { name: 'both numbered', x: a, y: b },
    { name: 'the other unnumbered', x: a, y: v([['port', 0.5, 3], ['n:alden', 0.7, 70000]], false) },
    { name: 'this one unnumbered', x: v([['port', 0.8, 3]], false), y: b },
    { name: 'nothing shared', x: a, y: c },
  ])('dot and topShared equal the Map-based answers: $name', ({ x, y }) => {
    const s = new Spread(x);
    try {
      expect(s.dot(y)).toBeCloseTo(dotWith(y, mapOf(x)), 12);
      expect(s.topShared(y, 5)).toEqual(topShared(y, mapOf(x), 5));
    } finally {
      s.release();
    }
  });

  it('leaves the table clean after release, and a Spread opened inside another still answers', () => {
    const outer = new Spread(a);
    const inner = new Spread(c); // the table is taken: a Map instead
    expect(inner.dot(b)).toBeCloseTo(0.5, 12);
    inner.release();
    expect(outer.dot(b)).toBeCloseTo(0.8 * 0.5 + 0.6 * 0.7, 12);
    outer.release();
    const next = new Spread(c);
    expect(next.dot(a)).toBe(0); // a's weights were cleared
    next.release();
  });
});
