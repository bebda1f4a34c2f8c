// npm run bench: ingest speed on generated articles. Each figure is printed next to a
// baseline measured in the same run (storing pre-cleaned drafts), as a ratio.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ingest, WRITE_CHUNK } from '../src/pipeline/ingest.js';
import { cleanItem } from '../src/2-clean/index.js';
import type { ArticleDraft } from '../src/core/types.js';
import { generateArticle, articleFile } from '../test/helpers/generate.js';

const N = Number(process.env.BENCH_ARTICLES ?? 3000);
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-'));

function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  return fn().then((value) => ({ ms: performance.now() - t0, value }));
}

async function main() {
  const articles = Array.from({ length: N }, (_, i) => generateArticle(i));
  const textDir = path.join(dir, 'text');
  mkdirSync(textDir);
  articles.forEach((a, i) => writeFileSync(path.join(textDir, `a${i}.txt`), articleFile(a)));
  const jsonl = path.join(dir, 'all.jsonl');
  writeFileSync(jsonl, articles.map((a) => JSON.stringify(a)).join('\n'));
  const html = path.join(dir, 'html');
  mkdirSync(html);
  articles.slice(0, Math.min(N, 1000)).forEach((a, i) =>
    writeFileSync(path.join(html, `p${i}.html`), `<!doctype html><html lang="en"><head><title>${a.title} | ${a.outlet}</title><meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.publishedAt}"><link rel="canonical" href="${a.url}"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${a.title}</h1>${a.text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2025 ${a.outlet}</footer></body></html>`),
  );

  // Baseline: store drafts that were cleaned beforehand (storage cost alone), WRITE_CHUNK to a
  // transaction as the ingest writes them.
  const drafts: ArticleDraft[] = [];
  for (const a of articles) {
    const c = cleanItem({ source: a.url, format: 'json', ...a, provenance: { outlet: 'input', publishedAt: 'input' } });
    if (c.ok) drafts.push(c.draft);
  }
  const baseStore = new SqliteStore(path.join(dir, 'base.db'));
  const base = await time(async () => {
    for (let i = 0; i < drafts.length; i += WRITE_CHUNK) await baseStore.putArticles(drafts.slice(i, i + WRITE_CHUNK));
  });
  await baseStore.close();
  const rate = (ms: number, n: number) => (n / ms) * 1000;
  const baseRate = rate(base.ms, drafts.length);

  const rows: Array<[string, number, number]> = [];
  for (const [name, input, n] of [
    ['text files (read+clean+store)', textDir, N],
    ['JSON Lines (read+clean+store)', jsonl, N],
    ['HTML pages (Readability+clean+store)', html, Math.min(N, 1000)],
  ] as const) {
    const store = new SqliteStore(path.join(dir, `${name.split(' ')[0]}.db`));
    const r = await time(() => ingest(store, [input]));
    if (r.value.summary.stored !== n) throw new Error(`${name}: stored ${r.value.summary.stored} of ${n}`);
    const again = await time(() => ingest(store, [input]));
    await store.close();
    rows.push([name, rate(r.ms, n), rate(again.ms, n)]);
  }
  console.log(`ingest benchmark: ${N} generated articles, Node ${process.version}`);
  console.log(`baseline (store pre-cleaned drafts): ${baseRate.toFixed(0)} articles/s`);
  console.log('| input | articles/s | ratio to baseline | re-ingest (all duplicates) articles/s |');
  console.log('|---|---|---|---|');
  for (const [name, r, again] of rows) console.log(`| ${name} | ${r.toFixed(0)} | ${(r / baseRate).toFixed(2)} | ${again.toFixed(0)} |`);
  console.log(`peak RSS: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
