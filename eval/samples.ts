// ECB+ at the scale of its withheld part: the targets are measured on about ten
// unseen topics, where fewer topics of one kind compete than among the 33 here. This draws
// fixed-seed samples of ten topics, runs system and baseline on each (blinded as always)
// and averages BCubed, so the figure is comparable in scale with the withheld measurement.
import { baselineCluster, BASELINE_THRESHOLDS } from './baseline.js';
import { blind, goldOf } from './blind.js';
import { bcubed, type PRF } from './metrics.js';
import type { Clustering, EvalDoc } from './types.js';
import { pct } from './format.js';

type Level = 'storyline' | 'event';
type SystemFn = (docs: EvalDoc[]) => Promise<{ storyline: Clustering; event: Clustering }>;

/** Deterministic sample of k of the topics (a linear congruential generator with a fixed seed). */
export function sampleTopics(topics: readonly string[], k: number, seed: number): string[] {
  let s = seed >>> 0;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pool = [...topics].sort();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

const mean = (xs: PRF[]): PRF => ({
  precision: xs.reduce((a, x) => a + x.precision, 0) / xs.length,
  recall: xs.reduce((a, x) => a + x.recall, 0) / xs.length,
  f1: xs.reduce((a, x) => a + x.f1, 0) / xs.length,
});

/** Table rows: mean over `samples` draws of `k` topics, one row per level. */
export async function sampledRows(name: string, docs: readonly EvalDoc[], system: SystemFn | null, k = 10, samples = 20): Promise<string[]> {
  const topics = [...new Set(docs.map((d) => d.gold.storyline))];
  if (topics.length <= k) return [];
  const scores = { system: { storyline: [] as PRF[], event: [] as PRF[] }, baseline: { storyline: [] as PRF[], event: [] as PRF[] } };
  for (let i = 0; i < samples; i++) {
    const pick = new Set(sampleTopics(topics, k, 1000 + i));
    const sub = docs.filter((d) => pick.has(d.gold.storyline));
    const b = blind(sub);
    const out = system ? await system(b.docs) : null;
    for (const level of ['storyline', 'event'] as const) {
      const gold = goldOf(sub, level);
      if (out) scores.system[level].push(bcubed(b.unblind(out[level]), gold));
      scores.baseline[level].push(bcubed(b.unblind(baselineCluster(b.docs, BASELINE_THRESHOLDS[level])), gold));
    }
  }
  return (['storyline', 'event'] as Level[]).map((level) => {
    const s = scores.system[level].length ? mean(scores.system[level]) : null;
    const b = mean(scores.baseline[level]);
    const sys = s ? [pct(s.precision), pct(s.recall), pct(s.f1), '–'] : ['system: not available', '–', '–', '–'];
    return `| ${name}: mean of ${samples} samples of ${k} topics | ${level} | ~${Math.round((docs.length * k) / topics.length)} | ${level === 'storyline' ? k : 2 * k} | ${sys.join(' | ')} | ${pct(b.precision)} | ${pct(b.recall)} | ${pct(b.f1)} |`;
  });
}
