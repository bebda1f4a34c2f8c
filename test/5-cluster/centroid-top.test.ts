import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Centroid } from '../../src/5-cluster/centroid.js';
import { vecOf, type Vec } from '../../src/5-cluster/vector.js';

// Centroid.top() keeps its answer between calls and re-ranks only the features added since; a
// twin centroid given the same operations but asked only once at each checkpoint (its cache
// dropped by building it anew) must give the same top features, through truncation, merges and
// removals.
const vec = (entries: Array<[number, number]>): Vec => vecOf(new Map(entries.map(([f, w]) => [`f${f}`, w]))); // a Map first: a repeated feature keeps its last weight

describe('Centroid.top with its cache', () => {
  it('property: equals a freshly ranked top after any adds, merges and removals', () => {
    const entry = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.01, max: 1, noNaN: true }));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), v: fc.array(entry, { minLength: 1, maxLength: 12 }) }),
      fc.record({ kind: fc.constant('merge' as const), v: fc.array(entry, { minLength: 1, maxLength: 12 }) }),
      fc.record({ kind: fc.constant('remove' as const), v: fc.constant([] as Array<[number, number]>) }),
      fc.record({ kind: fc.constant('top' as const), v: fc.constant([] as Array<[number, number]>), n: fc.integer({ min: 1, max: 10 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const cached = new Centroid(8); // small, so truncation (past 16 features) happens often
        const steps: Array<(c: Centroid) => void> = [];
        const added: Vec[] = [];
        const apply = (step: (c: Centroid) => void) => (steps.push(step), step(cached));
        for (const o of ops) {
          if (o.kind === 'add') {
            const v = vec(o.v);
            added.push(v);
            apply((c) => c.add(v));
          } else if (o.kind === 'merge') {
            const v = vec(o.v);
            apply((c) => {
              const other = new Centroid(8);
              other.add(v);
              c.merge(other);
            });
          } else if (o.kind === 'remove') {
            const v = added.shift();
            if (v) apply((c) => c.remove(v));
          } else {
            const fresh = new Centroid(8);
            for (const step of steps) step(fresh);
            expect(cached.top(o.n)).toEqual(fresh.top(o.n));
          }
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('property: similarity, cosine and top equal those of plain sums in a Map (the sums are held in a table keyed by feature number)', () => {
    // The reference: the same millionths summed in a Map by feature word, truncated to the strongest 8 past 16.
    const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const addTo = (m: Map<string, number>, v: Vec) => {
      v.keys.forEach((f, i) => m.set(f, (m.get(f) ?? 0) + Math.round(v.weights[i]! * 1e6)));
      if (m.size > 16) {
        const kept = rank(m).slice(0, 8);
        m.clear();
        for (const [f, w] of kept) m.set(f, w);
      }
    };
    const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0)) || 1;
    // Weights from a few values half the time: equal sums, so top()'s tie order (feature word ascending) is exercised.
    const weight = fc.oneof(fc.constantFrom(0.25, 0.5, 1), fc.double({ min: 0.01, max: 1, noNaN: true }));
    const entry = fc.tuple(fc.integer({ min: 0, max: 40 }), weight);
    fc.assert(
      fc.property(fc.array(fc.array(entry, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 }), fc.array(entry, { minLength: 1, maxLength: 12 }), (adds, probe) => {
        const a = new Centroid(8);
        const b = new Centroid(8);
        const ra = new Map<string, number>();
        const rb = new Map<string, number>();
        adds.forEach((e, i) => {
          const v = vec(e);
          (i % 2 ? b : a).add(v);
          addTo(i % 2 ? rb : ra, v);
        });
        const p = vec(probe);
        const sim = p.keys.reduce((s, f, i) => s + p.weights[i]! * (ra.get(f) ?? 0), 0) / norm(ra);
        expect(a.similarity(p)).toBeCloseTo(sim, 9);
        const dot = [...ra].reduce((s, [f, w]) => s + w * (rb.get(f) ?? 0), 0);
        if (rb.size) expect(a.cosine(b)).toBeCloseTo(dot / (norm(ra) * norm(rb)), 9);
        expect(a.top(5)).toEqual(rank(ra).slice(0, 5).map(([f]) => f));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
