// The analysis of the whole store, kept between requests. It is made again when an ingest job
// stores something (invalidate) or the article count changes (another process ingested), and
// concurrent requests share one computation.
import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import { analyzeArticles } from '../analyze/index.js';

export class AnalysisCache {
  private report: Report | null = null;
  private count = -1;
  private pending: Promise<Report> | null = null;
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly analyze: (articles: Awaited<ReturnType<Store['getArticles']>>) => Report = analyzeArticles,
  ) {}

  invalidate(): void {
    this.generation++;
    this.report = null;
  }

  async get(): Promise<Report> {
    const count = await this.store.countArticles();
    if (this.report && count === this.count) return this.report;
    if (this.pending) return this.pending;
    const generation = this.generation;
    this.pending = (async () => {
      try {
        const report = this.analyze(await this.store.getArticles());
        // A job that stored articles meanwhile invalidated this result: hand it out, keep nothing.
        if (generation === this.generation) (this.report = report), (this.count = count);
        return report;
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }
}
