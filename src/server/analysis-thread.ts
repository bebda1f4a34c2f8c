// The server's analysis on its own thread: a long analysis of the store no longer holds up the
// requests the server answers meanwhile (from the previous result). The thread keeps its caches
// between analyses; the store is touched by this thread only (kept extractions read for the
// worker, new ones written back). A crashed thread fails the analysis in progress and is started
// again on the next one.
import type { Worker } from 'node:worker_threads';
import { closeThread, startModuleWorker } from '../core/worker.js';
import type { Article } from '../core/types.js';
import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import type { OutletRegistry } from '../outlets/registry.js';
import type { FromWorker, ToWorker } from './analysis-worker.js';
import type { SharedEmbedder } from '../models/embedder.js';
import type { MeaningOptions } from '../7-align/meaning.js';

export interface ThreadMeaning {
  model: SharedEmbedder;
  options: MeaningOptions;
  onPass?: (o: { joined: number; skippedScopes: number }) => void;
}

const startWorker = () => startModuleWorker(import.meta.url, 'analysis-worker');

export class AnalysisThread {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: Report) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly store: Store,
    private readonly outlets?: OutletRegistry,
    /** The optional model, used on the thread: each report comes back with its claims joined by meaning. */
    private readonly meaning?: ThreadMeaning,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker();
    w.on('message', (m: FromWorker) => void this.onMessage(w, m));
    if (this.meaning) w.postMessage({ type: 'model', model: this.meaning.model, options: this.meaning.options } satisfies ToWorker);
    const fail = (err: Error) => {
      if (this.worker === w) this.worker = null;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the analysis thread stopped (exit code ${code})`)));
    this.worker = w;
    return w;
  }

  private async onMessage(w: Worker, m: FromWorker): Promise<void> {
    const p = this.waiting.get(m.id);
    if (!p) return;
    try {
      if (m.type === 'need') {
        const rows = m.ids.length ? [...(await this.store.getDerived('extraction', m.ids)).values()] : [];
        w.postMessage({ type: 'rows', id: m.id, rows } satisfies ToWorker);
        return;
      }
      this.waiting.delete(m.id);
      if (m.type === 'error') return p.reject(new Error(`analysis failed: ${m.message}`));
      // Kept for the next start; an article deleted meanwhile simply gets no row. A failed write
      // costs only a later re-extraction, so the analysis is served anyway.
      if (m.made.length) {
        await this.store.putDerived('extraction', m.made).catch((e: Error) => console.error(`[parallax serve] extractions not kept (they will be made again): ${e.message}`));
      }
      if (m.meaning) this.meaning?.onPass?.(m.meaning);
      p.resolve(m.report as Report);
    } catch (err) {
      this.waiting.delete(m.id);
      p.reject(err as Error);
    }
  }

  analyze(articles: Article[]): Promise<Report> {
    const w = this.ensure();
    const id = this.next++;
    return new Promise<Report>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.postMessage({ type: 'analyze', id, articles, outlets: this.outlets ? { outlets: this.outlets.entries } : null } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await closeThread(w, this.waiting, 'analysis thread');
  }
}
