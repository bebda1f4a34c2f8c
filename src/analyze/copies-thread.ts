// Copies found on a thread of their own while the analysis clusters and extracts on its own:
// the two are independent, and this machine has two cores. The thread keeps what it was sent,
// so each run sends only new and changed articles. A thread that fails or stops is reported by
// find()'s rejection and started again on the next call; the caller then finds the copies in
// process (analyzeArticlesAsync does). Asked with `features`, the thread first reads the
// articles' cluster features, primed here as they arrive (features()), so that clustering on
// this thread skips reading the texts: about a quarter of its work moves to the other core.
// Then frame() frames storylines there while the analysis thread aligns their claims, and
// align() has it align storylines too, taken from a counter the two threads share.
import type { Worker } from 'node:worker_threads';
import type { AnalysisArticle } from '../core/analysis.js';
import { startModuleWorker } from '../core/worker.js';
import { hasFeatures, primeFeatures } from '../5-cluster/index.js';
import { FeatureUnpacker, type PackedFeatures } from '../5-cluster/packed.js';
import type { Copies } from './copies.js';
import type { AlignRequest, CopiesReply, CopiesRequest, FrameRequest, PackedSentences } from './copies-worker.js';
import type { FramingResult } from '../8-frame/index.js';
import type { Span } from '../6-extract/text/sentences.js';
import type { AlignArticle, StorylineAlignment, StorylineRef } from '../7-align/index.js';
import type { AlignOptions } from '../7-align/sentence-claims.js';

/** The articles of one request whose features are on their way, and who waits for how many. */
interface FeatureFeed {
  request: number;
  articles: AnalysisArticle[];
  primed: number;
  unpacker: FeatureUnpacker;
  waiters: Array<{ n: number; resolve: () => void }>;
}

/** Everything findCopies reads of an article (the text by its hash and length). */
const versionOf = (a: AnalysisArticle) => JSON.stringify([a.title, a.contentHash, a.text.length, a.outlet, a.byline, a.publishedAt, a.dateEstimated, a.language, a.agencies]);

