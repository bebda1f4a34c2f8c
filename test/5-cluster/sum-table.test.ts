import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SumTable } from '../../src/5-cluster/sum-table.js';

const entries = (t: SumTable): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  t.forEach((k, v) => out.push([k, v]));
  return out.sort((a, b) => a[0] - b[0]);
};

describe('SumTable', () => {
  it.each([
    { ops: [['add', 7, 5], ['add', 7, 2]], key: 7, sum: 7, size: 1 },
    { ops: [['add', 7, 5], ['delete', 7]], key: 7, sum: 0, size: 0 },
    { ops: [['add', 1, 1], ['add', 2, 1], ['delete', 1]], key: 2, sum: 1, size: 1 },
    { ops: [['delete', 3]], key: 3, sum: 0, size: 0 },
  ] as Array<{ ops: Array<[string, number, number?]>; key: number; sum: number; size: number }>)('$ops -> get($key) = $sum', ({ ops, key, sum, size }) => {
    const t = new SumTable(4);
    for (const [op, k, d] of ops) (op === 'add' ? t.add(k, d!) : t.delete(k));
    expect(t.get(key)).toBe(sum);
    expect(t.has(key)).toBe(sum !== 0);
    expect(t.size).toBe(size);
  });

  it('refuses a negative feature number (the empty-slot marker)', () => {
    expect(() => new SumTable().add(-1, 1)).toThrow(/feature number -1: expected 0 or more/);
  });

  it('property: behaves as a Map under adds, deletes and growth (keys crowded into long probe runs)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), key: fc.integer({ min: 0, max: 300 }), delta: fc.integer({ min: 1, max: 1000 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 300 }), delta: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const t = new SumTable(4);
        const ref = new Map<number, number>();
        for (const o of ops) {
          if (o.kind === 'add') {
            t.add(o.key, o.delta);
            ref.set(o.key, (ref.get(o.key) ?? 0) + o.delta);
          } else {
            t.delete(o.key);
            ref.delete(o.key);
          }
        }
        expect(t.size).toBe(ref.size);
        expect(entries(t)).toEqual([...ref].sort((a, b) => a[0] - b[0]));
        for (let k = 0; k <= 300; k++) expect(t.get(k)).toBe(ref.get(k) ?? 0);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('clear() empties it and it fills again', () => {
    const t = new SumTable(4);
    for (let k = 0; k < 100; k++) t.add(k, k + 1);
    t.clear();
    expect(t.size).toBe(0);
    expect(t.get(5)).toBe(0);
    t.add(5, 2);
    expect(entries(t)).toEqual([[5, 2]]);
  });
});
