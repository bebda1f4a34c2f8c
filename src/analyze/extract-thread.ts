// Extraction at ingest on a thread of its own: storing an article (reading, cleaning, writing)
// and extracting it (names, quotes, figures, dates) are independent, so on a machine with two
// cores the ingest stores the next articles while the thread extracts the last ones. The thread
// answers with the JSON the store keeps, made exactly as storeExtractions makes it here. It is
// started on first use, shared by every ingest of the process, and does not keep the process
// alive; a thread that fails rejects what it had and is started again on the next call.
import type { Worker } from 'node:worker_threads';
import { closeThread, startModuleWorker } from '../core/worker.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

export interface ExtractItem {
  text: string;
  publishedAt: string | null;
}

export class ExtractThread {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (json: string[]) => void; reject: (e: Error) => void }>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startModuleWorker(import.meta.url, 'extract-worker');
    w.on('message', (m: ExtractReply) => {
      const p = this.waiting.get(m.id);
      if (!p) return;
      this.waiting.delete(m.id);
      if (!this.waiting.size) w.unref();
      if ('error' in m) p.reject(new Error(`the extraction thread failed: ${m.error}`));
      else p.resolve(m.json);
    });
    const fail = (err: Error) => {
      if (this.worker !== w) return;
      this.worker = null;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the extraction thread stopped (exit code ${code})`)));
    // After the listeners (adding one refs the thread again): an idle thread never keeps the
    // process alive; one with work asked of it does (ref() in extract()), or an await on it could end the process.
    w.unref();
    this.worker = w;
    return w;
  }

  /** Each item's extraction as JSON (extractionJson, as made here), in order. */
  extract(items: ExtractItem[]): Promise<string[]> {
    const w = this.ensure();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      w.ref();
      this.waiting.set(id, { resolve, reject });
      try {
        w.postMessage({ id, items: items.map(({ text, publishedAt }) => ({ text, publishedAt })) } satisfies ExtractRequest);
      } catch (e) {
        this.waiting.delete(id);
        if (!this.waiting.size) w.unref();
        reject(new Error(`the articles could not be sent to the extraction thread: ${(e as Error).message}`));
      }
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await closeThread(w, this.waiting, 'extraction thread');
  }
}

let shared: ExtractThread | null = null;

/** The process's extraction thread (started by its first extract()). */
export function sharedExtractThread(): ExtractThread {
  return (shared ??= new ExtractThread());
}
