// The full analysis stage by stage (dedupe, derivation, clustering, extraction sections,
// alignment, framing) on N generated articles (bench/corpus.ts; env N, default 5,000; SEED,
// default 7), extractions made beforehand and not timed, RUNS times (default 3). Each run is a
// first analysis: fresh article objects and extraction objects, so nothing kept per object from
// an earlier run is reused. Prints ms per stage and a hash of the report (claims, framing, all).
// With BASE (a directory inside the repository holding another version's src/, e.g.
// `mkdir -p .tmp/base && git archive <commit> src | tar -x -C .tmp/base`) the two versions run
// alternately in this process, base first in odd pairs: medians of each, and whether every
// hash is equal. Run: N=5000 RUNS=6 BASE=.tmp/base node --import tsx bench/stages.ts
import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Corpus } from './corpus.js';
import { analyzeArticles } from '../src/analyze/index.js';
import { extractArticle } from '../src/6-extract/index.js';
import type { Article } from '../src/core/types.js';

type Analyze = typeof analyzeArticles;
const N = Number(process.env.N ?? 5000);
const RUNS = Number(process.env.RUNS ?? 3);
const SEED = Number(process.env.SEED ?? 7);
const BASE = process.env.BASE;
const versions: Record<string, Analyze> = { current: analyzeArticles };
if (BASE) versions.base = ((await import(path.resolve(BASE, 'src/analyze/index.js'))) as { analyzeArticles: Analyze }).analyzeArticles;

const corpus = new Corpus(N, Math.max(1, Math.round(N / 200)), SEED);
const all = [...corpus.batches(0, N, 1000)].flat().map((a) => ({
  ...a, byline: null, language: 'en', agencies: [], contentHash: a.id, dateEstimated: false, source: a.id,
  url: null, modifiedAt: null, version: 1, versions: 1, ingestedAt: '2026-01-01T00:00:00Z',
})) as unknown as Article[];
const extracted = new Map(all.map((a) => [a.id, extractArticle(a.text, a.publishedAt)]));

/** Extractions as new objects for each run (new sentence arrays: the alignment keeps words per array). */
function freshCache() {
  const own = new Map<string, unknown>();
  const get = (a: { id: string }) => {
    if (!own.has(a.id)) {
      const x = extracted.get(a.id)!;
      own.set(a.id, { ...x, sentences: x.sentences.map((s) => ({ ...s })) });
    }
    return own.get(a.id);
  };
  return { get } as never;
}

const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
interface Run { total: number; stages: Record<string, number>; hashes: string }
function run(name: string, analyze: Analyze): Run {
  const stages: Record<string, number> = {};
  const articles = all.map((a) => ({ ...a }));
  const t = performance.now();
  const report = analyze(articles, { extractionCache: freshCache(), onStage: (s, ms) => (stages[s] = ms) });
  const total = performance.now() - t;
  const claims = hash([report.claims, report.omissions, report.figureTimelines]);
  const framing = hash([report.framing, report.articles.map((a) => [a.loadedWords, a.scareQuotes])]);
  const hashes = `claims ${claims} framing ${framing} all ${hash(report)}`;
  console.log(`${name}: total ${Math.round(total)} | ${Object.entries(stages).map(([s, ms]) => `${s} ${Math.round(ms)}`).join(', ')} | ${hashes}`);
  return { total, stages, hashes };
}

console.log(`analysis stages: ${N} generated articles (seed ${SEED}), Node ${process.version}; ms`);
const runs: Record<string, Run[]> = { current: [], base: [] };
for (let r = 0; r < RUNS; r++) {
  const order = BASE ? (r % 2 ? ['current', 'base'] : ['base', 'current']) : ['current'];
  for (const name of order) runs[name]!.push(run(name, versions[name]!));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const [name, rs] of Object.entries(runs)) {
  if (!rs.length) continue;
  const stage = (s: string) => Math.round(median(rs.map((r) => r.stages[s] ?? 0)));
  console.log(`${name}, median of ${rs.length}: total ${Math.round(median(rs.map((r) => r.total)))}, align ${stage('align')}, frame ${stage('frame')}`);
}
if (BASE) console.log(`every hash equal: ${new Set([...runs.current!, ...runs.base!].map((r) => r.hashes)).size === 1}`);
