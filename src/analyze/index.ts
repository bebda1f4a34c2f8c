// The analysis: stored articles -> report v1. Stages run in order over plain data:
// dedupe (exact and near duplicates), derive (who copies whom), cluster (storylines, events),
// extract (names, quotes, figures, dates), align (claims compared across articles, omissions),
// frame (each outlet's words for the same referents, loaded words, scare quotes).
import type { Article } from '../core/types.js';
import type { AnalysisArticle } from '../core/analysis.js';
import { independentReports } from '../4-derive/index.js';
import { findCopies, type Copies } from './copies.js';
import type { CopiesThread } from './copies-thread.js';
import { clusterArticles, DEFAULT_SETTINGS, type ClusterSettings, type ClusteredStoryline } from '../5-cluster/index.js';
import { Report } from '../report/schema.js';
import { extractionSections, withCopies, type ExtractionCache } from './extraction.js';
import { ClaimAligner, joinAlignments, type AlignArticle, type StorylineAlignment } from '../7-align/index.js';
import { alignShared } from './align-shared.js';
import { frameArticles, type FramingResult } from '../8-frame/index.js';
import { describeOutlet, type OutletRegistry } from '../outlets/registry.js';
import type { AnalysisMemo } from './memo.js';
import { eventEstimates, reportedDays, timeOfIso } from './event-estimates.js';

/** Every outlet of the analysed articles, with its registry entry when it has one. */
function outletsSection(stored: Article[], registry: OutletRegistry | undefined): Report['outlets'] {
  const ids = new Map<string, string[]>();
  for (const a of stored) if (a.outlet) ids.set(a.outlet, [...(ids.get(a.outlet) ?? []), a.id]);
  return [...ids].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([name, articleIds]) => ({ ...describeOutlet(name, registry), articleIds }));
}

export interface AnalyzeOptions {
  cluster?: ClusterSettings;
  /** Outlet names resolved through the registry (aliases, domains) before anything is counted. */
  outlets?: OutletRegistry;
  /** Per-article extractions kept from earlier analyses (only new articles are extracted). */
  extractionCache?: ExtractionCache;
  /** Per-storyline claims and framing kept from earlier analyses (unchanged storylines are not compared again). */
  memo?: AnalysisMemo;
  /**
   * Told how long each stage took, in ms ("dedupe", "derive", "cluster", "extract", "align",
   * "frame", "report"; with the copies on a thread, "copies sent", "features" and "copies", the
   * waits for the thread's cluster features and copies).
   */
  onStage?: (stage: string, ms: number) => void;
}

const toAnalysis = (a: Article): AnalysisArticle => ({
  id: a.id, title: a.title, text: a.text, outlet: a.outlet, byline: a.byline,
  publishedAt: a.publishedAt, dateEstimated: a.dateEstimated, language: a.language, agencies: a.agencies, contentHash: a.contentHash,
  ...(a.updates?.length ? { updates: a.updates } : {}),
});

/** Every field toAnalysis copies, the text by its hash and length. */
const articleKey = (a: Article) => JSON.stringify([a.title, a.contentHash, a.text.length, a.outlet, a.byline, a.publishedAt, a.dateEstimated, a.language, a.agencies, a.updates ?? []]);

/** What every stage of one analysis shares. */
interface Run {
  opts: AnalyzeOptions;
  registry: OutletRegistry | undefined;
  stored: Article[];
  articles: AnalysisArticle[];
  lap: (stage: string) => void;
}

function begin(input: Article[], opts: AnalyzeOptions): Run {
  // One outlet under several names ("Reuters", "reuters.com") is one outlet, and so one voice.
  const registry = opts.outlets;
  const stored = registry ? input.map((a) => ({ ...a, outlet: registry.canonical(a.outlet, a.url) })) : input;
  // The same article version gets the same object as in the previous analysis, so that what the
  // stages keep per article object (text features, MinHash signatures) is not made again.
  const memo = opts.memo;
  const articles = memo ? stored.map((a) => memo.get('article', a.id, articleKey(a), () => toAnalysis(a))) : stored.map(toAnalysis);
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    opts.onStage?.(stage, now - mark);
    mark = now;
  };
  return { opts, registry, stored, articles, lap };
}

// Events on a timeline: by start, undated last (arrival order among equals).
const byStart = (a: { start: string | null }, b: { start: string | null }) => (a.start ?? '\uffff').localeCompare(b.start ?? '\uffff');

/** Storylines with their events on a timeline; independent reports are counted once the copies are known. */
function cluster(run: Run) {
  const storylines = clusterArticles(run.articles, run.opts.cluster ?? DEFAULT_SETTINGS).map((s) => ({ ...s, events: [...s.events].sort(byStart) }));
  run.lap('cluster');
  return storylines;
}

