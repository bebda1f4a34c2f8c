// Extraction rows of `npm run eval`: attributions on PolNeAR (train, dev), entity mentions and
// within-topic cross-document entity resolution on MEANTIME and NewsWCL50, for the system
// under test (src/analyze/extract-eval.ts) and the naive baselines (extract-baselines.ts).
// Scoring: extract-score.ts and spans.ts. Called by run.ts; same filters, same table.
import { runDatasets } from './run-datasets.js';
import { performance } from 'node:perf_hooks';
import { blind } from './blind.js';
import { baselineAttributions, baselineEntities } from './extract-baselines.js';
import { checkMentions, MODES, ROLES, scoreAttributions, scoreEntities, type EntityScores, type PredictedMention } from './extract-score.js';
import { loadSystemModule } from './load-system.js';
import type { AttributionsFn, EntitiesFn } from './extract-types.js';
import { loadMeantime } from './datasets/meantime.js';
import { loadNewswcl } from './datasets/newswcl.js';
import { loadPolnear, type PolnearDoc } from './datasets/polnear.js';
import type { EntityCorpus, EntityDoc } from './datasets/entity-docs.js';
import type { PRF } from './metrics.js';
import { prfOf, type Counts } from './spans.js';
import type { SkipReporter } from './types.js';
import { cell, oneLine, pct, secs } from './format.js';

export const LEGEND =
  'Extraction rows: span P/R/F1 per role or mention, one-to-one matching; exact = same characters after trimming whitespace/punctuation at the ends (entity mentions: also a leading article), ' +
  'overlap = at least one shared character (no partial credit); "gold clusters" / "clusters" = gold / predicted spans (B³ rows: chains / entities). ' +
  'Entity resolution: BCubed over the scored gold mentions the system found (overlap-matched), within each topic.';

export interface ExtractOptions {
  roots?: { polnear?: string; meantime?: string; newswcl?: string };
  /** Module specifier of the system (relative to this folder); default PARALLAX_EXTRACT_SYSTEM or ../src/analyze/extract-eval.js. */
  systemModule?: string;
  log?: (line: string) => void;
}

type System = { attributions: AttributionsFn | string; entities: EntitiesFn | string };

async function loadExtractSystem(specifier: string): Promise<System> {
  const label = 'src/analyze/extract-eval.ts';
  const mod = await loadSystemModule(specifier, new URL('.', import.meta.url), label);
  if ('unavailable' in mod) return { attributions: mod.unavailable, entities: mod.unavailable };
  const pick = <F>(name: string): F | string => (typeof mod.module[name] === 'function' ? (mod.module[name] as F) : `${label} has no ${name} export`);
  return { attributions: pick<AttributionsFn>('attributionsForEval'), entities: pick<EntitiesFn>('entitiesForEval') };
}

const errorText = (e: unknown) => `system: error (${oneLine(e instanceof Error ? e.message : String(e))})`;

/** One table row; `sys` is the system's figures or why there are none. */
function row(ds: string, level: string, docs: number, gold: number, sys: { prf: PRF; count: number } | string, base: PRF): string {
  const s = typeof sys === 'string' ? [cell(sys), '–', '–', '–'] : [pct(sys.prf.precision), pct(sys.prf.recall), pct(sys.prf.f1), String(sys.count)];
  return `| ${ds} | ${level} | ${docs} | ${gold} | ${s.join(' | ')} | ${pct(base.precision)} | ${pct(base.recall)} | ${pct(base.f1)} |`;
}
const spanCells = (c: Counts) => ({ prf: prfOf(c), count: c.pred });

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

async function attributionRows(name: string, docs: PolnearDoc[], system: System, extra: string) {
  const score = (outs: readonly unknown[]) => scoreAttributions(docs.map((d, i) => ({ text: d.text, gold: d.attributions, pred: outs[i] })));
  let sys: ReturnType<typeof scoreAttributions> | string = `system: not available (${String(system.attributions)})`;
  let sysNote = '–';
  if (typeof system.attributions !== 'string') {
    const fn = system.attributions;
    try {
      const { value, ms } = await timed(async () => {
        const outs: unknown[] = [];
        for (const d of docs) outs.push(await fn(d.text));
        return outs;
      });
      sys = score(value);
      sysNote = `${secs(ms)}${sys.invalid ? `, ${sys.invalid} malformed span(s) dropped` : ''}`;
    } catch (e) {
      sys = errorText(e);
    }
  }
  const base = await timed(async () => docs.map((d) => baselineAttributions(d.text)));
  const b = score(base.value);
  const rows: string[] = [];
  for (const role of ROLES)
    for (const mode of MODES) {
      const cells = typeof sys === 'string' ? sys : spanCells(sys.scores[role][mode]);
      rows.push(row(name, `attribution ${role} (${mode})`, docs.length, b.scores[role][mode].gold, cells, prfOf(b.scores[role][mode])));
    }
  const notes = [`${name}: ${extra}, system ${sysNote}, baseline ${secs(base.ms)} (${base.value.flat().length} quotes)`];
  return { rows, notes };
}

