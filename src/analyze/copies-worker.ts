// The copies thread (see copies-thread.ts): keeps the articles it was sent and a memo of its
// own between runs, so a growing store's unchanged articles are neither sent nor tokenised
// again, and a pair of unchanged articles is not aligned again.
import { parentPort } from 'node:worker_threads';
import type { AnalysisArticle } from '../core/analysis.js';
import { AnalysisMemo } from './memo.js';
import { findCopies, type Copies } from './copies.js';
import { findDuplicates } from '../3-dedupe/index.js';

export interface CopiesRequest {
  id: number;
  /** Every article of the run, in order: by id, with the articles the thread lacks (or has an older version of) in `fresh`. */
  order: string[];
  fresh: AnalysisArticle[];
  /** False: duplicate groups only (derivations left empty). */
  derive: boolean;
}
export type CopiesReply = { id: number; copies: Copies } | { id: number; error: string };

const port = parentPort!;
const held = new Map<string, AnalysisArticle>();
const memo = new AnalysisMemo();

port.on('message', (m: CopiesRequest) => {
  try {
    for (const a of m.fresh) held.set(a.id, a);
    const articles = m.order.map((id) => {
      const a = held.get(id);
      if (!a) throw new Error(`article ${id} was never sent to the copies thread`);
      return a;
    });
    // Articles no longer in the store are forgotten.
    if (held.size > articles.length) {
      const keep = new Set(m.order);
      for (const id of held.keys()) if (!keep.has(id)) held.delete(id);
    }
    const copies = m.derive ? findCopies(articles, memo) : { duplicates: findDuplicates(articles), derivations: [] };
    if (m.derive) memo.endRun();
    port.postMessage({ id: m.id, copies } satisfies CopiesReply);
  } catch (err) {
    port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies CopiesReply);
  }
});
