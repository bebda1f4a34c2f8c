// The HTTP core: one Hono app over a store. Adapters (src/server/node.ts, tests via
// app.request()) only feed it requests.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/types.js';
import { AnalysisCache } from './analysis-cache.js';
import { analyzeStored } from '../analyze/stored.js';
import { ExtractionCache } from '../analyze/extraction.js';
import { AnalysisMemo } from '../analyze/memo.js';
import { AnalysisThread } from './analysis-thread.js';
import { WholeAnalysis, type ServedAnalysis } from './served.js';
import { LiveServed } from './live-served.js';
import { withMeaning, type ServedMeaning } from './meaning-served.js';
import { CopiesThread } from '../analyze/copies-thread.js';
import type { OutletRegistry } from '../outlets/registry.js';
import { ApiError, errorBody } from './http.js';
import { MemoryQueue } from '../queue/memory.js';
import type { IngestQueue } from '../queue/types.js';
import { openApiDocument } from './openapi.js';
import { registerWriteRoutes } from './routes-write.js';
import { registerReadRoutes } from './routes-read.js';
import { requireToken, sameOriginWrites, securityHeaders } from './security.js';
import { limitWrites, type RateLimit } from './rate-limit.js';
import { registerWebRoutes, DEFAULT_WEB_DIR } from './web.js';

export interface AppOptions {
  /** Bearer token required for writes; null = none (loopback only). */
  token?: string | null;
  /** Largest request body accepted, in bytes (default 50 MB). */
  maxBodyBytes?: number;
  /** Let ingest fetch loopback and private-network URLs (default false). */
  allowPrivate?: boolean;
  webDir?: string;
  /** Write requests per client (default: bursts of 20, 60 a minute). */
  writeLimit?: RateLimit;
  /** Where ingest jobs go (default: run in this process, one at a time). */
  queue?: IngestQueue;
  /** Outlet registry: names resolved before analysis; comparisons can be grouped by its attributes. */
  outlets?: OutletRegistry;
  /** The optional model (`serve --vectors`): every report served has its claims joined by meaning too. */
  meaning?: ServedMeaning;
  /** Analyse on a thread of its own, so that requests are answered during an analysis (`parallax serve` does). */
  analysisThread?: boolean;
  /**
   * Live analysis (`parallax serve --live`): storylines kept incrementally and each analysed when
   * asked for or changed, so a read after new articles costs them, not the store. For large
   * stores; runs on the server's thread (analysisThread does not apply).
   */
  live?: boolean;
  /** With `live`: worker threads for the storyline reports (default 0; `parallax serve --live` uses 2). */
  liveThreads?: number;
  /** With `live`: start building at once and bring the analysis up to date after each write, not on the next read. */
  eager?: boolean;
}

export interface ParallaxApp {
  app: Hono;
  analysis: ServedAnalysis;
  jobs: IngestQueue;
  /** Stops the analysis and copies threads, if any (the store and queue are the caller's). */
  close(): Promise<void>;
}

export function createApp(store: Store, opts: AppOptions = {}): ParallaxApp {
  const app = new Hono();
  const extractionCache = new ExtractionCache();
  const memo = new AnalysisMemo();
  // With a thread, a model that can be shared is used there (the pass holds up no request); else on this thread.
  const shared = opts.analysisThread && !opts.live && opts.meaning?.embedder.share ? opts.meaning.embedder.share() : null;
  const thread = opts.analysisThread && !opts.live ? new AnalysisThread(store, opts.outlets, shared ? { model: shared, options: opts.meaning!.options, onPass: opts.meaning!.onPass } : undefined) : null;
  // Kept between analyses, like the memo: it holds the articles it was sent and its own memo.
  const copies = thread || opts.live ? null : new CopiesThread();
  const made: ServedAnalysis = opts.live
    ? new LiveServed(store, { outlets: opts.outlets, eager: opts.eager, threads: opts.liveThreads })
    : new WholeAnalysis(new AnalysisCache(store, (articles) => (thread ? thread.analyze(articles) : analyzeStored(store, articles, { outlets: opts.outlets, extractionCache, memo, copies: copies! }))));
  const analysis = opts.meaning && !shared ? withMeaning(made, opts.meaning) : made;
  const jobs = opts.queue ?? new MemoryQueue(store);
  jobs.onStored(() => analysis.invalidate());
  const maxSize = opts.maxBodyBytes ?? 50 * 1024 * 1024;

  app.use('*', securityHeaders);
  app.use('/api/*', sameOriginWrites);
  app.use('/api/*', requireToken(opts.token ?? null));
  app.use('/api/*', limitWrites(opts.writeLimit ?? { burst: 20, perMinute: 60 }));
  app.use('/api/*', bodyLimit({ maxSize, onError: () => { throw new ApiError(413, 'too-large', `the request body is larger than ${maxSize} bytes`); } }));
  app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument()));
  registerReadRoutes(app, store, analysis, opts.outlets);
  registerWriteRoutes(app, store, jobs, () => analysis.invalidate(), { allowPrivate: !!opts.allowPrivate });
  registerWebRoutes(app, opts.webDir ?? DEFAULT_WEB_DIR);

  app.notFound((c) => c.json(errorBody(new ApiError(404, 'not-found', `no route for ${c.req.method} ${c.req.path}`)), 404));
  app.onError((e, c) => {
    if (e instanceof ApiError) return c.json(errorBody(e), e.status);
    console.error(`[parallax serve] ${c.req.method} ${c.req.path}: ${(e as Error).stack ?? e}`);
    return c.json(errorBody(new ApiError(500, 'internal', 'internal error; the server log has the details')), 500);
  });
  return { app, analysis, jobs, close: async () => void (await Promise.all([thread?.close(), copies?.close(), analysis.close?.()])) };
}
