// The engine as a library, for pipelines that embed it: the same functions the CLI and the
// server are thin layers over. Sample (Node, ESM):
//   const store = await openStore('news.db');           // or 'postgres://…'
//   await ingest(store, ['feeds/', 'https://…/rss']);      // files, folders, URLs, feeds
//   const report = await analyzeStored(store, await store.getArticles());
//   console.log(report.claims.filter((c) => c.status === 'conflicting'));
// A store that keeps growing (a million articles, a thousand more every few minutes):
//   const cache = new ExtractionCache(200_000);
//   const live = new LiveAnalysis({ load: storeLoader(store, cache), extractionCache: cache });
//   live.add(batch); await live.refresh();                  // only the storylines the batch changed
//   const report = await live.report(live.storylines()[0].key);
// Claims worded differently joined by meaning, with word vectors the user supplies (optional):
//   const report = await analyzeStored(store, articles, { embedder: await loadEmbedder('glove.6B.300d.txt') });
// or any SentenceEmbedder of one's own (a sentence-embedding model: embed(texts) -> unit vectors).
export { openStore, DEFAULT_DB } from './store/open.js';
export type { Store, PutResult, DerivedRow } from './store/types.js';
export { ingest, type IngestOptions, type IngestReport } from './pipeline/ingest.js';
export { analyzeArticles, analyzeArticlesAsync, COPIES_THREAD_MIN, type AnalyzeOptions } from './analyze/index.js';
export { CopiesThread } from './analyze/copies-thread.js';
export { analyzeStored, type StoredAnalysisOptions } from './analyze/stored.js';
export { ExtractionCache } from './analyze/extraction.js';
export { matchClaimsByMeaning, type MeaningOutcome } from './analyze/meaning.js';
export { loadEmbedder, VectorsError } from './models/load.js';
export type { SentenceEmbedder } from './models/embedder.js';
export { WordVectorEmbedder } from './models/word-vectors/embedder.js';
export { readWordVectors } from './models/word-vectors/read.js';
export { DEFAULT_MEANING, type MeaningOptions } from './7-align/meaning.js';
export { AnalysisMemo } from './analyze/memo.js';
export { LiveAnalysis, storeLoader, type LiveOptions, type LiveChange, type LiveStoryline } from './analyze/live.js';
export { OutletRegistry } from './outlets/registry.js';
export { Report } from './report/schema.js';
export { reportToMarkdown } from './report/markdown.js';
export { selectComparison, comparisonToMarkdown } from './report/compare.js';
export { createApp, type AppOptions } from './server/app.js';
export { startServer, type ServerOptions } from './server/node.js';
export type { Article, ArticleDraft } from './core/types.js';
