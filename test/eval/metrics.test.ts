import { describe, expect, it } from 'vitest';
import { bcubed, clusterCount, muc, pairwise } from '../../eval/metrics.js';

const clustering = (groups: Record<string, string[]>) => new Map(Object.entries(groups).flatMap(([c, docs]) => docs.map((d) => [d, c] as const)));

describe('bcubed', () => {
  // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
  const gold = clustering({ G1: ['a', 'b', 'c'], G2: ['d', 'e'] });
  const pred = clustering({ P1: ['a', 'b'], P2: ['c', 'd', 'e'] });

  it('matches the per-item definition on a small table', () => {
    // precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15
    // recall per item:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15
    const s = bcubed(pred, gold);
    expect(s.precision).toBeCloseTo(11 / 15, 12);
    expect(s.recall).toBeCloseTo(11 / 15, 12);
    expect(s.f1).toBeCloseTo(11 / 15, 12);
  });

  it('is perfect for the gold itself, whatever the cluster names', () => {
    const renamed = clustering({ x: ['a', 'b', 'c'], y: ['d', 'e'] });
    expect(bcubed(renamed, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('one big cluster: recall 1, precision the mean share of same-gold items', () => {
    const g = clustering({ A: ['a', 'b'], B: ['c'], C: ['d'] });
    const all = clustering({ X: ['a', 'b', 'c', 'd'] });
    const s = bcubed(all, g);
    expect(s.precision).toBeCloseTo((2 / 4 + 2 / 4 + 1 / 4 + 1 / 4) / 4, 12);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(6 / 11, 12);
  });

  it('all singletons: precision 1, recall the mean of 1/|gold cluster|', () => {
    const g = clustering({ A: ['a', 'b'], B: ['c'], C: ['d'] });
    const singles = clustering({ 1: ['a'], 2: ['b'], 3: ['c'], 4: ['d'] });
    const s = bcubed(singles, g);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(3 / 4, 12);
  });

  it('documents missing from the prediction are singletons; extra predicted documents are ignored', () => {
    const g = clustering({ A: ['a', 'b'] });
    const p = new Map([
      ['a', 'b'], // a cluster id equal to a missing document id must not collide with it
      ['zz', 'b'],
    ]);
    const s = bcubed(p, g);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(1 / 2, 12);
    expect(clusterCount(p, ['a', 'b'])).toBe(2);
  });

  it('empty gold scores 0', () => {
    expect(bcubed(new Map(), new Map())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('muc and pairwise', () => {
  const gold = clustering({ G1: ['a', 'b', 'c'], G2: ['d', 'e'] });
  const pred = clustering({ P1: ['a', 'b'], P2: ['c', 'd', 'e'] });

  it('muc counts links: recall (3-2)+(2-1) over (3-1)+(2-1)', () => {
    const s = muc(pred, gold);
    expect(s.recall).toBeCloseTo(2 / 3, 12);
    expect(s.precision).toBeCloseTo(2 / 3, 12);
  });

  it('muc of all singletons has no links: precision 0', () => {
    const singles = clustering({ 1: ['a'], 2: ['b'], 3: ['c'], 4: ['d'], 5: ['e'] });
    const s = muc(singles, gold);
    expect(s.precision).toBe(0);
    expect(s.recall).toBe(0);
  });

  it('pairwise: 2 shared pairs of 4 predicted and 4 gold pairs', () => {
    const s = pairwise(pred, gold);
    expect(s.precision).toBeCloseTo(0.5, 12);
    expect(s.recall).toBeCloseTo(0.5, 12);
    expect(s.f1).toBeCloseTo(0.5, 12);
  });
});
