// Copies found on a thread of their own while the analysis clusters and extracts on its own:
// the two are independent, and this machine has two cores. The thread keeps what it was sent,
// so each run sends only new and changed articles. A thread that fails or stops is reported by
// find()'s rejection and started again on the next call; the caller then finds the copies in
// process (analyzeArticlesAsync does).
import type { Worker } from 'node:worker_threads';
import type { AnalysisArticle } from '../core/analysis.js';
import { startModuleWorker } from '../core/worker.js';
import type { Copies } from './copies.js';
import type { CopiesReply, CopiesRequest } from './copies-worker.js';

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

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startModuleWorker(import.meta.url, 'copies-worker');
    w.on('message', (m: CopiesReply) => {
      const p = this.waiting.get(m.id);
      if (!p) return;
      this.waiting.delete(m.id);
      if ('error' in m) p.reject(new Error(`the copies thread failed: ${m.error}`));
      else p.resolve(m.copies);
    });
    const fail = (err: Error) => {
      if (this.worker !== w) return;
      this.worker = null;
      this.sent.clear();
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the copies thread stopped (exit code ${code})`)));
    this.worker = w;
    return w;
  }

  /** Duplicate groups and derivations of the articles, as findCopies gives them (`derive: false`: duplicates only). */
  find(articles: AnalysisArticle[], { derive = true } = {}): Promise<Copies> {
    const w = this.ensure();
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
      const message: CopiesRequest = { id, order: articles.map((a) => a.id), fresh: fresh.map(plain), derive };
      try {
        w.postMessage(message);
      } catch (e) {
        // Not sent (a field that cannot be copied to a thread): the thread holds none of it.
        this.sent.clear();
        return reject(new Error(`the articles could not be sent to the copies thread: ${(e as Error).message}`));
      }
      this.waiting.set(id, { resolve, reject });
    });
  }

  /** Whether a thread is running (started by the first find()). */
  get running(): boolean {
    return this.worker !== null;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.sent.clear();
    for (const p of this.waiting.values()) p.reject(new Error('the copies thread was closed'));
    this.waiting.clear();
    if (w) {
      w.removeAllListeners('exit');
      await w.terminate();
    }
  }
}

const plain = (a: AnalysisArticle): AnalysisArticle => ({
  id: a.id, title: a.title, text: a.text, outlet: a.outlet, byline: a.byline, publishedAt: a.publishedAt,
  dateEstimated: a.dateEstimated, language: a.language, agencies: a.agencies, contentHash: a.contentHash,
});