function extract(run: Run) {
  const extraction = extractionSections(run.articles, run.opts.extractionCache);
  run.lap('extract');
  return extraction;
}

export function analyzeArticles(input: Article[], opts: AnalyzeOptions = {}): Report {
  const run = begin(input, opts);
  const copies = findCopies(run.articles, opts.memo, run.lap);
  return finish(run, cluster(run), copies, extract(run));
}

/**
 * The report of articles whose storylines are already known (one storyline of a live analysis,
 * src/analyze/live.ts): copies, names and quotes, claims and framing as analyzeArticles makes
 * them, with the given storylines in place of clustering.
 */
export function analyzeClustered(input: Article[], storylines: ClusteredStoryline[], opts: AnalyzeOptions = {}): Report {
  const run = begin(input, opts);
  const copies = findCopies(run.articles, opts.memo, run.lap);
  const clustered = storylines.map((s) => ({ ...s, events: [...s.events].sort(byStart) }));
  return finish(run, clustered, copies, extract(run));
}

/** Below this many articles a thread costs more to start than the copies cost to find. */
export const COPIES_THREAD_MIN = 1000;

/**
 * analyzeArticles with the copies (duplicates, derivations) and the cluster features found on
 * `copies`' thread while this thread extracts and clusters: the same report. In process when the corpus is small or
 * no thread is given; a failed thread is reported to `onCopiesThreadError` and the copies are
 * found in process instead.
 */
export async function analyzeArticlesAsync(input: Article[], opts: AnalyzeOptions & { copies?: CopiesThread; copiesThreadMin?: number; onCopiesThreadError?: (e: Error) => void } = {}): Promise<Report> {
  if (!opts.copies || input.length < (opts.copiesThreadMin ?? COPIES_THREAD_MIN)) return analyzeArticles(input, opts);
  const run = begin(input, opts);
  // The thread reads the cluster features first (primed here as they arrive), then finds the
  // copies; this thread extracts meanwhile, and clusters without reading the texts again.
  const pending = opts.copies.find(run.articles, { features: true }).catch((e: Error) => (opts.onCopiesThreadError?.(e), null));
  run.lap('copies sent');
  const extraction = extract(run);
  await opts.copies.features();
  run.lap('features');
  const storylines = cluster(run);
  const found = await pending;
  const copies = found ?? findCopies(run.articles, opts.memo);
  run.lap('copies');
  // The thread, done with the copies, frames the storylines the memo lacks while this one aligns claims.
  const framed = found ? frameOnThread(run, opts.copies, storylines, extraction, opts.onCopiesThreadError) : Promise.resolve(undefined);
  // Then it aligns storylines too, sharing them with this thread.
  const plan = claimsPlan(run, storylines, copies, extraction);
  const aligned = found ? await alignShared(plan.aligner, plan.storylines, opts.copies, plan.input, plan.versionOf, opts.onCopiesThreadError) : alignHere(plan);
  run.lap('align');
  return assemble(run, plan.storylines, copies, extraction, aligned, framingOf(run, plan.storylines, extraction, await framed));
}

function frameOnThread(run: Run, thread: CopiesThread, storylines: Clustered, extraction: Extraction, onError?: (e: Error) => void): Promise<Map<string, FramingResult> | undefined> {
  const { memo } = run.opts;
  const keyOf = memo ? frameKeyOf(run) : null;
  const wanted = storylines.filter((s) => !memo?.peek('frame', s.id, keyOf!(s)));
  if (!wanted.length) return Promise.resolve(undefined);
  return thread.frame(wanted, (id) => extraction.extracted.get(id)!.sentences).then(
    (list) => new Map(wanted.map((s, i) => [s.id, list[i]!])),
    // Framed here instead (framingOf frames what it is not given).
    (e: Error) => (onError?.(e), undefined),
  );
}

type Clustered = ReturnType<typeof cluster>;
type Extraction = ReturnType<typeof extract>;

/** What the framing of a storyline is made from: its articles, their versions and outlets (the memo's key). */
function frameKeyOf(run: Run): (s: { articleIds: string[] }) => string {
  const byId = new Map(run.stored.map((a) => [a.id, a]));
  const outletOf = new Map(run.articles.map((a) => [a.id, a.outlet]));
  return (s) => JSON.stringify(s.articleIds.map((id) => [id, versionKey(byId.get(id)), outletOf.get(id)]));
}

/** What an article's claims and framing are made from besides its id: content and date. */
const versionKey = (a: Article | undefined) => `${a?.contentHash}|${a?.publishedAt}|${a?.dateEstimated}`;

function finish(run: Run, clustered: Clustered, copies: Copies, extraction: Extraction): Report {
  const plan = claimsPlan(run, clustered, copies, extraction);
  const aligned = alignHere(plan);
  run.lap('align');
  return assemble(run, plan.storylines, copies, extraction, aligned, framingOf(run, plan.storylines, extraction));
}

