// The analysis of stored articles: extractions kept in the store are read instead of made again
// (and the missing ones are made and kept), then the analysis runs as analyzeArticles.
import type { Article } from '../core/types.js';
import type { Report } from '../report/schema.js';
import type { Store } from '../store/types.js';
import { analyzeArticles, type AnalyzeOptions } from './index.js';
import { ExtractionCache } from './extraction.js';
import { loadExtractions, type ExtractionLoad } from './stored-extractions.js';

export async function analyzeStored(store: Store, articles: Article[], opts: AnalyzeOptions & { onLoad?: (l: ExtractionLoad) => void } = {}): Promise<Report> {
  const given = opts.extractionCache;
  // A cache smaller than the corpus would drop what it just read before the analysis reads it.
  const cache = given && given.max >= articles.length ? given : new ExtractionCache(Math.max(20_000, articles.length));
  const load = await loadExtractions(store, articles, cache);
  opts.onLoad?.(load);
  return analyzeArticles(articles, { ...opts, extractionCache: cache });
}
