// Extraction speed (names, quotes, figures, dates) on the project's own fixture articles,
// two per text, cycled to N texts (env BENCH_N, default 2,000) with a varying sentence appended so no two are
// identical. Baseline in the same run: the tokenizer alone (sentences + tokens) on the same
// texts; wink-nlp's readDoc is printed beside it for scale. Run: node --import tsx bench/extract.ts
import { readFileSync, readdirSync } from 'node:fs';
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
