// Test helper: the project's invented fixture corpus as AnalysisArticles, read crudely (tags
// stripped, no cleaning) so these tests do not depend on the ingest stages. Feeds are left out.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AnalysisArticle } from '../../src/core/analysis.js';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/corpus');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

export function article(id: string, text: string, meta: Partial<AnalysisArticle> = {}): AnalysisArticle {
  const hash = createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
  return { id, title: null, text, outlet: null, byline: null, publishedAt: null, language: 'en', agencies: [], contentHash: hash, ...meta };
}

/** Body paragraphs: <p> elements without a class, minus cookie, newsletter and footer blurbs. */
export function htmlText(html: string): string {
  const paras = [...html.matchAll(/<p>([\s\S]*?)<\/p>/gi)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim());
  return paras.filter((p) => p && !/cookie|newsletter|sign up|©|copyright|you've read/i.test(p)).join('\n\n');
}

const meta = (html: string, prop: string) => html.match(new RegExp(`property="${prop}" content="([^"]+)"`))?.[1] ?? null;

interface JsonItem {
  title: string;
  text?: string;
  html?: string;
  outlet?: string;
  byline?: string;
  publishedAt?: string;
}

/** Metadata the cleaning stage is expected to produce (test/fixtures/expected.json), when known. */
type Golden = Partial<Pick<AnalysisArticle, 'outlet' | 'byline' | 'publishedAt' | 'agencies'>>;
const GOLDEN = JSON.parse(read('../expected.json')) as Record<string, Golden>;

function withGolden(a: AnalysisArticle): AnalysisArticle {
  const g = GOLDEN[a.id] ?? {};
  const pick = <K extends keyof Golden>(k: K) => (k in g ? g[k] : a[k]) as AnalysisArticle[K];
  return { ...a, outlet: pick('outlet'), byline: pick('byline'), publishedAt: pick('publishedAt'), agencies: pick('agencies') ?? [] };
}

/** Text read crudely; outlet, byline, date and agencies as the golden file expects them. */
export function loadCorpus(): AnalysisArticle[] {
  return loadRaw().map(withGolden);
}

function loadRaw(): AnalysisArticle[] {
  const out: AnalysisArticle[] = [];
  read('jsonl/wire.jsonl').split('\n').filter(Boolean).forEach((line, i) => {
    const d = JSON.parse(line) as JsonItem;
    out.push(article(`jsonl/wire.jsonl:${i + 1}`, d.text ?? htmlText(d.html ?? ''), { title: d.title, outlet: d.outlet ?? null, byline: d.byline ?? null, publishedAt: d.publishedAt ?? null }));
  });
  (JSON.parse(read('jsonl/articles.json')) as JsonItem[]).forEach((d, i) => {
    out.push(article(`jsonl/articles.json#${i + 1}`, d.text ?? htmlText(d.html ?? ''), { title: d.title, outlet: d.outlet ?? null, publishedAt: d.publishedAt ?? null }));
  });
  for (const f of readdirSync(path.join(ROOT, 'html')).sort()) {
    const html = read(`html/${f}`);
    const outlet = meta(html, 'og:site_name') ?? (f.startsWith('northgate') ? 'Northgate Daily Ledger' : f.startsWith('kaldera') ? 'Kaldera Tribune' : null);
    const date = meta(html, 'article:published_time') ?? html.match(/"datePublished": "([^"]+)"/)?.[1] ?? null;
    out.push(article(`html/${f}`, htmlText(html), { outlet, publishedAt: date ? new Date(date).toISOString() : null }));
  }
  for (const dir of ['text', 'rtl']) {
    for (const f of readdirSync(path.join(ROOT, dir)).sort()) out.push(article(`${dir}/${f}`, read(`${dir}/${f}`)));
  }
  return out;
}
