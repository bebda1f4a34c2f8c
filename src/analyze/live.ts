// Live analysis of a growing corpus. Storylines and events are kept by one ClusterSession; the
// rest of the analysis (copies, names and quotes, claims, framing) is kept per storyline and
// made again only for the storylines a batch changed. Adding a batch costs the batch and the
// storylines it touches, never the corpus: what a store of a million articles needs to take a
// thousand more. Copies are looked for inside a storyline (a reprint or a rewrite of a story
// lands in the story's storyline); the full analysis (analyzeArticles) looks across the corpus.
import type { Article } from '../core/types.js';
import type { Report } from '../report/schema.js';
import { ClusterSession, DEFAULT_SETTINGS, type ClusterSettings, type ClusteredStoryline } from '../5-cluster/index.js';
import type { OutletRegistry } from '../outlets/registry.js';
import { analyzeClustered } from './index.js';
import { ExtractionCache } from './extraction.js';
import { AnalysisMemo } from './memo.js';
import type { Store } from '../store/types.js';
import { loadExtractions } from './stored-extractions.js';
import { StorylinePool } from './storyline-pool.js';

export type LiveStoryline = ClusteredStoryline & { key: number };

export interface LiveOptions {
  /** Articles by id, for the members of a changed storyline that are not in the batch (a store's getArticles). */
  load: (ids: string[]) => Promise<Article[]>;
  cluster?: ClusterSettings;
  outlets?: OutletRegistry;
  /** Extractions kept between batches; sized to hold the storylines being worked on. */
  extractionCache?: ExtractionCache;
  /** Storyline reports kept in memory, least recently used dropped first (remade on demand). */
  keep?: number;
  /** Articles of batches not yet analysed kept at hand (the oldest are loaded again when needed). */
  pendingMax?: number;
  onStage?: (stage: string, ms: number) => void;
  /**
   * Worker threads for the storyline reports (default 0: made on this thread). With threads the
   * storylines a batch changed are analysed at once, each on its own thread (keeping its memo
   * there); call close() when done.
   */
  threads?: number;
}

interface View {
  storyline: LiveStoryline;
  /** Null until made, or after the storyline changed. */
  report: Report | null;
  /** The report being made (one at a time per storyline). */
  making?: Promise<Report>;
  /** What the storyline's last analysis made (derivations of pairs, claims, framing), reused by the next. */
  memo: AnalysisMemo;
}

export interface LiveChange {
  /** Articles new to the session in this batch. */
  added: number;
  /** Keys of the storylines that gained, lost or merged articles. */
  changed: number[];
  /** Keys of the storylines merged into another. */
  removed: number[];
}

export class LiveAnalysis {
  readonly session: ClusterSession;
  private readonly views = new Map<number, View>();
  /** Independent reports of each storyline analysed since it last changed; outlives the report's eviction. */
  private readonly voices = new Map<number, number>();
  /** Articles of batches whose storylines have not been analysed yet (so they need no loading). */
  private pending = new Map<string, Article>();
  private readonly cache: ExtractionCache;
  private readonly pool: StorylinePool | null;

  constructor(private readonly opts: LiveOptions) {
    this.session = new ClusterSession(opts.cluster ?? DEFAULT_SETTINGS);
    this.cache = opts.extractionCache ?? new ExtractionCache(50_000);
    this.pool = opts.threads ? new StorylinePool({ threads: opts.threads, outlets: opts.outlets, keep: opts.keep, extraction: (a) => this.cache.get(a), onStage: opts.onStage }) : null;
  }

  /** Stops the storyline threads, if any. */
  async close(): Promise<void> {
    await this.pool?.close();
  }

  /**
   * Clusters a batch and marks the storylines it changed; their reports are made by refresh()
   * or on demand. With `defer` (a session built from a large store), they are not queued for
   * refresh(): any report kept of them is dropped, and made again only when asked for.
   */
  add(batch: Article[], { defer = false }: { defer?: boolean } = {}): LiveChange {
    const before = this.session.size;
    this.session.add(batch);
    if (!defer) for (const a of batch) this.pending.set(a.id, a);
    // Batches added without refresh must not hold every text.
    const max = this.opts.pendingMax ?? 20_000;
    for (const id of this.pending.keys()) {
      if (this.pending.size <= max) break;
      this.pending.delete(id);
    }
    const { changed, removed } = this.session.takeChanges();
    for (const key of removed) this.views.delete(key), this.voices.delete(key), this.pool?.forget(key);
    for (const s of changed) {
      this.voices.delete(s.key);
      const view = this.views.get(s.key);
      if (defer) this.views.delete(s.key);
      else if (view) {
        view.storyline = s;
        view.report = null;
        view.making = undefined;
      } else this.views.set(s.key, { storyline: s, report: null, memo: new AnalysisMemo() });
    }
    return { added: this.session.size - before, changed: changed.map((s) => s.key), removed };
  }

