// The server's live analysis (`parallax serve --live`): storylines and events are kept by one
// incremental clustering (src/analyze/live.ts) and each storyline's report (copies, names and
// quotes, claims, framing) is made when a view asks for it or when a batch of new articles
// changed it. A read after new articles were stored costs those articles and the storylines
// they joined, not the store: what a store of a million articles needs. The first read builds
// the clustering from the whole store (in chunks, yielding between them). An article deleted
// or rewritten (a new version) cannot be taken out of the clustering, so the next read builds
// it again from the store.
import { performance } from 'node:perf_hooks';
import type { Article } from '../core/types.js';
import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import { describeOutlet, type OutletRegistry } from '../outlets/registry.js';
import { LiveAnalysis, storeLoader, type LiveStoryline } from '../analyze/live.js';
import { ExtractionCache } from '../analyze/extraction.js';
import { loadExtractions } from '../analyze/stored-extractions.js';
import { span, type EventRow } from './views.js';
import { ApiError } from './http.js';
import type { AnalysisStatus, OutletRow, ServedAnalysis, ServedStorylineRow } from './served.js';
import { eventEstimates, timeOfIso, type DatedArticle } from '../analyze/event-estimates.js';

export interface LiveServedOptions {
  outlets?: OutletRegistry;
  /** Articles read from the store at once while building or adding (default 2,000). */
  chunk?: number;
  /** Storyline reports kept in memory (default 500; the others are made again when asked for). */
  keep?: number;
  now?: () => number;
  /** Bring the analysis up to date as soon as the store changes, not on the next read (the server does). */
  eager?: boolean;
  /** A build from a store of at most this many articles analyses every storyline at once (default 20,000); a larger one, when asked. */
  analyseAllUpTo?: number;
  /** Worker threads for the storyline reports (default 0: made on the server's thread). */
  threads?: number;
  /** How long a read waits for a build from the store before it is answered 503 with the progress (default 20 s). */
  waitMs?: number;
  /**
   * Told the time of each step of an update: 'changes' (reading the change log), 'read' (the
   * new articles and their extractions from the store), 'cluster', 'reports' (the changed
   * storylines, members loaded and analysed), and each report stage ('extract', 'align', …;
   * summed over threads).
   */
  onStage?: (stage: string, ms: number) => void;
}

