import { describe, it, expect } from 'vitest';
import { meaningGroups, DEFAULT_MEANING } from '../../src/7-align/meaning.js';
import { normalise } from '../../src/models/embedder.js';

/** A unit vector from a few numbers (the tests' claims live in 3 or 4 dimensions). */
const v = (...xs: number[]) => normalise(Float32Array.from(xs));
const opts = { ...DEFAULT_MEANING, threshold: 0.9 };

describe('meaningGroups', () => {
  it.each([
    {
      name: 'two voices saying one thing are joined; an unrelated claim is not',
      vectors: [v(1, 0, 0), v(0.98, 0.2, 0), v(0, 0, 1)],
      voices: [['A'], ['B'], ['C']],
      groups: [[0, 1]],
    },
    {
      name: 'a claim of the same voice is never a partner, however close',
      vectors: [v(1, 0, 0), v(1, 0.01, 0)],
      voices: [['A'], ['A']],
      groups: [],
    },
    {
      name: 'claims sharing one voice of several are not joined',
      vectors: [v(1, 0, 0), v(1, 0.01, 0)],
      voices: [['A', 'B'], ['B', 'C']],
      groups: [],
    },
    {
      name: 'below the threshold nothing is joined',
      vectors: [v(1, 0, 0), v(0.8, 0.6, 0)],
      voices: [['A'], ['B']],
      groups: [],
    },
    {
      name: 'three voices each closest to the others make one group',
      vectors: [v(1, 0.05, 0), v(1, 0, 0.05), v(1, 0, 0), v(0, 1, 0)],
      voices: [['A'], ['B'], ['C'], ['D']],
      groups: [[0, 1, 2]],
    },
    {
      name: 'of two claims of one voice, only the closer joins the other voice',
      vectors: [v(1, 0, 0), v(1, 0.3, 0), v(0.99, 0.05, 0)],
      voices: [['A'], ['A'], ['B']],
      groups: [[0, 2]],
    },
  ])('$name', ({ vectors, voices, groups }) => {
    expect(meaningGroups(vectors, voices, opts).map((g) => g.members)).toEqual(groups);
  });

  it('gives each group its weakest link as score', () => {
    const [g] = meaningGroups([v(1, 0.05, 0), v(1, 0, 0.05), v(1, 0, 0)], [['A'], ['B'], ['C']], opts);
    expect(g!.score).toBeGreaterThanOrEqual(opts.threshold);
    expect(g!.score).toBeLessThanOrEqual(1);
  });

  it('leaves a scope with more claims than maxClaims alone', () => {
    expect(meaningGroups([v(1, 0), v(1, 0.01)], [['A'], ['B']], { ...opts, maxClaims: 1 })).toEqual([]);
  });

  it('does not depend on the claims order beyond their indices (groups are the same sets reversed)', () => {
    const vectors = [v(1, 0.05, 0), v(0, 1, 0), v(1, 0, 0.05), v(0.02, 1, 0), v(1, 0, 0)];
    const voices = [['A'], ['B'], ['C'], ['D'], ['E']];
    const forward = meaningGroups(vectors, voices, opts).map((g) => g.members);
    const n = vectors.length;
    const backward = meaningGroups([...vectors].reverse(), [...voices].reverse(), opts).map((g) => g.members.map((i) => n - 1 - i).sort((a, b) => a - b));
    expect(backward.sort((a, b) => a[0]! - b[0]!)).toEqual(forward);
    expect(forward).toEqual([[0, 2, 4], [1, 3]]);
  });
});
