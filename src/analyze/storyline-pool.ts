// Storyline reports on worker threads. A storyline's report depends on its articles alone, so
// the storylines a batch changed can be analysed at once, one per thread: a storyline goes back
// to the thread that analysed it last, where its memo stays, unless that thread has much more
// work waiting than another (then it moves, and is analysed there without its memo). The main
// thread keeps clustering and the extractions (primed from the store); a thread asks for the
// extractions it lacks. A thread that fails rejects its pending reports and is started again.
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../core/worker.js';
import type { Article } from '../core/types.js';
import type { Report } from '../report/schema.js';
import type { ClusteredStoryline } from '../5-cluster/index.js';
import type { OutletRegistry } from '../outlets/registry.js';
import type { ArticleExtraction } from '../6-extract/index.js';
import type { FromStorylineWorker, ToStorylineWorker } from './storyline-worker.js';

export interface StorylinePoolOptions {
  threads: number;
  outlets?: OutletRegistry;
  /** The extraction of an article a thread lacks (the main thread's cache: read from the store or made). */
  extraction: (a: Article) => ArticleExtraction;
  /** Storyline memos kept per thread (default 500). */
  keep?: number;
  /** Extractions kept per thread (default 50,000). */
  cacheSize?: number;
  onStage?: (stage: string, ms: number) => void;
}

interface Pending {
  articles: Article[];
  /** Its share of the thread's waiting work (articles). */
  load: number;
  resolve: (r: Report) => void;
  reject: (e: Error) => void;
}

export class StorylinePool {
  private readonly workers: Array<Worker | null>;
  private readonly pending: Array<Map<number, Pending>>;
  private next = 0;
  /** Articles waiting to be analysed, per thread. */
  private readonly waiting: number[];
  /** The thread that holds each storyline's memo. */
  private readonly home = new Map<number, number>();

  constructor(private readonly opts: StorylinePoolOptions) {
    const n = Math.max(1, Math.floor(opts.threads));
    this.workers = Array.from({ length: n }, () => null);
    this.pending = Array.from({ length: n }, () => new Map());
    this.waiting = Array.from({ length: n }, () => 0);
  }

  /**
   * The storyline's home thread unless it has more than half the storyline's size of work
   * waiting beyond the least busy thread (keys of one batch often share a home: 41, 43, 45).
   */
  private slotFor(key: number, size: number): number {
    const least = this.waiting.indexOf(Math.min(...this.waiting));
    const home = this.home.get(key) ?? least;
    const slot = this.waiting[home]! <= this.waiting[least]! + size / 2 ? home : least;
    if (this.home.has(key) && slot !== home) this.forget(key);
    this.home.set(key, slot);
    return slot;
  }

  get size(): number {
    return this.workers.length;
  }

  private start(slot: number): Worker {
    const w = startModuleWorker(import.meta.url, 'storyline-worker', { outlets: this.opts.outlets ? { outlets: this.opts.outlets.entries } : null, keep: this.opts.keep ?? 500, cacheSize: this.opts.cacheSize ?? 50_000 });
    const pending = this.pending[slot]!;
    w.on('message', (m: FromStorylineWorker) => {
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'need') {
        try {
          const byId = new Map(p.articles.map((a) => [a.id, a]));
          w.postMessage({ type: 'extractions', id: m.id, extractions: m.ids.map((id) => this.opts.extraction(byId.get(id)!)) } satisfies ToStorylineWorker);
        } catch (err) {
          pending.delete(m.id);
          this.waiting[slot]! -= p.load;
          p.reject(err as Error);
        }
        return;
      }
      pending.delete(m.id);
      this.waiting[slot]! -= p.load;
      if (m.type === 'error') return p.reject(new Error(`storyline analysis failed: ${m.message}`));
      for (const [stage, ms] of m.stages) this.opts.onStage?.(stage, ms);
      p.resolve(m.report);
    });
    const fail = (err: Error) => {
      if (this.workers[slot] !== w) return;
      this.workers[slot] = null;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      this.waiting[slot] = 0;
      for (const [key, at] of this.home) if (at === slot) this.home.delete(key); // its memos are gone
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`a storyline thread stopped (exit code ${code})`)));
    this.workers[slot] = w;
    return w;
  }

  /** The report of one storyline over its articles, made on a thread of the pool. */
  analyse(key: number, storyline: ClusteredStoryline, articles: Article[]): Promise<Report> {
    const slot = this.slotFor(key, articles.length);
    const w = this.workers[slot] ?? this.start(slot);
    const id = this.next++;
    this.waiting[slot]! += articles.length;
    return new Promise<Report>((resolve, reject) => {
      this.pending[slot]!.set(id, { articles, load: articles.length, resolve, reject });
      w.postMessage({ type: 'analyse', id, key, storyline, articles } satisfies ToStorylineWorker);
    });
  }

  /** A storyline merged into another (or moved): its thread drops its memo. */
  forget(key: number): void {
    const slot = this.home.get(key);
    if (slot === undefined) return;
    this.home.delete(key);
    this.workers[slot]?.postMessage({ type: 'forget', key } satisfies ToStorylineWorker);
  }

  async close(): Promise<void> {
    const all = this.workers.splice(0, this.workers.length, ...this.workers.map(() => null));
    for (const p of this.pending) {
      for (const x of p.values()) x.reject(new Error('the storyline pool was closed'));
      p.clear();
    }
    this.waiting.fill(0);
    this.home.clear();
    await Promise.all(all.map((w) => (w ? (w.removeAllListeners('exit'), w.terminate()) : undefined)));
  }
}