/** A read that came while the clustering is built from a large store. */
export class BuildingError extends ApiError {
  constructor(readonly done: number, readonly of: number) {
    super(503, 'analysis-pending', `the live analysis is being built from the store (${done} of ${of} articles clustered); try again shortly`);
  }
}

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export class LiveServed implements ServedAnalysis {
  private live: LiveAnalysis | null = null;
  private readonly cache = new ExtractionCache(50_000);
  /** Article id → the version clustered and its outlet (canonical). */
  private held = new Map<string, { version: number; outlet: string | null; time: number | null; estimated: boolean }>();
  private storylineOf = new Map<string, number>();
  /** Each storyline with its row in the list made once per change (the list is read far more often than it changes). */
  private byKey = new Map<number, LiveStoryline & { listed: { row: ServedStorylineRow; titles: string } }>();
  private keyOfId = new Map<string, number>();
  private stale = true;
  /** The store's newest change folded in (see Store.changesSince); -1 before the first build. */
  private cursor = -1;
  private made: { at: number; ms: number } | null = null;
  /** While building: how many articles the store holds. */
  private building = 0;
  /** One operation on the live analysis at a time (a sync, or a report being made). */
  private lock: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;
  /** Times the clustering was built from the store, and articles added to it since its last build. */
  readonly stats = { builds: 0, added: 0 };

  constructor(
    private readonly store: Store,
    private readonly opts: LiveServedOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
  }

  status(): AnalysisStatus | null {
    const building = this.building && { done: this.held.size, of: this.building };
    if (!this.made) return building ? { mode: 'live', articles: 0, madeAt: new Date(this.now()).toISOString(), tookMs: 0, building } : null;
    return { mode: 'live', articles: this.held.size, madeAt: new Date(this.made.at).toISOString(), tookMs: Math.round(this.made.ms), ...(building ? { building } : {}) };
  }

  /** The store changed through this server; with `eager`, the update starts now, in the background. */
  invalidate(): void {
    this.stale = true;
    if (this.opts.eager) this.warm();
  }

  warm(): void {
    this.ready().catch((e: Error) => console.error(`[parallax serve] live analysis not brought up to date: ${e.message}`));
  }

  private serial<T>(f: () => Promise<T>): Promise<T> {
    const run = this.lock.then(f, f);
    this.lock = run.catch(() => undefined);
    return run;
  }

  /**
   * Brings the clustering up to date with the store when it was invalidated or the article count
   * moved. A build from the store that takes longer than `waitMs` answers BuildingError meanwhile.
   */
  private async ready(): Promise<LiveAnalysis> {
    const last = await this.store.lastChange();
    if (this.live && !this.stale && last === this.cursor) return this.live;
    const sync = this.sync(last);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.opts.waitMs ?? 20_000)));
    const first = await Promise.race([sync, waited]).finally(() => clearTimeout(timer));
    if (first !== 'late') return first;
    if (!this.building) return sync;
    sync.catch(() => undefined); // its failure is the next read's to report
    throw new BuildingError(this.held.size, this.building);
  }

  private sync(last: number): Promise<LiveAnalysis> {
    return this.serial(async () => {
      if (this.live && !this.stale && last === this.cursor) return this.live;
      this.stale = false; // an invalidation from here on asks for one more sync
      const t0 = this.now();
      let next = this.live ? await this.timed('changes', () => this.newSince()) : null;
      const rebuild = next === null;
      if (rebuild) {
        this.reset(), this.stats.builds++, (this.stats.added = 0);
        // A build that fails part-way leaves the cursor at -1: the next sync reads the whole log and adds what is not held.
        this.cursor = -1;
        // The cursor first: a write landing between the two reads is met again next time, and skipped as held.
        const cursor = await this.store.lastChange();
        next = { fresh: (await this.store.articleVersions()).map((v) => v.id), cursor };
        this.building = next.fresh.length;
      }
      try {
        await this.add(next!.fresh, rebuild);
      } finally {
        this.building = 0;
      }
      // Moved only once the articles are in: a failed add is read again from the same point.
      this.cursor = next!.cursor;
      this.made = { at: this.now(), ms: this.now() - t0 };
      return this.live!;
    });
  }

  /**
   * The ids of articles stored since the last sync, read from the store's change log (not from
   * every article's version: seconds at 1M articles), and the cursor past them; null when
   * an article held was rewritten or deleted, which the clustering cannot take back (a rebuild).
   */
  private async newSince(): Promise<{ fresh: string[]; cursor: number } | null> {
    const changes = await this.store.changesSince(this.cursor);
    const latest = new Map<string, number | null>();
    for (const c of changes) latest.set(c.id, c.version);
    const fresh: string[] = [];
    for (const [id, version] of latest) {
      const held = this.held.get(id);
      if (held) {
        if (held.version !== version) return null;
      } else if (version !== null) fresh.push(id);
    }
    return { fresh, cursor: changes.length ? changes[changes.length - 1]!.seq : this.cursor };
  }

  private reset(): void {
    void this.live?.close();
    this.live = new LiveAnalysis({ load: storeLoader(this.store, this.cache), extractionCache: this.cache, outlets: this.opts.outlets, keep: this.opts.keep, threads: this.opts.threads, onStage: this.opts.onStage });
    this.held = new Map();
    this.storylineOf = new Map();
    this.byKey = new Map();
    this.keyOfId = new Map();
  }

  /** Clusters these stored articles; when not building, makes the reports of the storylines they changed. */
  private async add(ids: string[], building: boolean): Promise<void> {
    const live = this.live!;
    const chunk = this.opts.chunk ?? 2000;
    const changed = new Set<number>();
    for (let i = 0; i < ids.length; i += chunk) {
      const batch: Article[] = await this.timed('read', async () => {
        const articles = await this.store.getArticles(ids.slice(i, i + chunk));
        if (!building) await loadExtractions(this.store, articles, this.cache);
        return articles;
      });
      for (const a of batch) this.held.set(a.id, { version: a.version, outlet: this.opts.outlets ? this.opts.outlets.canonical(a.outlet, a.url) : a.outlet, time: timeOfIso(a.publishedAt), estimated: a.dateEstimated });
      const t0 = performance.now();
      const change = live.add(batch, { defer: building });
      if (!building) this.opts.onStage?.('cluster', performance.now() - t0);
      if (!building) this.stats.added += change.added;
      for (const key of change.removed) this.forget(key), changed.delete(key);
      for (const key of change.changed) changed.add(key);
      await yieldToRequests();
    }
    // Storylines as they stand now (a storyline changed by two chunks is read once).
    if (building) for (const s of live.session.keyedStorylines()) this.remember(s);
    else for (const key of changed) this.remember(live.session.storylineByKey(key)!);
    if (!building) await this.timed('reports', () => live.refresh());
    // A store small enough to analyse whole: every storyline analysed now, so the list has all its counts.
    else if (ids.length <= (this.opts.analyseAllUpTo ?? 20_000)) await Promise.all([...this.byKey.keys()].map((key) => live.report(key)));
  }

  private async timed<T>(stage: string, f: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      this.opts.onStage?.(stage, performance.now() - t0);
    }
  }

  private remember(s: LiveStoryline): void {
    this.forget(s.key);
    this.byKey.set(s.key, { ...s, listed: this.listing(s) });
    this.keyOfId.set(s.id, s.key);
    for (const e of s.events) this.keyOfId.set(e.id, s.key);
    for (const id of s.articleIds) this.storylineOf.set(id, s.key);
  }

  private forget(key: number): void {
    const s = this.byKey.get(key);
    if (!s) return;
    this.byKey.delete(key);
    if (this.keyOfId.get(s.id) === key) this.keyOfId.delete(s.id);
    for (const e of s.events) if (this.keyOfId.get(e.id) === key) this.keyOfId.delete(e.id);
  }

  private outletCount(ids: string[]): number {
    return new Set(ids.map((id) => this.held.get(id)?.outlet).filter(Boolean)).size;
  }

  async close(): Promise<void> {
    await this.live?.close(); // a build in progress fails its pending reports; nothing is written
  }

  async storylines(): Promise<Array<{ row: ServedStorylineRow; titles: string }>> {
    const live = await this.ready();
    return [...this.byKey.values()].map(({ key, listed }) => ({ row: { ...listed.row, independentReports: live.independentReports(key) }, titles: listed.titles }));
  }

  private listing(s: LiveStoryline): { row: ServedStorylineRow; titles: string } {
    const row: ServedStorylineRow = {
      id: s.id, title: s.title, articles: s.articleIds.length, outlets: this.outletCount(s.articleIds),
      independentReports: null, ...span(s.events), events: s.events.length,
    };
    return { row, titles: [s.title, ...s.events.map((e) => e.title)].join('\n').toLowerCase() };
  }

  async events(): Promise<EventRow[]> {
    await this.ready();
    return [...this.byKey.values()]
      .flatMap((s) => s.events.map((e) => ({ id: e.id, storylineId: s.id, title: e.title, articles: e.articleIds.length, outlets: this.outletCount(e.articleIds), start: e.start, end: e.end, ...estimatedFlags(e, (id) => this.held.get(id)) })))
      .sort((a, b) => (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff'));
  }

  async outlets(): Promise<OutletRow[]> {
    await this.ready();
    const counts = new Map<string, number>();
    for (const { outlet } of this.held.values()) if (outlet) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
    return [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([name, articles]) => ({ ...describeOutlet(name, this.opts.outlets), articles }));
  }

  async reportOf(id: string): Promise<Report | null> {
    await this.ready();
    return this.serial(async () => {
      const key = this.keyOfId.get(id);
      return key === undefined ? null : this.live!.report(key);
    });
  }

  async reportOfArticle(id: string): Promise<Report | null> {
    await this.ready();
    return this.serial(async () => {
      const key = this.storylineOf.get(id);
      return key === undefined ? null : this.live!.report(key);
    });
  }
}

/** The event row's estimate flags, false when not estimated. */
function estimatedFlags(e: { articleIds: string[]; start: string | null; end: string | null }, dateOf: (id: string) => DatedArticle | undefined) {
  const x = eventEstimates(e, dateOf);
  return { startEstimated: x.startEstimated ?? false, endEstimated: x.endEstimated ?? false };
}
