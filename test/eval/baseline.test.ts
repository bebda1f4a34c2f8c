import { describe, expect, it } from 'vitest';
import { averageLink, baselineCluster, cosineMatrix, terms, tfidfVectors } from '../../eval/baseline.js';
import type { EvalDoc } from '../../eval/types.js';

/** Deterministic pseudo-random numbers for the test. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Reference: greedy average link, cluster similarity recomputed from the original matrix each time. */
function naiveAverageLink(sim: Float64Array, n: number, threshold: number): number[][] {
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  const avg = (a: number[], b: number[]) => {
    let s = 0;
    for (const i of a) for (const j of b) s += sim[i * n + j]!;
    return s / (a.length * b.length);
  };
  for (;;) {
    let best: [number, number] | null = null;
    let bestSim = -Infinity;
    for (let x = 0; x < clusters.length; x++)
      for (let y = x + 1; y < clusters.length; y++) {
        const s = avg(clusters[x]!, clusters[y]!);
        if (s > bestSim) [bestSim, best] = [s, [x, y]];
      }
    if (!best || bestSim < threshold) break;
    const [x, y] = best;
    clusters = [...clusters.filter((_, k) => k !== x && k !== y), [...clusters[x]!, ...clusters[y]!]];
  }
  return clusters;
}

const canonical = (groups: number[][]) => groups.map((g) => [...g].sort((a, b) => a - b).join(',')).sort();
const groupsOf = (labels: Int32Array) => {
  const m = new Map<number, number[]>();
  labels.forEach((l, i) => m.set(l, [...(m.get(l) ?? []), i]));
  return [...m.values()];
};

describe('averageLink (nearest-neighbour chain)', () => {
  it('gives the same partition as greedy average link on random matrices', () => {
    const rand = lcg(7);
    for (let trial = 0; trial < 25; trial++) {
      const n = 2 + Math.floor(rand() * 28);
      const sim = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const s = rand() ** 2;
          sim[i * n + j] = s;
          sim[j * n + i] = s;
        }
      for (const t of [0, 0.2, 0.4, 0.6, 0.9]) {
        const expected = canonical(naiveAverageLink(sim, n, t));
        expect(canonical(groupsOf(averageLink(sim.slice(), n, t)))).toEqual(expected);
      }
    }
  });

  it('handles 0 and 1 items', () => {
    expect([...averageLink(new Float64Array(0), 0, 0.5)]).toEqual([]);
    expect([...averageLink(new Float64Array([1]), 1, 0.5)]).toEqual([0]);
  });
});

describe('tf-idf baseline', () => {
  const doc = (id: string, title: string | null, text: string): EvalDoc => ({ id, title, text, outlet: null, publishedAt: null, gold: { storyline: '', event: '' } });

  it('drops stopwords and one-character runs', () => {
    expect(terms('The cat and a dog sat on the mat, I said.')).toEqual(['cat', 'dog', 'sat', 'mat']);
  });

  it('vectors are unit length and identical texts have cosine 1', () => {
    const docs = [doc('1', 'Harbour bridge reopens', 'The harbour bridge reopened to traffic.'), doc('2', 'Harbour bridge reopens', 'The harbour bridge reopened to traffic.'), doc('3', null, 'Orchard growers expect a record apple harvest.')];
    const v = tfidfVectors(docs);
    for (const x of v) expect(x.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 12);
    const sim = cosineMatrix(v);
    expect(sim[0 * 3 + 1]).toBeCloseTo(1, 12);
    expect(sim[0 * 3 + 2]).toBe(0);
    expect(sim[2 * 3 + 0]).toBe(sim[0 * 3 + 2]);
  });

  it('groups documents that share vocabulary', () => {
    const docs = [
      doc('a1', 'Volcano erupts near coastal village', 'Lava from the volcano reached the village as residents fled the eruption.'),
      doc('a2', 'Villagers flee volcano eruption', 'The eruption sent lava toward the coastal village overnight.'),
      doc('a3', null, 'Ash from the volcano eruption closed the village airport.'),
      doc('b1', 'Chess champion defends title', 'The chess champion won the final game of the title match.'),
      doc('b2', 'Title match ends in chess win', 'A late blunder decided the chess title match for the champion.'),
    ];
    const c = baselineCluster(docs, 0.1);
    expect(c.get('a1')).toBe(c.get('a2'));
    expect(c.get('a1')).toBe(c.get('a3'));
    expect(c.get('b1')).toBe(c.get('b2'));
    expect(c.get('a1')).not.toBe(c.get('b1'));
  });
});