/** Runs an entity function topic by topic on blinded documents; returns checked mentions per original doc id. */
async function runEntities(docs: EntityDoc[], fn: EntitiesFn | typeof baselineEntities): Promise<{ pred: Map<string, PredictedMention[]>; invalid: number }> {
  const topics = new Map<string, EntityDoc[]>();
  for (const d of docs) topics.set(d.topic, [...(topics.get(d.topic) ?? []), d]);
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  const raw = new Map<string, unknown[]>();
  let invalid = 0;
  for (const group of topics.values()) {
    const b = blind(group.map((d) => ({ id: d.id, title: null, text: d.text, outlet: null, publishedAt: null, gold: { storyline: '', event: '' } })));
    const toOrig = new Map([...b.unblind(new Map(b.docs.map((d) => [d.id, d.id])))].map(([orig, id]) => [id, orig]));
    const out: unknown = await fn(b.docs.map((d) => ({ id: d.id, text: d.text })));
    for (const m of Array.isArray(out) ? out : []) {
      const orig = toOrig.get(String((m as { docId?: unknown } | null)?.docId));
      if (orig === undefined) invalid++;
      else push(raw, orig, m as unknown);
    }
  }
  const pred = new Map<string, PredictedMention[]>();
  for (const d of docs) {
    const c = checkMentions(raw.get(d.id) ?? [], d.text.length);
    pred.set(d.id, c.mentions);
    invalid += c.invalid;
  }
  return { pred, invalid };
}

async function entityRows(name: string, corpus: EntityCorpus, system: System, loadMs: number) {
  const docs = corpus.docs;
  let sys: EntityScores | string = `system: not available (${String(system.entities)})`;
  let sysNote = '–';
  if (typeof system.entities !== 'string') {
    const fn = system.entities;
    try {
      const { value, ms } = await timed(() => runEntities(docs, fn));
      sys = scoreEntities(docs, value.pred);
      sysNote = `${secs(ms)}${value.invalid ? `, ${value.invalid} malformed mention(s) dropped` : ''}, B³ over ${sys.resolvedMentions} gold mentions`;
    } catch (e) {
      sys = errorText(e);
    }
  }
  const base = await timed(() => runEntities(docs, baselineEntities));
  const b = scoreEntities(docs, base.value.pred);
  const pick = (f: (x: EntityScores) => { prf: PRF; count: number }) => (typeof sys === 'string' ? sys : f(sys));
  const rows = [
    row(name, 'entity mentions (exact)', docs.length, b.exact.gold, pick((x) => spanCells(x.exact)), prfOf(b.exact)),
    row(name, 'entity mentions (overlap)', docs.length, b.overlap.gold, pick((x) => spanCells(x.overlap)), prfOf(b.overlap)),
    row(name, 'entity resolution (B³)', docs.length, b.goldChains, pick((x) => ({ prf: x.resolution, count: x.predictedEntities })), b.resolution),
  ];
  const topics = new Set(docs.map((d) => d.topic)).size;
  const notes = [
    `${name}: ${topics} topics; load ${secs(loadMs)} (${corpus.note}), system ${sysNote}, baseline ${secs(base.ms)} (B³ over ${b.resolvedMentions} gold mentions, ${b.predictedEntities} entities)`,
  ];
  return { rows, notes };
}

interface ExtractDataset {
  name: string;
  run(system: System, opts: ExtractOptions, onSkip: SkipReporter): Promise<{ rows: string[]; notes: string[] } | null>;
}

const polnearSplit = (split: 'train' | 'dev', name = `PolNeAR ${split}`): ExtractDataset => ({
  name,
  async run(system, opts, onSkip) {
    const { value: loaded, ms } = await timed(() => loadPolnear(opts.roots?.polnear, split, onSkip));
    if (!loaded) return null;
    const extra = `load ${secs(ms)}${loaded.multiplyAnnotated ? ` (${loaded.multiplyAnnotated} articles annotated several times: first annotator used)` : ''}`;
    return attributionRows(name, loaded.docs, system, extra);
  },
});

const entityDataset = (name: string, load: (root: string | undefined, onSkip: SkipReporter) => Promise<EntityCorpus | null>, root: 'meantime' | 'newswcl'): ExtractDataset => ({
  name,
  async run(system, opts, onSkip) {
    const { value: corpus, ms } = await timed(() => load(opts.roots?.[root], onSkip));
    return corpus ? entityRows(name, corpus, system, ms) : null;
  },
});

export const EXTRACT_DATASETS: readonly ExtractDataset[] = [
  polnearSplit('train'),
  polnearSplit('dev'),
  entityDataset('MEANTIME en', loadMeantime, 'meantime'),
  entityDataset('NewsWCL50', loadNewswcl, 'newswcl'),
];

/** Rows and notes for the extraction datasets whose name contains one of `filters` (all when empty). */
export async function runExtract(filters: readonly string[], opts: ExtractOptions = {}): Promise<{ rows: string[]; notes: string[] }> {
  const log = opts.log ?? console.log;
  const datasets = EXTRACT_DATASETS.filter((d) => filters.length === 0 || filters.some((f) => d.name.toLowerCase().includes(f.toLowerCase())));
  if (datasets.length === 0) return { rows: [], notes: [] };
  const system = await loadExtractSystem(opts.systemModule ?? process.env.PARALLAX_EXTRACT_SYSTEM ?? '../src/analyze/extract-eval.js');
  return runDatasets(datasets, system, opts, log);
}
