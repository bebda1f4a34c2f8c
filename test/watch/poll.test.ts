// The feed watcher against a local HTTP server: conditional requests, new items only,
// backoff on failure, politeness per host; and the feed-list and state readers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { pollFeeds, type PollOptions } from '../../src/watch/poll.js';
import { parseFeedList } from '../../src/watch/feed-list.js';
import { loadWatchState, type WatchState } from '../../src/watch/state.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { retryAfterMs } from '../../src/1-ingest/fetch/errors.js';

// Invented items, long enough (120+ words) that the watcher keeps the feed's own text.
const body = (topic: string) => Array.from({ length: 14 }, (_, i) => `Officials in Port Alden said on day ${i + 1} that the ${topic} would continue under the terms agreed with the harbour board and the pilots' union.`).join(' ');
const item = (n: number, topic: string) => `<item><title>Harbour update ${n}: ${topic}</title><link>https://harbour.example/${n}</link><guid>h-${n}</guid><pubDate>Mon, 0${n} Jun 2025 08:00:00 GMT</pubDate><description>${body(topic)}</description></item>`;
const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbour.example/</link>${items.join('')}</channel></rss>`;

let server: Server;
let base = '';
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
let feed = { etag: '"v1"', xml: rss([item(1, 'ferry strike'), item(2, 'bridge repairs')]) };
let failing = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url!, headers: req.headers });
    if (req.url!.startsWith('/busy-')) return res.writeHead(429, { 'retry-after': req.url!.slice('/busy-'.length).replace(/\.xml$/, '').replace(/_/g, ' ') }).end('slow down');
    if (failing) return res.writeHead(500).end('down');
    if (req.url === '/missing.xml') return res.writeHead(404).end('no such feed');
    if (req.headers['if-none-match'] === feed.etag) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: feed.etag, 'last-modified': 'Mon, 02 Jun 2025 09:00:00 GMT' }).end(feed.xml);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function clock(start = 1_000_000) {
  let t = start;
  const waits: number[] = [];
  return { now: () => t, advance: (ms: number) => (t += ms), sleep: async (ms: number) => void (waits.push(ms), (t += ms)), waits };
}
const options = (c: ReturnType<typeof clock>): PollOptions => ({ intervalMs: 60_000, maxBackoffMs: 300_000, minHostGapMs: 2000, fetch: { allowPrivate: true }, now: c.now, sleep: c.sleep });

describe('pollFeeds', () => {
  it('stores new items, then asks with If-None-Match and gets 304, then stores only what changed', async () => {
    const store = new SqliteStore(path.join(tempDir(), 'w.db'));
    const state: WatchState = { version: 1, feeds: {} };
    const c = clock();
    const url = `${base}/feed.xml`;
    const first = await pollFeeds(store, [url], state, options(c));
    expect(first[0]).toMatchObject({ status: 'new', stored: 2 });
    expect(state.feeds[url]).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 02 Jun 2025 09:00:00 GMT', failures: 0, nextPollAt: c.now() + 60_000 });

    const requests = seen.length;
    expect((await pollFeeds(store, [url], state, options(c)))[0]!.status).toBe('not-due');
    expect(seen.length).toBe(requests); // nothing fetched before it is due

    c.advance(60_000);
    const again = await pollFeeds(store, [url], state, options(c));
    expect(again[0]).toMatchObject({ status: 'unchanged', stored: 0 });
    expect(seen[seen.length - 1]!.headers['if-none-match']).toBe('"v1"');
    expect(seen[seen.length - 1]!.headers['if-modified-since']).toBe('Mon, 02 Jun 2025 09:00:00 GMT');

    feed = { etag: '"v2"', xml: rss([item(1, 'ferry strike'), item(2, 'bridge repairs'), item(3, 'new timetable')]) };
    c.advance(60_000);
    const changed = await pollFeeds(store, [url], state, options(c));
    expect(changed[0]).toMatchObject({ status: 'new', stored: 1, duplicates: 2 });
    expect(await store.countArticles()).toBe(3);
    await store.close();
  });

  it('backs off a failing feed: interval × 2, × 4, … up to the cap; a success resets it', async () => {
    const store = new SqliteStore(path.join(tempDir(), 'f.db'));
    const state: WatchState = { version: 1, feeds: {} };
    const c = clock();
    const url = `${base}/broken.xml`;
    failing = true;
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [o] = await pollFeeds(store, [url], state, options(c));
      expect(o!.status).toBe('failed');
      expect(o!.error).toMatch(/HTTP 500/);
      waits.push(o!.nextPollAt - c.now());
      c.advance(o!.nextPollAt - c.now());
    }
    expect(waits).toEqual([120_000, 240_000, 300_000, 300_000]);
    failing = false;
    const [ok] = await pollFeeds(store, [url], state, options(c));
    expect(ok!.status).toBe('new');
    expect(state.feeds[url]!.failures).toBe(0);
    await store.close();
  });

  it('takes Retry-After at its word (seconds or a date), up to the cap, for that feed and its host', async () => {
    const store = new SqliteStore(path.join(tempDir(), 'r.db'));
    const c = clock(Date.parse('2025-06-02T09:00:00Z'));
    const state: WatchState = { version: 1, feeds: {} };
    const before = seen.length;
    const [busy, other] = await pollFeeds(store, [`${base}/busy-200.xml`, `${base}/feed.xml`], state, options(c));
    expect(busy).toMatchObject({ status: 'failed', nextPollAt: c.now() + 200_000 });
    expect(busy!.error).toMatch(/HTTP 429/);
    // The same host asked for a pause: its other feed is not fetched in this round.
    expect(other).toMatchObject({ status: 'not-due', nextPollAt: c.now() + 200_000 });
    expect(seen.slice(before).map((r) => r.url)).toEqual(['/busy-200.xml']);
    // An HTTP date, 10 minutes ahead: capped at max-backoff (5 minutes here).
    const [dated] = await pollFeeds(store, [`${base}/busy-Mon,_02_Jun_2025_09:10:00_GMT.xml`], { version: 1, feeds: {} }, options(c));
    expect(dated!.nextPollAt - c.now()).toBe(300_000);
    // Shorter than the backoff: the backoff holds (interval × 2).
    const [short] = await pollFeeds(store, [`${base}/busy-5.xml`], { version: 1, feeds: {} }, options(c));
    expect(short!.nextPollAt - c.now()).toBe(120_000);
    await store.close();
  });

  it('waits between two requests to one host', async () => {
    const store = new SqliteStore(path.join(tempDir(), 'p.db'));
    const c = clock();
    await pollFeeds(store, [`${base}/a.xml`, `${base}/b.xml`, `${base}/c.xml`], { version: 1, feeds: {} }, { ...options(c), minHostGapMs: 5000 });
    expect(c.waits).toEqual([5000, 5000]);
    await store.close();
  });
});

describe('feed lists and state', () => {
  it('reads OPML outlines (nested) and text lists with comments; bad lines are named', () => {
    const opml = '<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline xmlUrl="https://a.example/rss"/><outline xmlUrl="https://b.example/atom"/></outline><outline xmlUrl="ftp://c.example/x"/></body></opml>';
    const o = parseFeedList(opml, 'feeds.opml');
    expect(o.urls).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(o.problems[0]!.message).toMatch(/ftp:\/\/c\.example\/x" is not an http\(s\) URL/);
    const list = parseFeedList('# my feeds\nhttps://a.example/rss\n\nnot a url\nhttps://a.example/rss  # again\n', 'feeds.txt');
    expect(list.urls).toEqual(['https://a.example/rss']);
    expect(list.problems).toEqual([expect.objectContaining({ source: 'feeds.txt', line: 4, code: 'bad-url' })]);
  });

  it('a damaged state file is an error naming it, not a silent reset', () => {
    const file = path.join(tempDir(), 'state.json');
    writeFileSync(file, '{"version": 1, "feeds": {"https://a.example/rss": {"etag": 3}}}');
    expect(() => loadWatchState(file)).toThrow(/state\.json: the watch state is invalid: feeds\.https:\/\/a\.example\/rss\.etag/);
  });

  it('parallax watch --once ingests a feed and keeps its state next to the store', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    feed = { etag: '"v9"', xml: rss([item(4, 'night ferries'), item(5, 'pilot training')]) };
    const r = await runCli(['--db', db, 'watch', `${base}/cli.xml`, '--once', '--allow-private']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cli\.xml: 2 new, 0 already stored/);
    expect(loadWatchState(`${db}.watch.json`).feeds[`${base}/cli.xml`]).toMatchObject({ etag: '"v9"', itemsStored: 2 });
  });

  it('parallax watch --once exits 3 when a feed fails, after storing what the others gave', async () => {
    const db = path.join(tempDir(), 'cli-fail.db');
    feed = { etag: '"v10"', xml: rss([item(6, 'harbour dredging')]) };
    const r = await runCli(['--db', db, 'watch', `${base}/missing.xml`, `${base}/ok.xml`, '--once', '--allow-private']);
    expect(r.stderr).toMatch(/missing\.xml: failed/);
    expect(r.stdout).toMatch(/ok\.xml: 1 new/);
    expect(r.code).toBe(3);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2025-06-02T09:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Mon, 02 Jun 2025 09:01:30 GMT', 90_000],
    ['Mon, 02 Jun 2025 08:00:00 GMT', 0], // in the past: no wait
    ['soon', null],
    ['', null],
    [undefined, null],
  ])('%s -> %s', (header, ms) => expect(retryAfterMs(header, now)).toBe(ms));
});
