// Threshold sweep for the baseline: BCubed on ECB+ (the topics present here) at storyline
// (topic) and event (sub-topic) level, for a range of cosine thresholds. Used once to fix
// BASELINE_THRESHOLDS in baseline.ts; re-run with `node --import tsx eval/sweep.ts`.
// NeuS is printed for information only (it did not take part in the choice).
import { performance } from 'node:perf_hooks';
import { baselineSweep } from './baseline.js';
import { blind, goldOf } from './blind.js';
import { loadEcbPlus } from './datasets/ecbplus.js';
import { loadNeusProbe } from './datasets/neus.js';
import { bcubed, clusterCount, pairwise } from './metrics.js';
import type { EvalDoc } from './types.js';

const THRESHOLDS = [0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const pct = (x: number) => (100 * x).toFixed(1);

function sweep(name: string, docs: EvalDoc[]) {
  const t0 = performance.now();
  const b = blind(docs);
  const byT = baselineSweep(b.docs, THRESHOLDS);
  console.log(`\n${name}: ${docs.length} docs, ${new Set(docs.map((d) => d.gold.storyline)).size} storylines, ${new Set(docs.map((d) => d.gold.event)).size} events (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log('| threshold | clusters | storyline B³ P | R | F1 | pairwise F1 | event B³ P | R | F1 | pairwise F1 |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const t of THRESHOLDS) {
    const c = b.unblind(byT.get(t)!);
    const s = bcubed(c, goldOf(docs, 'storyline'));
    const e = bcubed(c, goldOf(docs, 'event'));
    const sp = pairwise(c, goldOf(docs, 'storyline'));
    const ep = pairwise(c, goldOf(docs, 'event'));
    console.log(`| ${t} | ${clusterCount(c)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(sp.f1)} | ${pct(e.precision)} | ${pct(e.recall)} | ${pct(e.f1)} | ${pct(ep.f1)} |`);
  }
}

const ecb = await loadEcbPlus();
if (ecb) sweep('ECB+', ecb);
const neus = await loadNeusProbe();
if (neus) sweep('NeuS val (information only)', neus);
