// npm run eval: clusters each available evaluation dataset with (a) the system under test,
// src/analyze/cluster-eval.ts, and (b) the TF-IDF baseline, and prints one markdown table of
// BCubed scores per dataset and level (also written to eval/last-run.md). The same table gets
// the extraction rows (attributions, entity mentions, entity resolution; see extract-run.ts).
//
//   npm run eval                 all datasets
//   npm run eval -- ecb          only datasets whose name contains "ecb"
//   npm run eval -- polnear      only the PolNeAR extraction rows (also: meantime, newswcl)
//   npm run eval -- basil        only the BASIL framing rows (also: babe; see frame-run.ts)
//
// Datasets are read from ../shared/datasets at run time; a missing one is skipped with a
// one-line message. Both clusterers get blinded documents (see blind.ts).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BASELINE_THRESHOLDS, baselineCluster } from './baseline.js';
import { blind, goldOf } from './blind.js';
import { loadEcbPlus } from './datasets/ecbplus.js';
import { loadNeusProbe } from './datasets/neus.js';
import { LEGEND, runExtract } from './extract-run.js';
import { FRAME_LEGEND, runFrame } from './frame-run.js';
import { bcubed, clusterCount, type PRF } from './metrics.js';
import type { Clustering, EvalDoc, SkipReporter } from './types.js';
import { cell, oneLine, pct, secs } from './format.js';
import { sampledRows } from './samples.js';

type Level = 'storyline' | 'event';
const LEVELS: readonly Level[] = ['storyline', 'event'];
type SystemResult = { storyline: Clustering; event: Clustering };
type SystemFn = (docs: EvalDoc[]) => Promise<SystemResult>;

interface Dataset {
  name: string;
  load(onSkip: SkipReporter): Promise<EvalDoc[] | null>;
  /** Also score samples of ten topics (the scale of the withheld part). */
  sampled?: boolean;
}

const DATASETS: Dataset[] = [
  { name: 'ECB+', load: (onSkip) => loadEcbPlus(undefined, onSkip), sampled: true },
  { name: 'NeuS val', load: (onSkip) => loadNeusProbe(undefined, 'val', onSkip) },
];

/** Overridable for testing the harness itself (a path relative to this file). */
const SYSTEM_MODULE = process.env.PARALLAX_EVAL_SYSTEM ?? '../src/analyze/cluster-eval.js';

/** The system under test, or why it is not available. Dynamic so the typecheck does not depend on it. */
async function loadSystem(): Promise<{ fn: SystemFn } | { unavailable: string }> {
  let mod: { clusterForEval?: unknown };
  try {
    const specifier: string = SYSTEM_MODULE;
    mod = (await import(specifier)) as { clusterForEval?: unknown };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    // Only the module itself being absent counts as "missing", not a missing import inside it.
    const target = fileURLToPath(new URL(SYSTEM_MODULE, import.meta.url)).replace(/\.js$/, '');
    const missing = err.code === 'ERR_MODULE_NOT_FOUND' && [`'${target}.js'`, `'${target}.ts'`, `'${target}'`].some((t) => (err.message ?? '').includes(`module ${t}`));
    return { unavailable: missing ? 'src/analyze/cluster-eval.ts missing' : `src/analyze/cluster-eval.ts failed to load: ${oneLine(err.message ?? String(e))}` };
  }
  if (typeof mod.clusterForEval !== 'function') return { unavailable: 'src/analyze/cluster-eval.ts has no clusterForEval export' };
  return { fn: mod.clusterForEval as SystemFn };
}


async function main() {
  const filters = process.argv.slice(2).map((a) => a.toLowerCase());
  const datasets = DATASETS.filter((d) => filters.length === 0 || filters.some((f) => d.name.toLowerCase().includes(f)));
  const system = await loadSystem();
  const rows: string[] = [];
  const notes: string[] = [];

  for (const ds of datasets) {
    let skipped: string | null = null;
    const t0 = performance.now();
    const docs = await ds.load((reason) => {
      skipped = reason;
    });
    const loadMs = performance.now() - t0;
    if (!docs) {
      const line = `${ds.name}: skipped (${skipped ?? 'not available'})`;
      console.log(line);
      notes.push(line);
      continue;
    }
    const blinded = blind(docs);

    // (a) system under test
    let sys: SystemResult | null = null;
    let sysProblem: string | null = 'unavailable' in system ? `system: not available (${system.unavailable})` : null;
    let sysMs = 0;
    if ('fn' in system) {
      const t1 = performance.now();
      try {
        const out = await system.fn(blinded.docs);
        sys = { storyline: blinded.unblind(out.storyline), event: blinded.unblind(out.event) };
      } catch (e) {
        sysProblem = `system: error (${oneLine(e instanceof Error ? e.message : String(e))})`;
      }
      sysMs = performance.now() - t1;
    }

    // (b) baseline
    const t2 = performance.now();
    const base = {
      storyline: blinded.unblind(baselineCluster(blinded.docs, BASELINE_THRESHOLDS.storyline)),
      event: blinded.unblind(baselineCluster(blinded.docs, BASELINE_THRESHOLDS.event)),
    };
    const baseMs = performance.now() - t2;

    const ids = docs.map((d) => d.id);
    for (const level of LEVELS) {
      const gold = goldOf(docs, level);
      const b: PRF = bcubed(base[level], gold);
      const sysCells = sys
        ? (() => {
            const s = bcubed(sys[level], gold);
            return [pct(s.precision), pct(s.recall), pct(s.f1), String(clusterCount(sys[level], ids))];
          })()
        : [cell(sysProblem ?? 'system: not available'), '–', '–', '–'];
      rows.push(`| ${ds.name} | ${level} | ${docs.length} | ${new Set(gold.values()).size} | ${sysCells.join(' | ')} | ${pct(b.precision)} | ${pct(b.recall)} | ${pct(b.f1)} |`);
      if (sys) {
        const unassigned = ids.filter((id) => !sys[level].has(id)).length;
        if (unassigned) notes.push(`${ds.name} ${level}: the system left ${unassigned} document(s) unassigned (scored as singletons)`);
      }
    }
    if (ds.sampled) rows.push(...(await sampledRows(ds.name, docs, 'fn' in system ? system.fn : null)));
    notes.push(
      `${ds.name}: load ${secs(loadMs)}, system ${'fn' in system ? secs(sysMs) : '–'}, baseline ${secs(baseMs)}` +
        ` (baseline clusters: storyline ${clusterCount(base.storyline, ids)} at cosine ${BASELINE_THRESHOLDS.storyline}, event ${clusterCount(base.event, ids)} at ${BASELINE_THRESHOLDS.event})`,
    );
  }

  const extraction = await runExtract(filters);
  rows.push(...extraction.rows);
  notes.push(...extraction.notes);
  const framing = await runFrame(filters);
  rows.push(...framing.rows);
  notes.push(...framing.notes);
  const legends = [...(extraction.rows.length > 0 ? [LEGEND] : []), ...(framing.rows.length > 0 ? [FRAME_LEGEND] : [])];
  const legend = legends.length > 0 ? `Clustering rows: BCubed. ${legends.join(' ')} In %.` : 'BCubed, in %.';

  const table = [
    '| dataset | level | docs | gold clusters | system P | R | F1 | clusters | baseline P | R | F1 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const footer = notes.map((n) => `- ${n}`).join('\n');
  console.log(`\n${table}\n\n${legend}\n${footer}`);
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'last-run.md');
  await writeFile(out, `# Last evaluation run\n\n${new Date().toISOString()}\n\n${table}\n\n${legend}\n\n${footer}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
