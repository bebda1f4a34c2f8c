// The analysis of stored articles: extractions kept in the store are read instead of made again
// (and the missing ones are made and kept), then the analysis runs as analyzeArticles.
import type { Article } from '../core/types.js';
import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import { analyzeArticlesAsync, COPIES_THREAD_MIN, type AnalyzeOptions } from './index.js';
import { CopiesThread } from './copies-thread.js';
import { ExtractionCache } from './extraction.js';
import { loadExtractions, type ExtractionLoad } from './stored-extractions.js';

export interface StoredAnalysisOptions extends AnalyzeOptions {
  onLoad?: (l: ExtractionLoad) => void;
  /**
   * The thread that finds the copies while this one clusters (kept by a caller that analyses
   * again). Without one, a corpus of COPIES_THREAD_MIN articles or more gets a thread for this
   * analysis; `false` keeps everything on this thread.
   */
  copies?: CopiesThread | false;
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
    return await analyzeArticlesAsync(articles, {
      ...opts,
      copies,
      extractionCache: cache,
      onCopiesThreadError: (e) => console.error(`[parallax] ${e.message}; copies found on the main thread instead`),
    });
  } finally {
    await own?.close();
  }
}
