// One thread of the storyline pool (storyline-pool.ts): makes the reports of the storylines
// given to it, keeping each storyline's memo (derivations of pairs, claims of unchanged events)
// and the extractions it was handed, so that a storyline analysed again after it grew costs
// mostly its new articles. Extractions it lacks are asked of the main thread, which keeps them.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/types.js';
import type { ClusteredStoryline } from '../5-cluster/index.js';
import type { Report } from '../report/schema.js';
import type { ArticleExtraction } from '../6-extract/index.js';
import { analyzeClustered } from './index.js';
import { ExtractionCache } from './extraction.js';
import { AnalysisMemo } from './memo.js';
import { OutletRegistry } from '../outlets/registry.js';

export type ToStorylineWorker =
  | { type: 'analyse'; id: number; key: number; storyline: ClusteredStoryline; articles: Article[] }
  | { type: 'extractions'; id: number; extractions: ArticleExtraction[] }
  | { type: 'forget'; key: number };
export type FromStorylineWorker =
  | { type: 'need'; id: number; ids: string[] }
  | { type: 'done'; id: number; report: Report; stages: Array<[string, number]> }
  | { type: 'error'; id: number; message: string };

const port = parentPort!;
const { outlets, keep, cacheSize } = workerData as { outlets: unknown; keep: number; cacheSize: number };
const registry = outlets ? OutletRegistry.parse(outlets) : undefined;
const cache = new ExtractionCache(cacheSize);
/** Each storyline's memo, least recently used first. */
const memos = new Map<number, AnalysisMemo>();
const waiting = new Map<number, Extract<ToStorylineWorker, { type: 'analyse' }> & { missing: Article[] }>();
const send = (m: FromStorylineWorker) => port.postMessage(m);

port.on('message', (m: ToStorylineWorker) => {
  if (m.type === 'forget') return void memos.delete(m.key);
  if (m.type === 'analyse') {
    const missing = m.articles.filter((a) => !cache.has(a));
    if (!missing.length) return run(m);
    waiting.set(m.id, { ...m, missing });
    return send({ type: 'need', id: m.id, ids: missing.map((a) => a.id) });
  }
  const job = waiting.get(m.id)!;
  waiting.delete(m.id);
  job.missing.forEach((a, i) => cache.put(a, m.extractions[i]!));
  run(job);
});

function run(job: { id: number; key: number; storyline: ClusteredStoryline; articles: Article[] }): void {
  try {
    const memo = memos.get(job.key) ?? new AnalysisMemo();
    memos.delete(job.key);
    memos.set(job.key, memo);
    for (const key of memos.keys()) {
      if (memos.size <= keep) break;
      memos.delete(key);
    }
    const stages: Array<[string, number]> = [];
    const report = analyzeClustered(job.articles, [job.storyline], { memo, extractionCache: cache, outlets: registry, onStage: (s, ms) => stages.push([s, ms]) });
    send({ type: 'done', id: job.id, report, stages });
  } catch (err) {
    send({ type: 'error', id: job.id, message: err instanceof Error ? err.message : String(err) });
  }
}
