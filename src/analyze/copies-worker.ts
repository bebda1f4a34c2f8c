// The copies thread (see copies-thread.ts): keeps the articles it was sent and a memo of its
// own between runs, so a growing store's unchanged articles are neither sent nor tokenised
// again, and a pair of unchanged articles is not aligned again. Asked for them, it first reads
// the articles' cluster features (sent back in chunks, packed) so that the analysis thread
// clusters without reading the texts.
import { parentPort } from 'node:worker_threads';
import type { AnalysisArticle } from '../core/analysis.js';
import { AnalysisMemo } from './memo.js';
import { findCopies, type Copies } from './copies.js';
import { findDuplicates } from '../3-dedupe/index.js';
import { extractFeatures } from '../5-cluster/features.js';
import { FeaturePacker, type PackedFeatures } from '../5-cluster/packed.js';

export interface CopiesRequest {
  id: number;
  /** Every article of the run, in order: by id, with the articles the thread lacks (or has an older version of) in `fresh`. */
  order: string[];
  fresh: AnalysisArticle[];
  /** False: duplicate groups only (derivations left empty). */
  derive: boolean;
  /** Articles (by id, all in `order`) whose cluster features to send first, in this order. */
  features: string[];
}
export type CopiesReply = { id: number; copies: Copies } | { id: number; error: string } | { id: number; features: PackedFeatures };

/** Articles per features message: the first chunk arrives early, and each costs one message. */
export const FEATURES_CHUNK = 500;

const port = parentPort!;
const held = new Map<string, AnalysisArticle>();
const memo = new AnalysisMemo();

function sendFeatures(m: CopiesRequest): void {
  const packer = new FeaturePacker();
  for (let i = 0; i < m.features.length; i += FEATURES_CHUNK) {
    const raws = m.features.slice(i, i + FEATURES_CHUNK).map((id) => {
      const a = held.get(id)!;
      return extractFeatures(a.title, a.text);
    });
    const features = packer.pack(raws);
    port.postMessage({ id: m.id, features } satisfies CopiesReply, [features.ends.buffer as ArrayBuffer, features.ids.buffer as ArrayBuffer, features.counts.buffer as ArrayBuffer]);
  }
}

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
    sendFeatures(m);
    const copies = m.derive ? findCopies(articles, memo) : { duplicates: findDuplicates(articles), derivations: [] };
    if (m.derive) memo.endRun();
    port.postMessage({ id: m.id, copies } satisfies CopiesReply);
  } catch (err) {
    port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies CopiesReply);
  }
});