  /** Storylines not yet analysed since they changed. */
  get stale(): number[] {
    return [...this.views].filter(([, v]) => !v.report).map(([k]) => k);
  }

  /** Makes the report of every changed storyline; returns how many storylines and articles were analysed. */
  async refresh(): Promise<{ storylines: number; articles: number }> {
    let articles = 0;
    const keys = this.stale;
    if (this.pool) articles = (await Promise.all(keys.map((key) => this.report(key)))).reduce((n, r) => n + r!.articles.length, 0);
    else for (const key of keys) articles += (await this.report(key))!.articles.length;
    this.pending.clear();
    this.evict();
    return { storylines: keys.length, articles };
  }

  /** One storyline's report (made if it changed since, or was dropped), or null for an unknown key. */
  async report(key: number): Promise<Report | null> {
    let view = this.views.get(key);
    if (!view) {
      const s = this.session.storylineByKey(key);
      if (!s) return null;
      view = { storyline: s, report: null, memo: new AnalysisMemo() };
    }
    this.views.delete(key);
    this.views.set(key, view); // most recently used last
    if (view.report) return view.report;
    if (!view.making) {
      const v = view;
      const storyline = v.storyline;
      const making: Promise<Report> = (async () => {
        const members = await this.members(storyline.articleIds);
        const report = this.pool
          ? await this.pool.analyse(key, storyline, members)
          : analyzeClustered(members, [storyline], { memo: v.memo, extractionCache: this.cache, outlets: this.opts.outlets, onStage: this.opts.onStage });
        // A batch that changed the storyline meanwhile made this report stale: hand it out, keep nothing.
        if (v.storyline === storyline) (v.report = report), this.voices.set(key, report.storylines[0]!.independentReports);
        return report;
      })().finally(() => {
        if (v.making === making) v.making = undefined;
      });
      v.making = making;
      return making;
    }
    return view.making;
  }

  /** The storyline's independent reports (copies collapsed into one voice), known once it was analysed since it last changed; else null. */
  independentReports(key: number): number | null {
    return this.voices.get(key) ?? null;
  }

  /** Every storyline, largest first: key, id, title, article and event counts, whether its report is at hand. */
  storylines(): Array<{ key: number; id: string; title: string; articles: number; events: number; analysed: boolean }> {
    return this.session
      .keyedStorylines()
      .map((s) => ({ key: s.key, id: s.id, title: s.title, articles: s.articleIds.length, events: s.events.length, analysed: !!this.views.get(s.key)?.report }))
      .sort((a, b) => b.articles - a.articles || a.key - b.key);
  }

  private async members(ids: string[]): Promise<Article[]> {
    const missing = ids.filter((id) => !this.pending.has(id));
    const loaded = new Map((missing.length ? await this.opts.load(missing) : []).map((a) => [a.id, a]));
    return ids.map((id) => {
      const a = this.pending.get(id) ?? loaded.get(id);
      if (!a) throw new Error(`live analysis: article ${id} of a storyline could not be loaded`);
      return a; // outlets are made canonical by the analysis itself
    });
  }

  /** Drops the least recently used reports past `keep` (their memo too: remade from scratch on demand). */
  private evict(): void {
    const keep = this.opts.keep ?? 500;
    for (const [key, view] of this.views) {
      if (this.views.size <= keep) break;
      if (view.report) this.views.delete(key);
    }
  }
}

/** A loader over a store: the articles, their kept extractions primed in the cache. */
export function storeLoader(store: Store, cache: ExtractionCache): (ids: string[]) => Promise<Article[]> {
  return async (ids) => {
    const articles = await store.getArticles(ids);
    await loadExtractions(store, articles, cache);
    return articles;
  };
}
