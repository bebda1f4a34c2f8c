// Extractions of the articles an ingest stores, kept as the ingest goes: each chunk of 100 new
// articles is handed to the extraction thread while the ingest stores the next ones; when the
// thread already has two chunks to do, the ingest extracts the chunk itself, so both cores
// extract and the texts waiting stay bounded. What the thread fails to do is done here. The
// rows are the same as storeExtractions writes (test/analyze/extraction-writer.test.ts).
import type { Store } from '../store/types.js';
import type { ExtractThread } from './extract-thread.js';
import { extractionJson, storeExtractions } from './stored-extractions.js';

type Keyed = Parameters<typeof storeExtractions>[1][number];
type Settled = { made: number; failed: Array<{ source: string; message: string }> };

export const WRITER_CHUNK = 100;
/** Chunks the thread may have waiting before the ingest extracts one itself. */
const AHEAD = 2;

export class ExtractionWriter {
  private buffer: Array<{ article: Keyed; source: string }> = [];
  private readonly onThread: Array<Promise<Settled>> = [];
  private running = 0;
  private readonly done: Settled = { made: 0, failed: [] };

  /** @param thread null: every chunk is extracted here, when it is full and at finish(). */
  constructor(
    private readonly store: Store,
    private readonly thread: ExtractThread | null,
    private readonly chunk = WRITER_CHUNK,
  ) {}

  /** An article just stored (or given a new version), from `source` (named in a failure). */
  async add(article: Keyed, source: string): Promise<void> {
    this.buffer.push({ article, source });
    if (this.buffer.length >= this.chunk) await this.flush();
  }

  private async flush(): Promise<void> {
    const batch = this.buffer;
    this.buffer = [];
    if (!batch.length) return;
    // The thread's answers are messages, delivered only when this thread's event loop turns; a
    // store's writes resolve at once, so an ingest loop would never let them in: one turn per chunk.
    if (this.thread) await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.thread && this.running < AHEAD) {
      this.running++;
      this.onThread.push(this.extractOnThread(this.thread, batch).finally(() => this.running--));
    } else this.add_(await this.here(batch));
  }

  private add_(s: Settled): void {
    this.done.made += s.made;
    this.done.failed.push(...s.failed);
  }

  /** The batch's rows kept, extracted here. Never rejects: a failure is reported by source. */
  private here(batch: Array<{ article: Keyed; source: string }>): Promise<Settled> {
    return settle(batch, () => storeExtractions(this.store, batch.map((b) => b.article)));
  }

  /** The same, extracted on the thread (here when the thread fails). */
  private extractOnThread(thread: ExtractThread, batch: Array<{ article: Keyed; source: string }>): Promise<Settled> {
    return settle(batch, () => storeExtractions(this.store, batch.map((b) => b.article), (fresh) => thread.extract(fresh).catch(() => fresh.map(extractionJson))));
  }

  /** Everything added is extracted and kept: how many were made, and which sources failed (the articles stay stored). */
  async finish(): Promise<Settled> {
    if (this.buffer.length) {
      const batch = this.buffer;
      this.buffer = [];
      // A last part-chunk goes to the thread only when it is busy with others: a short ingest starts no thread.
      if (this.thread && this.onThread.length && this.running < AHEAD) this.onThread.push(this.extractOnThread(this.thread, batch));
      else this.add_(await this.here(batch));
    }
    for (const s of await Promise.all(this.onThread.splice(0))) this.add_(s);
    return { made: this.done.made, failed: [...this.done.failed] };
  }
}

async function settle(batch: Array<{ source: string }>, keep: () => Promise<number>): Promise<Settled> {
  try {
    return { made: await keep(), failed: [] };
  } catch (e) {
    return { made: 0, failed: [...new Set(batch.map((b) => b.source))].map((source) => ({ source, message: (e as Error).message })) };
  }
}
