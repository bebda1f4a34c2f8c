// The machine's ceiling for parallel processes, for bench/e2e.ts: one process of several run at
// once, each extracting the same 400 generated articles twice (pure CPU, this project's own code).
// Prints "ready" once warmed up, runs when a line arrives on stdin, then prints its milliseconds.
// node --import tsx bench/e2e-ceiling.ts
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { Corpus } from './corpus.js';
import { extractArticle } from '../src/6-extract/index.js';

const articles = [...new Corpus(400, 2).batches(0, 400, 400)][0]!;
// Warm-up long enough that the JIT's background compiling is over (after 50 articles a process
// still used 1.6 cores, its compiler threads beside it; after 1,200, one).
for (let r = 0; r < 3; r++) for (const a of articles) extractArticle(a.text, a.publishedAt);
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const _ of lines) {
  const t0 = performance.now();
  for (let r = 0; r < 2; r++) for (const a of articles) extractArticle(a.text, a.publishedAt);
  process.stdout.write(`${performance.now() - t0}\n`);
  break;
}
lines.close();
