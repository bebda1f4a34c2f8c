// The copies thread (see copies-thread.ts): keeps the articles it was sent and a memo of its
// own between runs, so a growing store's unchanged articles are neither sent nor tokenised
// again, and a pair of unchanged articles is not aligned again. Asked for them, it first reads
// the articles' cluster features (sent back in chunks, packed) so that the analysis thread
// clusters without reading the texts. Later in a run it frames storylines (8-frame) while the
// analysis thread aligns their claims, then aligns storylines too, taking them from a counter
// shared with the analysis thread (align-shared.ts).
import { parentPort } from 'node:worker_threads';
import type { AnalysisArticle } from '../core/analysis.js';
import { AnalysisMemo } from './memo.js';
import { findCopies, type Copies } from './copies.js';
import { findDuplicates } from '../3-dedupe/index.js';
import { extractFeatures } from '../5-cluster/features.js';
import { FeaturePacker, type PackedFeatures } from '../5-cluster/packed.js';
import { frameArticles, type FramingResult } from '../8-frame/index.js';
import type { Span } from '../6-extract/text/sentences.js';
import type { Figure } from '../6-extract/figures/types.js';
import { alignStoryline, type AlignArticle, type StorylineAlignment, type StorylineRef } from '../7-align/index.js';
import { WordIds } from '../7-align/sentence-vectors.js';
import type { AlignOptions } from '../7-align/sentence-claims.js';

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
/** Storylines to frame, of articles the thread holds; their sentences packed (spans: start, end pairs; ends: where each article's pairs end). */
export interface FrameRequest {
  id: number;
  frame: Array<{ id: string; articleIds: string[] }>;
  sentences: PackedSentences;
}
/** Each article's sentences packed: spans holds start, end pairs; ends[i] is where article i's pairs end. */
export interface PackedSentences {
  ids: string[];
  ends: Int32Array;
  spans: Int32Array;
}
/**
 * Storylines to align, of articles the thread holds, taken in turn from `next` (shared with the
 * analysis thread: Atomics.add gives each index to one side). Per article (in `sentences.ids`
 * order): its voice, version key, figures and dates.
 */
export interface AlignRequest {
  id: number;
  align: StorylineRef[];
  next: Int32Array;
  opts: AlignOptions;
  sentences: PackedSentences;
  voices: string[];
  versions: string[];
  figures: Figure[][];
  dates: Array<NonNullable<AlignArticle['dates']>>;
}
export type CopiesReply =
  | { id: number; copies: Copies }
  | { id: number; error: string }
  | { id: number; features: PackedFeatures }
  | { id: number; framing: FramingResult[] }
  | { id: number; aligned: Array<[number, StorylineAlignment]> };

/** Articles per features message: the first chunk arrives early, and each costs one message. */
export const FEATURES_CHUNK = 500;

const port = parentPort!;
const held = new Map<string, AnalysisArticle>();
const memo = new AnalysisMemo();
/**
 * The sentence list given for each held article, reused while the article is: framing keeps
 * what it read of an article by its sentence list, so a storyline framed again reads only its
 * new articles.
 */
const sentencesOf = new WeakMap<AnalysisArticle, Span[]>();
/** Alignments of events kept between runs (alignStoryline's per-event memo). */
const alignMemo = new AnalysisMemo();

/** The held articles of a request, their sentence lists updated from the packed ones. */
function unpack({ ids, ends, spans }: PackedSentences): AnalysisArticle[] {
  return ids.map((id, i) => {
    const a = held.get(id);
    if (!a) throw new Error(`article ${id} was never sent to the copies thread`);
    const from = i ? ends[i - 1]! : 0;
    const had = sentencesOf.get(a);
    if (had && had.length === (ends[i]! - from) / 2 && had.every((x, k) => x.start === spans[from + 2 * k] && x.end === spans[from + 2 * k + 1])) return a;
    const list: Span[] = [];
    for (let k = from; k < ends[i]!; k += 2) list.push({ start: spans[k]!, end: spans[k + 1]! });
    sentencesOf.set(a, list);
    return a;
  });
}

function frame(m: FrameRequest): FramingResult[] {
  unpack(m.sentences);
  return m.frame.map((s) => frameArticles(s.articleIds.map((id) => {
    const a = held.get(id)!;
    return { id, text: a.text, outlet: a.outlet, sentences: sentencesOf.get(a) };
  })));
}

/** The storylines this thread takes from the shared counter, aligned as the analysis thread would. */
function align(m: AlignRequest): Array<[number, StorylineAlignment]> {
  const byId = new Map<string, AlignArticle>();
  unpack(m.sentences).forEach((a, i) => {
    const { id, outlet, text, publishedAt, dateEstimated, updates } = a;
    byId.set(id, { id, outlet, text, publishedAt, dateEstimated, updates, sentences: sentencesOf.get(a)!, figures: m.figures[i]!, dates: m.dates[i]! });
  });
  const voice = new Map(m.sentences.ids.map((id, i) => [id, m.voices[i]!]));
  const version = new Map(m.sentences.ids.map((id, i) => [id, m.versions[i]!]));
  const wordIds = new WordIds();
  const out: Array<[number, StorylineAlignment]> = [];
  for (let i = Atomics.add(m.next, 0, 1); i < m.align.length; i = Atomics.add(m.next, 0, 1)) {
    out.push([i, alignStoryline(m.align[i]!, byId, voice, m.opts, wordIds, alignMemo, (id) => version.get(id)!)]);
  }
  alignMemo.endRun();
  return out;
}

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

port.on('message', (m: CopiesRequest | FrameRequest | AlignRequest) => {
  try {
    if ('align' in m) {
      port.postMessage({ id: m.id, aligned: align(m) } satisfies CopiesReply);
      return;
    }
    if ('frame' in m) {
      port.postMessage({ id: m.id, framing: frame(m) } satisfies CopiesReply);
      return;
    }
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
