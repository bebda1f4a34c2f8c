// The analysis of stored articles: extractions kept in the store are read instead of made again
// (and the missing ones are made and kept), then the analysis runs as analyzeArticles.
import type { Article } from '../core/types.js';
import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import { analyzeArticlesAsync, COPIES_THREAD_MIN, type AnalyzeOptions } from './index.js';
import { CopiesThread } from './copies-thread.js';
import { ExtractionCache } from './extraction.js';
import { loadExtractions, type ExtractionLoad } from './stored-extractions.js';
import { matchClaimsByMeaning, type MeaningOutcome } from './meaning.js';
import type { SentenceEmbedder } from '../models/embedder.js';
import type { MeaningOptions } from '../7-align/meaning.js';

export interface StoredAnalysisOptions extends AnalyzeOptions {
  onLoad?: (l: ExtractionLoad) => void;
  /**
   * The thread that finds the copies while this one clusters (kept by a caller that analyses
   * again). Without one, a corpus of COPIES_THREAD_MIN articles or more gets a thread for this
   * analysis; `false` keeps everything on this thread.
   */
  copies?: CopiesThread | false;
  /** A sentence embedder (src/models, optional): statement claims worded differently are joined by meaning. */
  embedder?: SentenceEmbedder;
  meaning?: MeaningOptions;
  /** Told how many claims the embedder joined and how many scopes were too large to compare. */
  onMeaning?: (o: Omit<MeaningOutcome, 'report'>) => void;
}

export async function analyzeStored(store: Store, articles: Article[], opts: StoredAnalysisOptions = {}): Promise<Report> {
  const given = opts.extractionCache;
  // A cache smaller than the corpus would drop what it just read before the analysis reads it.
  const cache = given && given.max >= articles.length ? given : new ExtractionCache(Math.max(20_000, articles.length));
  const load = await loadExtractions(store, articles, cache);
  opts.onLoad?.(load);
  const own = opts.copies === undefined && articles.length >= COPIES_THREAD_MIN ? new CopiesThread() : null;
  const copies = opts.copies || own || undefined;
  try {
    const report = await analyzeArticlesAsync(articles, {
      ...opts,
      copies,
      extractionCache: cache,
      onCopiesThreadError: (e) => console.error(`[parallax] ${e.message}; copies found on the main thread instead`),
    });
    if (!opts.embedder) return report;
    const { report: joined, ...outcome } = await matchClaimsByMeaning(report, opts.embedder, opts.meaning);
    opts.onMeaning?.(outcome);
    return joined;
  } finally {
    await own?.close();
  }
}
