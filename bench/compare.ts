// Comparing one large storyline (issue 5: a 1,000-article storyline in ≤ 5 s on this machine):
// extraction, claim alignment (per event and over the storyline) and framing, on the project's
// fixture articles cycled to N texts (env BENCH_N, default 1,000), each with a varying
// sentence, in 5 events. Baseline: the tokenizer alone on the same texts, in the same run.
// Run: node --import tsx bench/compare.ts
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/6-extract/index.js';
import { splitSentences } from '../src/6-extract/text/sentences.js';
import { tokenize } from '../src/6-extract/text/tokens.js';
import { alignClaims } from '../src/7-align/index.js';
import { frameArticles } from '../src/8-frame/index.js';
import { matchClaimsByMeaning } from '../src/analyze/meaning.js';
import { WordVectorEmbedder } from '../src/models/word-vectors/embedder.js';
import type { Report } from '../src/report/schema.js';
import { rng } from './corpus.js';

const N = Number(process.env.BENCH_N ?? 1000);
const dir = path.join(import.meta.dirname, '../test/fixtures/corpus/text');
const bases = readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
const OUTLETS = ['Wire One', 'The Daily North', 'South Courier', 'Evening Post', 'Capital Times', 'Harbour News', 'Valley Voice', 'Morning Star'];
const articles = Array.from({ length: N }, (_, i) => ({
  id: `a${i}`,
  outlet: OUTLETS[i % OUTLETS.length]!,
  publishedAt: new Date(Date.UTC(2025, 2, 1 + Math.floor(i / (N / 5)) * 12, i % 24)).toISOString(),
  text: `${bases[i % bases.length]}\n\nOfficials said ${i + 3} people were moved on Friday, according to Dana Orlov of the ${OUTLETS[(i + 3) % OUTLETS.length]}.`,
}));
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / N;

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
};

const [, base] = time(() => articles.forEach((a) => tokenize(a.text) && splitSentences(a.text)));
const [extracted, extractMs] = time(() => articles.map((a) => extractArticle(a.text, a.publishedAt)));
const events = Array.from({ length: 5 }, (_, e) => ({ id: `e${e}`, articleIds: articles.filter((_, i) => Math.floor(i / (N / 5)) === e).map((a) => a.id) }));
const input = articles.map((a, i) => ({ ...a, sentences: extracted[i]!.sentences, figures: extracted[i]!.figures }));
const [aligned, alignMs] = time(() => alignClaims(input, [{ id: 's0', events }], []));
const [framed, frameMs] = time(() => frameArticles(articles));
const total = extractMs + alignMs + frameMs;
// The optional model (--vectors): random 300-dimension vectors for every word of the texts, most
// frequent first, as a GloVe file would give them; its cost is the same whatever the vectors say.
const counts = new Map<string, number>();
for (const a of articles) for (const w of a.text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
const vocabulary = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
const random = rng(1);
const values = Float32Array.from({ length: vocabulary.length * 300 }, () => random() - 0.5);
const embedder = new WordVectorEmbedder({ dimensions: 300, rows: new Map(vocabulary.map((w, i) => [w, i])), values }, 'vectors:generated');
const report = { articles, storylines: [{ id: 's0', events }], derivations: [], claims: aligned.claims, omissions: aligned.omissions } as unknown as Report;
const t0 = performance.now();
const meaning = await matchClaimsByMeaning(report, embedder);
const meaningMs = performance.now() - t0;

console.log(`compare benchmark: one storyline of ${N} articles (${Math.round(words)} words on average) in 5 events, Node ${process.version}`);
console.log('| step | ms | ratio to tokenizer |');
console.log('|---|---|---|');
const row = (name: string, ms: number) => console.log(`| ${name} | ${Math.round(ms)} | ${(ms / base).toFixed(1)} |`);
row('tokenizer alone (baseline)', base);
row('extraction (names, quotes, figures, dates)', extractMs);
row(`claim alignment (${aligned.claims.length} claims, ${aligned.omissions.length} omission lists)`, alignMs);
row(`framing (${framed.framing.length} referent rows)`, frameMs);
row('total compare', total);
row(`optional: claims joined by meaning (generated 300-dimension vectors; ${meaning.joined} joined, ${meaning.skippedScopes} scope(s) over the limit)`, meaningMs);
console.log(`\ntarget ≤ 5,000 ms for 1,000 articles: ${N === 1000 ? (total <= 5000 ? 'met' : 'not met') : 'run with BENCH_N=1000'}`);
