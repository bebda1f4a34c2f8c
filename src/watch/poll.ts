// One round of polling: every feed that is due is fetched with a conditional GET (If-None-Match,
// If-Modified-Since); 304 costs nothing, 200 is ingested from the response already fetched.
// Requests go one at a time, with at least `minHostGapMs` between two requests to one host
// (politeness); a failing feed waits interval × 2^failures (at most `maxBackoffMs`) before the
// next try, so one broken site is not hammered while the others go on. A server that answers
// with Retry-After (429, 503) is taken at its word, up to `maxBackoffMs`: that feed waits so
// long, and so do the other feeds of that host in the same round.
import { fetchUrl, type FetchOptions } from '../1-ingest/fetch/index.js';
import { HttpStatusError, retryAfterMs } from '../1-ingest/fetch/errors.js';
import { SourceError } from '../core/diagnostics.js';
import { ingest } from '../pipeline/ingest.js';
import type { Store } from '../store/types.js';
import { emptyFeed, type WatchState } from './state.js';

export interface PollOptions {
  intervalMs: number;
  maxBackoffMs: number;
  minHostGapMs: number;
  fetch: FetchOptions;
  /** Clock and sleep, replaceable in tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface FeedOutcome {
  url: string;
  status: 'new' | 'unchanged' | 'failed' | 'not-due';
  stored: number;
  duplicates: number;
  rejected: number;
  error: string | null;
  nextPollAt: number;
}

const hostOf = (url: string) => new URL(url).host;

export async function pollFeeds(store: Store, urls: string[], state: WatchState, opts: PollOptions): Promise<FeedOutcome[]> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const lastAt = new Map<string, number>();
  /** Hosts that asked for a pause (Retry-After) in this round: not before this time. */
  const hostPause = new Map<string, number>();
  const out: FeedOutcome[] = [];
  for (const url of urls) {
    const feed = (state.feeds[url] ??= emptyFeed());
    const base = { url, stored: 0, duplicates: 0, rejected: 0, error: null };
    if (feed.nextPollAt > now()) {
      out.push({ ...base, status: 'not-due', nextPollAt: feed.nextPollAt });
      continue;
    }
    const host = hostOf(url);
    const paused = hostPause.get(host);
    if (paused !== undefined && paused > now()) {
      feed.nextPollAt = Math.max(feed.nextPollAt, paused);
      out.push({ ...base, status: 'not-due', nextPollAt: feed.nextPollAt });
      continue;
    }
    const wait = (lastAt.get(host) ?? -Infinity) + opts.minHostGapMs - now();
    if (wait > 0) await sleep(wait);
    lastAt.set(host, now());
    feed.lastPolledAt = now();
    const headers: Record<string, string> = {};
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    try {
      const res = await fetchUrl(url, { ...opts.fetch, headers: { ...opts.fetch.headers, ...headers } });
      feed.failures = 0;
      feed.lastError = null;
      feed.lastStatus = String(res.status);
      feed.nextPollAt = now() + opts.intervalMs;
      if (res.status === 304) {
        out.push({ ...base, status: 'unchanged', nextPollAt: feed.nextPollAt });
        continue;
      }
      feed.etag = res.headers.etag ?? null;
      feed.lastModified = res.headers['last-modified'] ?? null;
      const report = await ingest(store, [url], { extract: true, prefetched: new Map([[url, res]]), fetch: opts.fetch });
      const s = report.summary;
      feed.itemsStored += s.stored + s.newVersions;
      out.push({ ...base, status: 'new', stored: s.stored + s.newVersions, duplicates: s.duplicates, rejected: s.rejected, nextPollAt: feed.nextPollAt });
    } catch (e) {
      feed.failures++;
      feed.lastStatus = 'failed';
      feed.lastError = e instanceof SourceError ? e.diagnostic.message : (e as Error).message;
      const asked = e instanceof HttpStatusError ? retryAfterMs(e.retryAfter ?? undefined, now()) : null;
      feed.nextPollAt = now() + Math.min(opts.maxBackoffMs, Math.max(opts.intervalMs * 2 ** feed.failures, asked ?? 0));
      if (asked !== null) hostPause.set(host, now() + Math.min(opts.maxBackoffMs, asked));
      out.push({ ...base, status: 'failed', error: feed.lastError, nextPollAt: feed.nextPollAt });
    }
  }
  return out;
}
