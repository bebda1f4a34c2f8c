// Extraction speed (names, quotes, figures, dates) on the project's own fixture articles,
// two per text, cycled to N texts (env BENCH_N, default 2,000) with a varying sentence appended so no two are
// identical. Baseline in the same run: the tokenizer alone (sentences + tokens) on the same
// texts; wink-nlp's readDoc is printed beside it for scale. Run: node --import tsx bench/extract.ts
// The same code compiled by `npm run build` (dist/, what the CLI and server run) is measured too
// when dist/ is newer than src/6-extract: tsx, which runs the TypeScript here and in the tests,
// wraps every function it creates to keep its name, a cost the compiled code does not have.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences } from '../src/6-extract/text/sentences.js';
import { tokenize } from '../src/6-extract/text/tokens.js';
import { extractArticle } from '../src/6-extract/index.js';

const N = Number(process.env.BENCH_N ?? 2_000);
const dir = path.join(import.meta.dirname, '../test/fixtures/corpus/text');
const bases = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
// Two fixture articles per text (about 570 words, a long news article), plus a varying sentence.
const texts = Array.from({ length: N }, (_, i) => `${bases[i % bases.length]}\n\n${bases[(i + 1) % bases.length]}\n\nOfficials said ${i + 3} people were moved on Friday, according to Dana Orlov.`);
const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / N;

function rate(label: string, fn: (t: string) => unknown): number {
  for (const t of texts.slice(0, 50)) fn(t); // warm up
  const t0 = performance.now();
  for (const t of texts) fn(t);
  const perSec = N / ((performance.now() - t0) / 1000);
  console.log(`${label.padEnd(44)} ${Math.round(perSec).toLocaleString('en')} articles/s`);
  return perSec;
}

console.log(`${N} articles, ${Math.round(words)} words on average`);
const base = rate('baseline: sentences + tokens', (t) => splitSentences(t).map((s) => tokenize(t, s)));
const nlp = winkNLP(model);
const wink = rate('for scale: wink-nlp readDoc + POS', (t) => nlp.readDoc(t).tokens().out(nlp.its.pos));
const full = rate('extraction (names, quotes, figures, dates)', (t) => extractArticle(t, '2026-03-20T10:00:00Z'));
console.log(`\nratio extraction / tokenizer: ${(full / base).toFixed(2)}; wink-nlp / tokenizer: ${(wink / base).toFixed(2)}`);

/** Newest modification time of any file under dir, in ms. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const dist = path.join(import.meta.dirname, '../dist/6-extract');
if (!existsSync(path.join(dist, 'index.js')) || newest(dist) < newest(path.join(import.meta.dirname, '../src/6-extract'))) {
  console.log('\ncompiled code: dist/6-extract is missing or older than src/6-extract; run `npm run build` to measure it');
} else {
  const compiled = await import(path.join(dist, 'index.js')) as typeof import('../src/6-extract/index.js');
  const text = await import(path.join(dist, 'text/sentences.js')) as typeof import('../src/6-extract/text/sentences.js');
  const tokens = await import(path.join(dist, 'text/tokens.js')) as typeof import('../src/6-extract/text/tokens.js');
  console.log('\ncompiled (dist/, as `parallax` runs it):');
  const cBase = rate('baseline: sentences + tokens', (t) => text.splitSentences(t).map((s) => tokens.tokenize(t, s)));
  const cFull = rate('extraction (names, quotes, figures, dates)', (t) => compiled.extractArticle(t, '2026-03-20T10:00:00Z'));
  console.log(`\nratio extraction / tokenizer, compiled: ${(cFull / cBase).toFixed(2)}; compiled extraction / tsx extraction: ${(cFull / full).toFixed(2)}`);
}