export class CopiesThread {
  private worker: Worker | null = null;
  /** What the thread holds: the object sent for each id and its version. */
  private sent = new Map<string, { article: AnalysisArticle; version: string }>();
  private next = 0;
  /** How many articles the last find() sent (the others the thread held already). */
  sentLast = 0;
  private readonly waiting = new Map<number, { resolve: (c: Copies) => void; reject: (e: Error) => void }>();
  /** Frame and align requests waiting for their reply. */
  private readonly asked = new Map<number, { resolve: (reply: CopiesReply) => void; reject: (e: Error) => void }>();
  private feed: FeatureFeed | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startModuleWorker(import.meta.url, 'copies-worker');
    w.on('message', (m: CopiesReply) => {
      if ('features' in m) return this.prime(m.id, m.features);
      const asked = this.asked.get(m.id);
      if (asked) {
        this.asked.delete(m.id);
        if ('error' in m) asked.reject(new Error(`the copies thread failed: ${m.error}`));
        else asked.resolve(m);
        return;
      }
      if (this.feed?.request === m.id) this.endFeed();
      const p = this.waiting.get(m.id);
      if (!p) return;
      this.waiting.delete(m.id);
      if ('error' in m) p.reject(new Error(`the copies thread failed: ${m.error}`));
      else if ('copies' in m) p.resolve(m.copies);
    });
    const fail = (err: Error) => {
      if (this.worker !== w) return;
      this.worker = null;
      this.sent.clear();
      this.endFeed();
      for (const p of [...this.waiting.values(), ...this.asked.values()]) p.reject(err);
      this.waiting.clear();
      this.asked.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the copies thread stopped (exit code ${code})`)));
    this.worker = w;
    return w;
  }

  /**
   * Duplicate groups and derivations of the articles, as findCopies gives them (`derive: false`:
   * duplicates only). `features`: the thread first reads the cluster features of the articles
   * that lack them, primed on this thread as they arrive (wait with features()).
   */
  find(articles: AnalysisArticle[], { derive = true, features = false } = {}): Promise<Copies> {
    const w = this.ensure();
    this.endFeed();
    const fresh: AnalysisArticle[] = [];
    for (const a of articles) {
      const had = this.sent.get(a.id);
      if (had?.article === a) continue;
      const version = versionOf(a);
      if (had?.version !== version) fresh.push(a);
      this.sent.set(a.id, { article: a, version });
    }
    if (this.sent.size > articles.length) {
      const keep = new Set(articles.map((a) => a.id));
      for (const id of this.sent.keys()) if (!keep.has(id)) this.sent.delete(id);
    }
    const id = this.next++;
    this.sentLast = fresh.length;
    return new Promise<Copies>((resolve, reject) => {
      // Only the fields the stages read: no extraction or cache the caller hung on the object.
      const wanted = features ? articles.filter((a) => !hasFeatures(a)) : [];
      const message: CopiesRequest = { id, order: articles.map((a) => a.id), fresh: fresh.map(plain), derive, features: wanted.map((a) => a.id) };
      try {
        w.postMessage(message);
      } catch (e) {
        // Not sent (a field that cannot be copied to a thread): the thread holds none of it.
        this.sent.clear();
        return reject(new Error(`the articles could not be sent to the copies thread: ${(e as Error).message}`));
      }
      this.waiting.set(id, { resolve, reject });
      if (wanted.length) this.feed = { request: id, articles: wanted, primed: 0, unpacker: new FeatureUnpacker(), waiters: [] };
    });
  }

  /**
   * Each storyline framed as frameArticles frames it, on the thread; the articles must be among
   * those of the last find(), and `sentences` gives each one's sentence list.
   */
  frame(storylines: Array<{ id: string; articleIds: string[] }>, sentences: (id: string) => readonly Span[]): Promise<FramingResult[]> {
    const packed = packSentences([...new Set(storylines.flatMap((s) => s.articleIds))], sentences);
    const message: FrameRequest = { id: this.next++, frame: storylines.map((s) => ({ id: s.id, articleIds: s.articleIds })), sentences: packed };
    return this.ask(message, [packed.ends.buffer as ArrayBuffer, packed.spans.buffer as ArrayBuffer]).then((m) => {
      if (!('framing' in m)) throw new Error('the copies thread failed: no framing in its answer');
      return m.framing;
    });
  }

  /**
   * Storylines aligned on the thread as alignStoryline aligns them: it takes indices of
   * `storylines` from `next` (shared; Atomics.add) until they run out, and answers with the
   * alignment of each one it took. The articles must be among those of the last find();
   * `article` gives each one's alignment input and `voice` its independent voice.
   */
  align(storylines: StorylineRef[], next: Int32Array, opts: AlignOptions, article: (id: string) => AlignArticle, voice: (id: string) => string, version: (id: string) => string): Promise<Map<number, StorylineAlignment>> {
    const ids = [...new Set(storylines.flatMap((s) => s.events.flatMap((e) => e.articleIds)))];
    const inputs = ids.map(article);
    const packed = packSentences(ids, (id, i) => inputs[i]!.sentences);
    const message: AlignRequest = {
      id: this.next++, align: storylines.map((s) => ({ id: s.id, events: s.events.map((e) => ({ id: e.id, articleIds: e.articleIds })) })), next, opts, sentences: packed,
      voices: ids.map(voice), versions: ids.map(version), figures: inputs.map((a) => a.figures), dates: inputs.map((a) => a.dates ?? []),
    };
    return this.ask(message, [packed.ends.buffer as ArrayBuffer, packed.spans.buffer as ArrayBuffer]).then((m) => {
      if (!('aligned' in m)) throw new Error('the copies thread failed: no alignments in its answer');
      return new Map(m.aligned);
    });
  }

  private ask(message: FrameRequest | AlignRequest, transfer: ArrayBuffer[]): Promise<CopiesReply> {
    const w = this.ensure();
    return new Promise((resolve, reject) => {
      try {
        w.postMessage(message, transfer);
      } catch (e) {
        return reject(new Error(`the storylines could not be sent to the copies thread: ${(e as Error).message}`));
      }
      this.asked.set(message.id, { resolve, reject });
    });
  }

  /**
   * Resolves once the cluster features of the first `n` articles (all by default) of the last
   * find() that lacked them are primed, or once that request ends or fails (clustering then
   * reads what is missing itself). Never rejects.
   */
  features(n = Infinity): Promise<void> {
    const feed = this.feed;
    if (!feed || feed.primed >= Math.min(n, feed.articles.length)) return Promise.resolve();
    return new Promise((resolve) => feed.waiters.push({ n, resolve }));
  }

  private prime(request: number, packed: PackedFeatures): void {
    const feed = this.feed;
    if (feed?.request !== request) return;
    for (const raw of feed.unpacker.unpack(packed)) {
      const a = feed.articles[feed.primed++];
      if (a) primeFeatures(a, raw);
    }
    feed.waiters = feed.waiters.filter((w) => (feed.primed >= Math.min(w.n, feed.articles.length) ? (w.resolve(), false) : true));
  }

  private endFeed(): void {
    for (const w of this.feed?.waiters ?? []) w.resolve();
    this.feed = null;
  }

  /** Whether a thread is running (started by the first find()). */
  get running(): boolean {
    return this.worker !== null;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.sent.clear();
    this.endFeed();
    for (const p of [...this.waiting.values(), ...this.asked.values()]) p.reject(new Error('the copies thread was closed'));
    this.waiting.clear();
    this.asked.clear();
    if (w) {
      w.removeAllListeners('exit');
      await w.terminate();
    }
  }
}

/** Each article's sentence spans in two flat arrays (sent to the thread without copying). */
function packSentences(ids: string[], sentences: (id: string, i: number) => readonly Span[]): PackedSentences {
  const lists = ids.map(sentences);
  const ends = new Int32Array(ids.length);
  const spans = new Int32Array(2 * lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  lists.forEach((l, i) => {
    for (const x of l) (spans[at++] = x.start), (spans[at++] = x.end);
    ends[i] = at;
  });
  return { ids, ends, spans };
}

const plain = (a: AnalysisArticle): AnalysisArticle => ({
  id: a.id, title: a.title, text: a.text, outlet: a.outlet, byline: a.byline, publishedAt: a.publishedAt,
  dateEstimated: a.dateEstimated, language: a.language, agencies: a.agencies, contentHash: a.contentHash,
  ...(a.updates?.length ? { updates: a.updates } : {}),
});
