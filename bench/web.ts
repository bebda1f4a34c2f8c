// Page load of one large storyline in the web app (issue 6): N articles (env BENCH_N, default
// 1,000: paragraphs of the fixture corpus recombined, each with a varying sentence, 8 outlets) ingested into a
// fresh store; `parallax serve` in-process; Chromium opens /storylines/:id of the largest
// storyline and waits until the matrix, the figures chart and the copy graph are drawn.
// Baseline, in the same run: fetching the same comparison as JSON from the API (the data the
// page needs, without the browser). The first request of the server (the analysis of the whole
// store) is reported apart. Needs `npm run build` (dist/web) and /usr/bin/chromium.
// Run: node --import tsx bench/web.ts
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ingest } from '../src/pipeline/ingest.js';
import { startServer } from '../src/server/node.js';
import { DEFAULT_WEB_DIR } from '../src/server/web.js';

const N = Number(process.env.BENCH_N ?? 1000);
const RUNS = 5;
if (!existsSync(path.join(DEFAULT_WEB_DIR, 'storyline.html'))) throw new Error(`${DEFAULT_WEB_DIR} has no pages: run npm run build first`);
// The fixture corpus tells one invented storyline in several outlets. Each generated article
// takes five of its paragraphs (a fixed pseudo-random draw) plus a varying sentence, so the
// articles share the storyline's vocabulary the way real coverage of one story does.
const fixtures = path.join(import.meta.dirname, '../test/fixtures/corpus');
const paragraphs = [
  ...readdirSync(path.join(fixtures, 'text')).flatMap((f) => readFileSync(path.join(fixtures, 'text', f), 'utf8').split(/\n\s*\n/)),
  ...readdirSync(path.join(fixtures, 'html')).flatMap((f) => [...readFileSync(path.join(fixtures, 'html', f), 'utf8').matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))),
].map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.split(' ').length >= 12);
let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const OUTLETS = ['Wire One', 'The Daily North', 'South Courier', 'Evening Post', 'Capital Times', 'Harbour News', 'Valley Voice', 'Morning Star'];
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-web-'));
const jsonl = path.join(dir, 'articles.jsonl');
writeFileSync(
  jsonl,
  Array.from({ length: N }, (_, i) =>
    JSON.stringify({
      title: `Report ${i} on the Ashfell talks`,
      outlet: OUTLETS[i % OUTLETS.length],
      publishedAt: new Date(Date.UTC(2025, 2, 1 + Math.floor(i / (N / 5)) * 12, i % 24)).toISOString(),
      text: [...Array.from({ length: 5 }, () => paragraphs[Math.floor(rand() * paragraphs.length)]!), `Officials said ${i + 3} people were moved on Friday, according to Dana Orlov of the ${OUTLETS[(i + 3) % OUTLETS.length]}.`].join('\n\n'),
    }),
  ).join('\n'),
);
const db = path.join(dir, 'bench.db');
const store = new SqliteStore(db);
await ingest(store, [jsonl]);
await store.close();

const server = await startServer({ db, port: 0 });
const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
try {
  const [list, firstMs] = await time(async () => (await fetch(`${server.url}/api/v1/storylines?limit=200`)).json() as Promise<{ items: Array<{ id: string; articles: number; outlets: number }> }>);
  const largest = [...list.items].sort((a, b) => b.articles - a.articles)[0]!;
  const api: number[] = [];
  let bytes = 0;
  for (let r = 0; r < RUNS; r++) api.push((await time(async () => (bytes = (await (await fetch(`${server.url}/api/v1/storylines/${largest.id}`)).arrayBuffer()).byteLength)))[1]);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.push(
      (
        await time(async () => {
          await tab.goto(`${server.url}/storylines/${largest.id}`);
          await tab.waitForSelector('#matrix table tbody tr', { timeout: 60_000 });
          await tab.waitForSelector('#derivations canvas, #derivations .empty, #derivations p', { timeout: 60_000 });
        })
      )[1],
    );
    await tab.close();
  }
  await browser.close();
  // Ten more articles through the API: the next request analyses again, extracting only them.
  const more = Array.from({ length: 10 }, (_, k) => ({ name: `more-${k}.txt`, content: [...Array.from({ length: 5 }, () => paragraphs[Math.floor(rand() * paragraphs.length)]!), `Officials said ${N + k} people were moved on Saturday.`].join('\n\n') }));
  const posted = (await (await fetch(`${server.url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: more }) })).json()) as { job: { id: string } };
  for (let st = ''; st !== 'done' && st !== 'failed'; ) st = ((await (await fetch(`${server.url}/api/v1/jobs/${posted.job.id}`)).json()) as { status: string }).status;
  const [, againMs] = await time(async () => (await fetch(`${server.url}/api/v1/storylines?limit=200`)).json());
  console.log(`web page benchmark: ${N} articles stored, the largest storyline has ${largest.articles} articles from ${largest.outlets} outlets; Node ${process.version}, median of ${RUNS}`);
  console.log('| step | ms | ratio to the JSON fetch |');
  console.log('|---|---|---|');
  console.log(`| first request: analysis of the whole store (${N} articles) | ${Math.round(firstMs)} | ${(firstMs / median(api)).toFixed(1)} |`);
  console.log(`| JSON of the storyline comparison (baseline, ${Math.round(bytes / 1024)} KB) | ${Math.round(median(api))} | 1.0 |`);
  console.log(`| storyline page: load until matrix and copy graph are drawn | ${Math.round(median(page))} | ${(median(page) / median(api)).toFixed(1)} |`);
  console.log(`| after 10 more articles: analysis of the whole store again (extractions kept) | ${Math.round(againMs)} | ${(againMs / median(api)).toFixed(1)} |`);
} finally {
  await server.close();
}