/** The storylines with their independent reports and outlets, and what aligning their claims reads. */
function claimsPlan(run: Run, clustered: Clustered, copies: Copies, extraction: Extraction) {
  const { opts, stored, articles } = run;
  const { derivations } = copies;
  const byId = new Map(stored.map((a) => [a.id, a]));
  const versionOf = (id: string) => versionKey(byId.get(id));
  const storylines = clustered.map((s) => ({
    ...s,
    independentReports: independentReports(s.articleIds, derivations),
    // Known outlets only: an article without an outlet is not counted as one more outlet.
    outlets: new Set(s.articleIds.map((id) => byId.get(id)!.outlet).filter(Boolean)).size,
  }));
  const inputs = new Map<string, AlignArticle>(articles.map((a) => {
    const x = extraction.extracted.get(a.id)!;
    return [a.id, { id: a.id, outlet: a.outlet, text: a.text, publishedAt: a.publishedAt, dateEstimated: a.dateEstimated, agencies: a.agencies, updates: a.updates, sentences: x.sentences, figures: x.figures, dates: x.dates }];
  }));
  const aligner = new ClaimAligner([...inputs.values()], derivations, undefined, opts.memo, versionOf);
  return { storylines, aligner, input: (id: string) => inputs.get(id)!, versionOf };
}

const alignHere = (plan: ReturnType<typeof claimsPlan>): StorylineAlignment => joinAlignments(plan.storylines.map((s) => plan.aligner.storyline(s)));

/** Each storyline's framing: kept in the memo, framed on the copies thread (`framed`), or framed here. */
function framingOf(run: Run, storylines: Clustered, extraction: Extraction, framed?: Map<string, FramingResult>) {
  const { opts, articles, lap } = run;
  const analysisById = new Map(articles.map((a) => [a.id, a]));
  const frame = (s: { id: string; articleIds: string[] }) =>
    framed?.get(s.id) ?? frameArticles(s.articleIds.map((id) => analysisById.get(id)!).map(({ id, text, outlet }) => ({ id, text, outlet, sentences: extraction.extracted.get(id)!.sentences })));
  const keyOf = opts.memo ? frameKeyOf(run) : null;
  const framing = storylines.map((s) => ({ id: s.id, ...(opts.memo ? opts.memo.get('frame', s.id, keyOf!(s), () => frame(s)) : frame(s)) }));
  opts.memo?.endRun();
  lap('frame');
  return framing;
}

function assemble(run: Run, storylines: ReturnType<typeof claimsPlan>['storylines'], copies: Copies, extraction: Extraction, aligned: StorylineAlignment, framing: ReturnType<typeof framingOf>): Report {
  const { stored, registry, lap } = run;
  const { duplicates, derivations } = copies;
  const loadedOf = new Map(framing.flatMap((f) => f.loaded.map((l) => [l.articleId, l.words] as const)));
  const scareOf = new Map<string, Array<{ text: string; start: number; end: number }>>();
  for (const f of framing) for (const q of f.scareQuotes) scareOf.set(q.articleId, [...(scareOf.get(q.articleId) ?? []), { text: q.text, start: q.start, end: q.end }]);
  const datedOf = new Map(stored.map((a) => [a.id, { time: timeOfIso(a.publishedAt), estimated: a.dateEstimated }]));
  const report: Report = {
    version: 1,
    articles: stored.map((a) => ({
      id: a.id, source: a.source, title: a.title, outlet: a.outlet, byline: a.byline,
      publishedAt: a.publishedAt, dateEstimated: a.dateEstimated, language: a.language, text: a.text, agencies: a.agencies,
      ...extraction.perArticle.get(a.id)!,
      loadedWords: loadedOf.get(a.id) ?? [],
      scareQuotes: scareOf.get(a.id) ?? [],
    })),
    storylines: storylines.map(({ id, title, articleIds, independentReports, outlets, events }) => ({ id, title, articleIds, independentReports, outlets, events: events.map((e) => ({ ...e, ...eventEstimates(e, (id) => datedOf.get(id)), reportedDays: reportedDays(e.articleIds, (id) => extraction.perArticle.get(id)?.eventDate) })) })),
    derivations,
    duplicates: duplicates.map((g) => ({ ids: g.ids, kind: g.kind, representative: g.representative })),
    entities: extraction.entities,
    quotes: withCopies(extraction.quotes, run.articles, derivations),
    claims: aligned.claims,
    figureTimelines: aligned.timelines,
    omissions: aligned.omissions,
    framing: framing.flatMap((f) => f.framing.map((row) => ({ storylineId: f.id, ...row }))),
    outlets: outletsSection(stored, registry),
  };
  lap('report');
  return report;
}
