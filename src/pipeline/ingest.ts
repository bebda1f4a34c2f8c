// Ingest: sources -> raw items -> clean drafts -> store. One bad item never stops the batch:
// it is recorded and counted by reason. Articles are written 100 to a transaction, each in a
// savepoint of its own, so an interrupted run leaves whole articles only, and a rerun stores
// just what is missing.
import type { Diagnostic } from '../core/diagnostics.js';
import type { RawItem } from '../core/types.js';
import { diag, diagnosticWhere } from '../core/diagnostics.js';
import { assertInputList, expandInputs } from '../1-ingest/sources.js';
import { loadSource, DEFAULT_MAX_BYTES } from '../1-ingest/load.js';
import type { FetchOptions, FetchResult } from '../1-ingest/fetch/index.js';
import { cleanItem } from '../2-clean/index.js';
import type { Store, PutStatus } from '../store/types.js';
import { StoreError, storeUnavailable } from '../store/types.js';
import { ExtractionWriter } from '../analyze/extraction-writer.js';
import { sharedExtractThread, type ExtractThread } from '../analyze/extract-thread.js';

export interface IngestOptions {
  maxBytes?: number;
  /** Follow feed item links: 'auto' = only for feeds fetched from a URL. */
  followLinks?: boolean | 'auto';
  fetch?: FetchOptions;
  onProgress?: (p: { done: number; total: number; source: string }) => void;
  /** Responses already fetched, by URL as given (used instead of fetching again). */
  prefetched?: Map<string, FetchResult>;
  /** Name to record for a file path (uploads: "upload:report.html" instead of a temporary path). */
  labels?: Map<string, string>;
  /**
   * Extract each new article (names, quotes, figures, dates) and keep the result in the store,
   * so that the work is done where the ingest runs (a worker) and never again by an analysis.
   */
  extract?: boolean;
  /**
   * Where the extractions are made: by default the process's extraction thread takes chunks of
   * 100 new articles while this thread stores the next ones (a batch under 100 starts no
   * thread); null: all on this thread.
   */
  extractThread?: ExtractThread | null;
}

export interface ItemOutcome {
  source: string;
  status: PutStatus | 'rejected';
  id?: string;
  version?: number;
  title?: string | null;
  duplicateOf?: { id: string; version: number };
  reason?: string;
}

export interface IngestSummary {
  sources: number;
  items: number;
  stored: number;
  newVersions: number;
  duplicates: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  warnings: number;
  skippedFiles: number;
}

export interface IngestReport {
  summary: IngestSummary;
  outcomes: ItemOutcome[];
  /** Every rejection and warning, each naming its source (and line). */
  problems: Diagnostic[];
  skipped: string[];
}

/** Articles written in one call (putArticles), from one source or several: a killed ingest loses at most these. */
export const WRITE_CHUNK = 100;

