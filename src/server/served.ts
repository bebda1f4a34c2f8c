// What the read routes ask of an analysis, so that one set of routes serves two kinds:
// the whole store analysed at once (WholeAnalysis over AnalysisCache: every view reads one report)
// and the live analysis (src/server/live-served.ts: storylines kept incrementally, each one's
// report made when asked for). Both run the same route tests (test/server/api.test.ts).
import type { Report } from '../report/schema.js';
import type { AnalysisCache } from './analysis-cache.js';
import { eventRows, storylineRows, type EventRow, type StorylineRow } from './views.js';

export interface AnalysisStatus {
  /** 'whole': the store analysed at once; 'live': storylines kept and analysed one by one. */
  mode: 'whole' | 'live';
  articles: number;
  madeAt: string;
  tookMs: number;
  /** A write through this server came after this analysis; the next read makes it again. */
  stale?: true;
  /** A live analysis being built from the store: articles clustered so far, of how many. */
  building?: { done: number; of: number };
}

/** A storyline row; `independentReports` is null when a live storyline was not analysed since it last changed. */
export type ServedStorylineRow = Omit<StorylineRow, 'independentReports'> & { independentReports: number | null };

export interface OutletRow {
  name: string;
  registered: boolean;
  aliases: string[];
  domains: string[];
  attributes: Record<string, string>;
  articles: number;
}

export interface ServedAnalysis {
  /** What the analysis at hand covers (null: none made yet). */
  status(): AnalysisStatus | null;
  /** Starts bringing the analysis up to date now rather than on the next read (a server warming up). */
  warm?(): void;
  /** The store changed through this server: the next read brings the analysis up to date. */
  invalidate(): void;
  /** Storylines, each with the lower-cased titles of itself and its events (what `q` searches). */
  storylines(): Promise<Array<{ row: ServedStorylineRow; titles: string }>>;
  /** Every event on one timeline: by start, undated last. */
  events(): Promise<EventRow[]>;
  outlets(): Promise<OutletRow[]>;
  /** A report holding this storyline or event (the whole store's, or the storyline's own); null when unknown. */
  reportOf(id: string): Promise<Report | null>;
  /** A report holding this article; null when the analysis does not cover it (yet). */
  reportOfArticle(id: string): Promise<Report | null>;
  close?(): Promise<void>;
}

export const outletRow = (o: Report['outlets'][number]): OutletRow => ({ name: o.name, registered: o.registered, aliases: o.aliases, domains: o.domains, attributes: o.attributes, articles: o.articleIds.length });

/** Every view read from one analysis of the whole store. */
export class WholeAnalysis implements ServedAnalysis {
  constructor(readonly cache: AnalysisCache) {}

  status(): AnalysisStatus | null {
    const s = this.cache.status();
    return s && { mode: 'whole', ...s };
  }

  invalidate(): void {
    this.cache.invalidate();
  }

  async storylines() {
    const report = await this.cache.get();
    const titles = new Map(report.storylines.map((s) => [s.id, [s.title, ...s.events.map((e) => e.title)].join('\n').toLowerCase()]));
    return storylineRows(report).map((row) => ({ row, titles: titles.get(row.id)! }));
  }

  async events() {
    return eventRows(await this.cache.get());
  }

  async outlets() {
    return (await this.cache.get()).outlets.map(outletRow);
  }

  async reportOf(id: string) {
    const report = await this.cache.get();
    return report.storylines.some((s) => s.id === id || s.events.some((e) => e.id === id)) ? report : null;
  }

  async reportOfArticle(id: string) {
    const report = await this.cache.get();
    return report.articles.some((a) => a.id === id) ? report : null;
  }
}
