// One line of the clustering figures that decide a change of features, system only (no baseline):
// NeuS val event F1, NeuS *train* event F1 (mean of 8 chunks of ~307 stories, never tuned on:
// the held-out check), ECB+ all-topic storyline / event F1, ECB+ mean of 20 samples of 10
// topics storyline / event F1. Run: node --import tsx eval/heldout.ts [label]
import { blind, goldOf } from './blind.js';
import { loadEcbPlus } from './datasets/ecbplus.js';
import { loadNeusProbe } from './datasets/neus.js';
import { bcubed, type PRF } from './metrics.js';
import { sampleTopics } from './samples.js';
import { clusterForEval } from '../src/analyze/cluster-eval.js';
import { DEFAULT_SETTINGS } from '../src/5-cluster/index.js';
const SETTINGS = { ...DEFAULT_SETTINGS, ...JSON.parse(process.env.SETTINGS ?? '{}') };
import type { EvalDoc } from './types.js';

const pct = (x: number) => (100 * x).toFixed(1);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function score(docs: readonly EvalDoc[]): Promise<{ storyline: PRF; event: PRF }> {
  const b = blind(docs, Number(process.env.SEED ?? 20240601));
  const r = await clusterForEval(b.docs, SETTINGS);
  return { storyline: bcubed(b.unblind(r.storyline), goldOf(docs, 'storyline')), event: bcubed(b.unblind(r.event), goldOf(docs, 'event')) };
}

const ecb = (await loadEcbPlus())!;
const val = (await loadNeusProbe(undefined, 'val'))!;
const train = (await loadNeusProbe(undefined, 'train'))!;
const t0 = performance.now();
const v = await score(val);
const chunks = new Map<number, EvalDoc[]>();
for (const d of train) {
  const k = Math.floor((Number(d.gold.event) - 1) / 307);
  if (!chunks.has(k)) chunks.set(k, []);
  chunks.get(k)!.push(d);
}
const tr: number[] = [];
for (const docs of chunks.values()) tr.push((await score(docs)).event.f1);
const all = await score(ecb);
const topics = [...new Set(ecb.map((d) => d.gold.storyline))];
const ss: number[] = [];
const se: number[] = [];
for (let i = 0; i < 20; i++) {
  const pick = new Set(sampleTopics(topics, 10, 1000 + i));
  const r = await score(ecb.filter((d) => pick.has(d.gold.storyline)));
  ss.push(r.storyline.f1);
  se.push(r.event.f1);
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log('| variant | NeuS val event | NeuS train event (8 chunks) | ECB+ all storyline | ECB+ all event | ECB+ sampled storyline | ECB+ sampled event | s |');
console.log(`| ${process.argv[2] ?? process.env.PARALLAX_WN ?? 'baseline'} | ${pct(v.event.f1)} | ${pct(mean(tr))} | ${pct(all.storyline.f1)} | ${pct(all.event.f1)} | ${pct(mean(ss))} | ${pct(mean(se))} | ${secs} |`);