export async function ingest(store: Store, inputs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  assertInputList(inputs, 'ingest');
  const expanded = await expandInputs(inputs);
  const label = (p: string) => opts.labels?.get(p) ?? p;
  for (const ref of expanded.sources) if (ref.kind === 'file') ref.given = label(ref.path);
  for (const d of expanded.rejected) d.source = label(d.source);
  const outcomes: ItemOutcome[] = [];
  const problems: Diagnostic[] = [...expanded.rejected];
  const reject = (d: Diagnostic) => {
    problems.push(d);
    outcomes.push({ source: diagnosticWhere(d), status: 'rejected', reason: d.code });
  };
  for (const d of expanded.rejected) outcomes.push({ source: d.source, status: 'rejected', reason: d.code });
  const writer = opts.extract ? new ExtractionWriter(store, opts.extractThread === undefined ? sharedExtractThread() : opts.extractThread) : null;
  const runId = await store.startRun();
  const total = expanded.sources.length;
  let done = 0;
  // Items waiting to be cleaned and stored, across sources: a directory of text files is
  // written 100 at a time, not one transaction per file (which cost a third of its ingest).
  let waiting: Array<{ item: RawItem; given: string }> = [];
  const storeBatch = async (batch: Array<{ item: RawItem; given: string }>) => {
    // One transaction in SQLite, each article in a savepoint of its own.
    const cleaned = batch.map(({ item }) => cleanItem(item));
    const drafts = cleaned.flatMap((c) => (c.ok ? [c.draft] : []));
    const puts = drafts.length ? await store.putArticles(drafts).catch((e: Error) => drafts.map(() => e)) : [];
    // The database, not an article, failed: stop here (what was written stays; a queued job is retried).
    const down = puts.find((p) => p instanceof Error && storeUnavailable(p));
    if (down) throw new StoreError(`the store cannot be written (${(down as Error).message}); the articles before ${batch[0]!.item.source} are stored, run the ingest again for the rest`, 'unavailable');
    let k = 0;
    for (const [j, c] of cleaned.entries()) {
      if (!c.ok) {
        reject(c.diagnostic);
        continue;
      }
      const draft = c.draft;
      const put = puts[k++]!;
      if (put instanceof Error) {
        reject(diag(draft.source, 'store', 'store-failed', `could not store the article: ${put.message}`));
        continue;
      }
      problems.push(...draft.diagnostics.filter((d) => d.severity !== 'info'));
      const outcome: ItemOutcome = { source: draft.source, status: put.status, id: put.id, version: put.version, title: draft.title };
      if (put.duplicateOf) outcome.duplicateOf = put.duplicateOf;
      outcomes.push(outcome);
      if (put.status !== 'duplicate') await writer?.add({ id: put.id, contentHash: draft.contentHash, publishedAt: draft.publishedAt, text: draft.text }, batch[j]!.given);
    }
  };
  /** Stores what waits, WRITE_CHUNK at a time; `all`: the last part-chunk too. */
  const flush = async (all: boolean) => {
    // By position, cut once at the end: a JSON Lines file of a million lines waits here whole.
    let at = 0;
    while (waiting.length - at >= WRITE_CHUNK || (all && at < waiting.length)) {
      const batch = waiting.slice(at, at + WRITE_CHUNK);
      at += batch.length;
      await storeBatch(batch);
    }
    waiting = at ? waiting.slice(at) : waiting;
  };
  for (const ref of expanded.sources) {
    opts.onProgress?.({ done, total, source: ref.given });
    // A fetch may take long or never end (a worker killed while waiting): what came before is stored first.
    if (ref.kind === 'url') await flush(true);
    const followLinks = opts.followLinks === 'auto' || opts.followLinks === undefined ? ref.kind === 'url' : opts.followLinks;
    const loaded = await loadSource(ref, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, followLinks, fetch: opts.fetch ?? {}, prefetched: ref.kind === 'url' ? opts.prefetched?.get(ref.url) : undefined });
    // Problems are reported in source order: what waits from earlier sources is stored first.
    if (loaded.rejected.length) await flush(true);
    // A warning about a source that still gave articles (a feed cut at its item cap) is no rejection.
    for (const d of loaded.rejected) {
      if (d.severity !== 'error' && loaded.items.length) problems.push(d);
      else reject(d);
    }
    for (const item of loaded.items) waiting.push({ item, given: ref.given });
    await flush(false);
    done++;
  }
  await flush(true);
  // The articles stay stored whatever happens here: an analysis extracts what is missing.
  for (const f of (await writer?.finish())?.failed ?? []) problems.push(diag(f.source, 'store', 'extract-failed', `stored, but the extraction was not kept (the analysis will make it): ${f.message}`, 'warning'));
  opts.onProgress?.({ done, total, source: '' });
  const summary = summarize(outcomes, problems, total, expanded.skipped.length);
  await store.finishRun(runId, summary);
  return { summary, outcomes, problems, skipped: expanded.skipped };
}

function summarize(outcomes: ItemOutcome[], problems: Diagnostic[], sources: number, skippedFiles: number): IngestSummary {
  const rejectedByReason: Record<string, number> = {};
  for (const o of outcomes) if (o.status === 'rejected') rejectedByReason[o.reason!] = (rejectedByReason[o.reason!] ?? 0) + 1;
  const count = (s: ItemOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    sources,
    items: outcomes.length,
    stored: count('stored'),
    newVersions: count('new-version'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    rejectedByReason,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    skippedFiles,
  };
}
