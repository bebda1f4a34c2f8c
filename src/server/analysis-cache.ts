// The analysis of the whole store, kept between requests. It is made again on the first request
// after a write made through this server (an ingest job that stored something, a delete), and
// when the store changed behind the server's back (another process ingested, rewrote or deleted,
// or a job is storing articles right now: the store's change log moved) — but then at most once per `max(5 s, 4 × the last analysis)`,
// serving the previous result in between, so that a long ingest does not turn every read into a
// fresh analysis. Concurrent requests share one computation.
import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import { analyzeArticles } from '../analyze/index.js';

export class AnalysisCache {
  private report: Report | null = null;
  private count = -1;
  /** The store's newest change when the kept report was made. */
  private change = -1;
  private pending: Promise<Report> | null = null;
  private generation = 0;
  private madeAt = 0;
  private tookMs = 0;

  constructor(
    private readonly store: Store,
    private readonly analyze: (articles: Awaited<ReturnType<Store['getArticles']>>) => Report | Promise<Report> = analyzeArticles,
    private readonly now: () => number = Date.now,
  ) {}

  /** A write through the server came after the last report: the next read makes it again. */
  private stale = false;
  private made = false;

  invalidate(): void {
    this.generation++;
    this.report = null;
    this.stale = this.made;
  }

  /**
   * How many articles the last analysis covers, when it was made and how long it took (null:
   * none yet). After a write it stays, marked `stale`, until the next read makes a new one, so
   * that a client polling health sees what was last served rather than nothing.
   */
  status(): { articles: number; madeAt: string; tookMs: number; stale?: true } | null {
    if (!this.made) return null;
    return { articles: this.count, madeAt: new Date(this.madeAt).toISOString(), tookMs: Math.round(this.tookMs), ...(this.stale ? { stale: true as const } : {}) };
  }

  async get(): Promise<Report> {
    const change = await this.store.lastChange();
    if (this.report && change === this.change) return this.report;
    if (this.report && this.now() - this.madeAt < Math.max(5000, 4 * this.tookMs)) return this.report;
    if (this.pending) return this.pending;
    const generation = this.generation;
    this.pending = (async () => {
      try {
        const t0 = this.now();
        const articles = await this.store.getArticles();
        const report = await this.analyze(articles);
        this.tookMs = this.now() - t0;
        // A write through this server meanwhile invalidated this result: hand it out, keep nothing.
        if (generation === this.generation) (this.report = report), (this.count = articles.length), (this.change = change), (this.madeAt = this.now()), (this.stale = false), (this.made = true);
        return report;
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }
}
