// Parameter sweep for the system's clustering (src/5-cluster) on the ECB+ topics present here.
// Run: node --import tsx eval/tune.ts [key=v1,v2 ...]. NeuS is shown for information only.
import { blind, goldOf } from './blind.js';
import { loadEcbPlus } from './datasets/ecbplus.js';
import { loadNeusProbe } from './datasets/neus.js';
import { bcubed } from './metrics.js';
import { clusterForEval } from '../src/analyze/cluster-eval.js';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../src/5-cluster/index.js';
import type { EvalDoc } from './types.js';
import { sampledRows } from './samples.js';

const grid: Array<[keyof ClusterSettings, number[]]> = process.argv.slice(2).map((a) => {
  const [k, v] = a.split('=');
  return [k as keyof ClusterSettings, v!.split(',').map(Number)];
});
const combos: Array<Partial<ClusterSettings>> = grid.reduce<Array<Partial<ClusterSettings>>>((acc, [k, vs]) => acc.flatMap((c) => vs.map((v) => ({ ...c, [k]: v }))), [{}]);
const pct = (x: number) => (100 * x).toFixed(1);

async function score(docs: EvalDoc[], over: Partial<ClusterSettings>) {
  const b = blind(docs);
  const r = await clusterForEval(b.docs, { ...DEFAULT_SETTINGS, ...over });
  const s = bcubed(b.unblind(r.storyline), goldOf(docs, 'storyline'));
  const e = bcubed(b.unblind(r.event), goldOf(docs, 'event'));
  return `${pct(s.precision)}/${pct(s.recall)}/${pct(s.f1)} | ${pct(e.precision)}/${pct(e.recall)}/${pct(e.f1)}`;
}

const ecb = (await loadEcbPlus())!;
const neus = (await loadNeusProbe())!;
console.log('| settings | ECB+ story P/R/F1 | ECB+ event P/R/F1 | NeuS story | NeuS event | ECB+ 10-topic samples story / event |');
const sampled = async (c: Partial<ClusterSettings>) => {
  const rows = await sampledRows('', ecb, async (docs) => clusterForEval(docs, { ...DEFAULT_SETTINGS, ...c }));
  return rows.map((r) => r.split('|').slice(5, 8).map((x) => x.trim()).join('/')).join(' | ');
};
for (const c of combos) console.log(`| ${JSON.stringify(c)} | ${await score(ecb, c)} | ${await score(neus, c)} | ${await sampled(c)} |`);
