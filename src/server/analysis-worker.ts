// The analysis thread (see analysis-thread.ts): keeps its extraction cache and per-storyline
// memo between analyses; asks the main thread for kept extractions it lacks and hands back
// the ones it had to make, so that the store stays the main thread's alone.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/types.js';
import type { DerivedRow } from '../store/types.js';
import { analyzeArticlesAsync } from '../analyze/index.js';
import type { Report } from '../report/schema.js';
import { CopiesThread } from '../analyze/copies-thread.js';
import { ExtractionCache } from '../analyze/extraction.js';
import { AnalysisMemo } from '../analyze/memo.js';
import { extractionFor } from '../analyze/stored-extractions.js';
import { OutletRegistry } from '../outlets/registry.js';
import { matchClaimsByMeaning } from '../analyze/meaning.js';
import type { MeaningOptions } from '../7-align/meaning.js';
import type { SentenceEmbedder, SharedEmbedder } from '../models/embedder.js';
import { embedderFromShared } from '../models/load.js';

export type ToWorker =
  | { type: 'model'; model: SharedEmbedder; options: MeaningOptions }
  | { type: 'analyze'; id: number; articles: Article[]; outlets: unknown }
  | { type: 'rows'; id: number; rows: DerivedRow[] };
export type FromWorker =
  | { type: 'need'; id: number; ids: string[] }
  | { type: 'done'; id: number; report: Report; made: DerivedRow[]; meaning: { joined: number; skippedScopes: number } | null }
  | { type: 'error'; id: number; message: string };

const port = parentPort!;
let cache = new ExtractionCache();
const memo = new AnalysisMemo();
// Copies are found on a thread of this thread's own while it clusters and extracts.
const copies = new CopiesThread();
const pending = new Map<number, { articles: Article[]; outlets: unknown; missing: Article[] }>();
const send = (m: FromWorker) => port.postMessage(m);
// The optional model (`serve --vectors`), shared by the main thread: the claims of each report are
// joined by meaning here, so that the pass holds up no request.
let meaning: { embedder: SentenceEmbedder; options: MeaningOptions } | null = null;
let modelError: string | null = null;

// One message at a time: an analysis waits for its copies, and the memo serves one run at once.
let queue = Promise.resolve();
port.on('message', (m: ToWorker) => void (queue = queue.then(() => handle(m))));

async function handle(m: ToWorker): Promise<void> {
  try {
    if (m.type === 'model') {
      meaning = { embedder: embedderFromShared(m.model), options: m.options };
      return;
    }
    if (m.type === 'analyze') {
      if (modelError) throw new Error(modelError);
      if (cache.max < m.articles.length) cache = new ExtractionCache(m.articles.length);
      const missing = m.articles.filter((a) => !cache.has(a));
      pending.set(m.id, { articles: m.articles, outlets: m.outlets, missing });
      send({ type: 'need', id: m.id, ids: missing.map((a) => a.id) });
      return;
    }
    const job = pending.get(m.id)!;
    pending.delete(m.id);
    const rows = new Map(m.rows.map((r) => [r.id, r]));
    const made: DerivedRow[] = [];
    for (const a of job.missing) {
      const x = extractionFor(a, rows.get(a.id));
      if (x.made) made.push(x.made);
      cache.put(a, x.extraction);
    }
    const outlets = job.outlets ? OutletRegistry.parse(job.outlets) : undefined;
    const report = await analyzeArticlesAsync(job.articles, {
      outlets, extractionCache: cache, memo, copies,
      onCopiesThreadError: (e) => console.error(`[parallax serve] ${e.message}; copies found on the analysis thread instead`),
    });
    if (!meaning) return send({ type: 'done', id: m.id, report, made, meaning: null });
    const joined = await matchClaimsByMeaning(report, meaning.embedder, meaning.options);
    send({ type: 'done', id: m.id, report: joined.report, made, meaning: { joined: joined.joined, skippedScopes: joined.skippedScopes } });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // A model that cannot be made here fails every analysis, rather than serve reports without it.
    if (m.type === 'model') modelError = `the model could not be used on the analysis thread: ${message}`;
    else {
      pending.delete(m.id);
      send({ type: 'error', id: m.id, message });
    }
  }
}
