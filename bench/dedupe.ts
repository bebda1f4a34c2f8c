// Dedupe + derivation speed on generated articles: N articles (env BENCH_N, default 10,000), of
// which 20% are reprints (new headline, trimmed ending) or rewrites (a third of a story's
// sentences amid new ones) of others. Prints articles/s next to a baseline measured in the same
// run (tokenising the same corpus), and how many planted reuses were found.
// Run: node --import tsx bench/dedupe.ts
import { performance } from 'node:perf_hooks';
import type { AnalysisArticle } from '../src/core/analysis.js';
import { findDuplicates, tokenize } from '../src/3-dedupe/index.js';
import { findDerivations } from '../src/4-derive/index.js';

const N = Number(process.env.BENCH_N ?? 10_000);
const SYL = ['ka', 'lo', 'min', 'ter', 'va', 'su', 'rel', 'do', 'pan', 'ish', 'or', 'ben', 'tu', 'gar', 'ne', 'fol', 'ast', 'quir'];
const VOCAB = Array.from({ length: 6000 }, (_, i) => SYL[i % 18]! + SYL[Math.floor(i / 18) % 18]! + (i >= 324 ? SYL[Math.floor(i / 324) % 18]! : ''));
const STOCK = 'The situation remains fluid, officials said.';

let seed = 12345;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
// Zipf-like word choice: common words recur, as in real prose.
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 3)]!;
const sentence = () => {
  const s = Array.from({ length: 12 + Math.floor(rand() * 14) }, word).join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + (rand() < 0.2 ? `, "${word()} ${word()} ${word()}," ${word()} said.` : '.');
};
const story = (n: number) => Array.from({ length: n }, () => (rand() < 0.05 ? STOCK : sentence()));

function corpus(): { articles: AnalysisArticle[]; planted: Map<string, string> } {
  const originals: { id: string; sentences: string[] }[] = [];
  const articles: AnalysisArticle[] = [];
  const planted = new Map<string, string>();
  const make = (id: string, sentences: string[], hour: number): AnalysisArticle => ({
    id, title: `Title ${id}`, text: sentences.join(' '), outlet: `Outlet ${id.length % 7}`, byline: null,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + hour * 3_600_000).toISOString(), language: 'en', agencies: [], contentHash: id,
  });
  for (let i = 0; i < N; i++) {
    const id = `a${String(i).padStart(6, '0')}`;
    if (i < 10 || rand() >= 0.2) {
      originals.push({ id, sentences: story(12 + Math.floor(rand() * 10)) });
      articles.push(make(id, originals[originals.length - 1]!.sentences, i));
      planted.set(id, '');
      continue;
    }
    const { id: srcId, sentences: src } = originals[Math.floor(rand() * originals.length)]!;
    const text = rand() < 0.5 ? src.slice(0, src.length - 2) : [...story(4), ...src.filter(() => rand() < 0.35), ...story(6)];
    articles.push(make(id, text, i));
    planted.set(id, srcId);
  }
  return { articles, planted };
}

function main() {
  const { articles, planted } = corpus();
  const fresh = () => articles.map((a) => ({ ...a })); // new objects: no cached features
  const words = articles.reduce((n, a) => n + a.text.split(' ').length, 0);

  const base = fresh();
  let t0 = performance.now();
  let tokens = 0;
  for (const a of base) tokens += tokenize(a.text).length;
  const baseMs = performance.now() - t0;

  const run = fresh();
  t0 = performance.now();
  const groups = findDuplicates(run);
  const dupMs = performance.now() - t0;
  t0 = performance.now();
  const derivations = findDerivations(run);
  const derMs = performance.now() - t0;

  const found = derivations.filter((d) => planted.get(d.articleId) === d.sourceArticleId).length;
  const wanted = [...planted.values()].filter(Boolean).length;
  const rate = (ms: number) => Math.round((N / ms) * 1000);
  console.log(`articles: ${N} (${Math.round(words / N)} words each), planted reuses: ${wanted}`);
  console.log(`baseline tokenize:            ${rate(baseMs)} articles/s (${baseMs.toFixed(0)} ms, ${tokens} tokens)`);
  console.log(`findDuplicates:               ${rate(dupMs)} articles/s (${dupMs.toFixed(0)} ms), ${groups.length} groups, ratio to baseline ${(baseMs / dupMs).toFixed(3)}`);
  console.log(`findDerivations:              ${rate(derMs)} articles/s (${derMs.toFixed(0)} ms), ${derivations.length} derivations, ratio ${(baseMs / derMs).toFixed(3)}`);
  console.log(`findDuplicates+findDerivations ${rate(dupMs + derMs)} articles/s, ratio to baseline ${(baseMs / (dupMs + derMs)).toFixed(3)}`);
  console.log(`planted reuses found with the right source: ${found}/${wanted}; other derivations: ${derivations.length - found}`);
  console.log(`heap used: ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`);
}

main();
