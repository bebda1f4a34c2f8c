// What the watcher remembers between polls and runs, per feed: the validators for conditional
// requests (ETag, Last-Modified), when to poll next, and the failures behind the backoff. Kept
// in a JSON file written atomically; a damaged file is an error naming it, never silently reset.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const FeedState = z.object({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  nextPollAt: z.number(),
  failures: z.number().int().nonnegative(),
  lastStatus: z.string().nullable(),
  lastPolledAt: z.number().nullable(),
  itemsStored: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
});
export type FeedState = z.infer<typeof FeedState>;
export const WatchState = z.object({ version: z.literal(1), feeds: z.record(z.string(), FeedState) });
export type WatchState = z.infer<typeof WatchState>;

export const emptyFeed = (): FeedState => ({ etag: null, lastModified: null, nextPollAt: 0, failures: 0, lastStatus: null, lastPolledAt: null, itemsStored: 0, lastError: null });

export function loadWatchState(file: string): WatchState {
  if (!existsSync(file)) return { version: 1, feeds: {} };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: the watch state is not valid JSON (${(e as Error).message}); move it away to start afresh`);
  }
  const r = WatchState.safeParse(json);
  if (!r.success) throw new Error(`${file}: the watch state is invalid: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

export function saveWatchState(file: string, state: WatchState): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
  renameSync(tmp, file);
}
