// The server's live analysis over a real SQLite store: built once from the store, then brought
// up to date by the articles stored since (not built again), and built again when an article
// it holds was rewritten or deleted. Its storylines partition the store's articles at every step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { BuildingError, LiveServed } from '../../src/server/live-served.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { analyzeArticles } from '../../src/analyze/index.js';
import { CORPUS } from '../fixtures/golden.js';
import { draft } from '../helpers/draft.js';
import { eventRows, type EventRow } from '../../src/server/views.js';
import { tempDir } from '../helpers/cli.js';

let store: SqliteStore;
let served: LiveServed;
const builds = () => served.stats.builds;

/** Storylines as sorted lists of article ids, sorted. */
const partition = (groups: string[][]) => groups.map((g) => [...g].sort().join(' ')).sort();

async function checkPartition(): Promise<string[][]> {
  const rows = await served.storylines();
  const groups = await Promise.all(rows.map(async ({ row }) => (await served.reportOf(row.id))!.storylines[0]!.articleIds));
  const ids = (await store.articleVersions()).map((v) => v.id);
  expect(groups.flat().sort()).toEqual([...ids].sort());
  rows.forEach(({ row }, i) => expect(row.articles).toBe(groups[i]!.length));
  return groups;
}

beforeAll(async () => {
  store = new SqliteStore(path.join(tempDir(), 'live.db'));
  await ingest(store, [path.join(CORPUS, 'text')]);
  served = new LiveServed(store, { chunk: 4 });
});
afterAll(async () => store.close());

describe('LiveServed', () => {
  it('builds from the store: the storylines of the whole-store analysis, events on one timeline', { timeout: 60_000 }, async () => {
    expect(served.status()).toBeNull();
    const groups = await checkPartition();
    const whole = analyzeArticles(await store.getArticles());
    // Built in chunks of 4 articles, yet the storylines of one analysis of all of them.
    expect(partition(groups)).toEqual(partition(whole.storylines.map((s) => s.articleIds)));
    expect(served.status()).toMatchObject({ mode: 'live', articles: whole.articles.length });
    // A small store is analysed whole at once: every row has its independent reports.
    expect((await served.storylines()).every(({ row }) => row.independentReports !== null && row.independentReports <= row.articles)).toBe(true);
    // A large one (here: anything over 0 articles) is analysed storyline by storyline, when asked.
    const lazy = new LiveServed(store, { analyseAllUpTo: 0 });
    const rows = await lazy.storylines();
    expect(rows.every(({ row }) => row.independentReports === null)).toBe(true);
    await lazy.reportOf(rows[0]!.row.id);
    expect((await lazy.storylines())[0]!.row.independentReports).toBeGreaterThan(0);
    const events = await served.events();
    expect(events.reduce((n, e) => n + e.articles, 0)).toBe(whole.articles.length);
    const starts = events.map((e) => e.start).filter(Boolean);
    expect(starts).toEqual([...starts].sort());
    // Dates that are estimates are flagged as in the report's own event rows.
    const flags = (rows: EventRow[]) => rows.map((e) => `${e.id} ${e.startEstimated} ${e.endEstimated}`).sort();
    expect(flags(events)).toEqual(flags(eventRows(whole)));
    expect(builds()).toBe(1);
  });

  it('adds what was stored since, without building again; the changed storylines are analysed', { timeout: 60_000 }, async () => {
    const before = served.stats.added;
    const stored = await ingest(store, [path.join(CORPUS, 'html')]);
    const n = stored.outcomes.filter((o) => o.status === 'stored').length;
    expect(n).toBeGreaterThan(0);
    // No invalidate(): another process stored them; the article count moved.
    await checkPartition();
    expect(builds()).toBe(1);
    expect(served.stats.added - before).toBe(n);
    const rows = (await served.storylines()).map((s) => s.row);
    // Every storyline the new articles joined was analysed right away: its independent reports are known.
    const fresh = new Set((await store.articleVersions()).slice(-n).map((v) => v.id));
    for (const { row } of await served.storylines()) {
      const report = (await served.reportOf(row.id))!;
      if (report.articles.some((a) => fresh.has(a.id))) expect(rows.find((r) => r.id === row.id)!.independentReports).toBe(report.storylines[0]!.independentReports);
    }
    const some = [...fresh][0]!;
    expect((await served.reportOfArticle(some))!.articles.map((a) => a.id)).toContain(some);
  });

  it('with worker threads for the reports: the same storylines and reports', { timeout: 60_000 }, async () => {
    const threaded = new LiveServed(store, { threads: 2 });
    const here = new LiveServed(store);
    try {
      const rows = await threaded.storylines();
      expect(rows).toEqual(await here.storylines());
      for (const { row } of rows) expect(await threaded.reportOf(row.id)).toEqual(await here.reportOf(row.id));
    } finally {
      await threaded.close();
    }
  });

  it('a read during a long build is answered at once: 503 with the progress, then the analysis', { timeout: 60_000 }, async () => {
    const slow = new LiveServed(store, { chunk: 1, waitMs: 0 });
    const err = await slow.storylines().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildingError);
    const { status, code, done, of } = err as BuildingError;
    expect([status, code]).toEqual([503, 'analysis-pending']);
    expect(of).toBe(await store.countArticles());
    expect(done).toBeLessThan(of);
    expect(slow.status()).toMatchObject({ mode: 'live', building: { of } });
    // Reads keep getting the progress until the build is done, then the storylines.
    let rows;
    for (let i = 0; i < 500 && !rows; i++) rows = await slow.storylines().catch((e: unknown) => (expect(e).toBeInstanceOf(BuildingError), undefined));
    expect(rows!.reduce((n, r) => n + r.row.articles, 0)).toBe(of);
    expect(slow.status()!.building).toBeUndefined();
  });

  it('tells the time of each step of an update: change log, read, clustering, reports and their stages', { timeout: 60_000 }, async () => {
    const stages = new Map<string, number>();
    const timed = new LiveServed(store, { onStage: (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms) });
    await timed.storylines();
    stages.clear();
    await store.putArticle(draft({ title: 'Pilots strike at Port Alden', text: 'Harbour pilots at Port Alden joined the dockworkers on strike on Thursday, halting ship movements.' }));
    await timed.storylines();
    expect([...stages.keys()].sort()).toEqual(expect.arrayContaining(['changes', 'read', 'cluster', 'reports', 'extract', 'align', 'frame']));
    expect([...stages.values()].every((ms) => ms >= 0)).toBe(true);
    await timed.close();
  });

  it('an article rewritten or deleted builds it again from the store', { timeout: 60_000 }, async () => {
    const url = 'https://harbour.example/cranes';
    const first = await store.putArticle(draft({ title: 'Cranes idle in Port Alden', text: 'Harbour cranes stood idle in Port Alden on Monday as dockworkers walked out over pay.', url }));
    served.invalidate();
    await checkPartition();
    expect(builds()).toBe(1);
    await store.putArticle(draft({ title: 'Cranes idle in Port Alden', text: 'Harbour cranes stood idle in Port Alden on Monday and Tuesday as dockworkers walked out over pay and shifts.', url }));
    // No invalidate(), as when another process rewrote it: the count is the same, the store's change log tells.
    await checkPartition();
    expect(builds()).toBe(2);
    expect((await served.reportOfArticle(first.id))!.articles.find((a) => a.id === first.id)!.text).toMatch(/Tuesday/);
    await store.deleteArticle(first.id);
    await checkPartition();
    expect(builds()).toBe(3);
    expect(await served.reportOfArticle(first.id)).toBeNull();
    expect(await served.reportOf('s-nothing')).toBeNull();
    // One deleted and one stored between two reads (the count unchanged): built again, the new one in.
    const other = (await store.articleVersions())[0]!.id;
    await store.deleteArticle(other);
    const added = await store.putArticle(draft({ title: 'Ferry resumes', text: 'The Port Alden ferry resumed service on Wednesday after the dockworkers returned.' }));
    await checkPartition();
    expect(builds()).toBe(4);
    expect(await served.reportOfArticle(other)).toBeNull();
    expect(await served.reportOfArticle(added.id)).not.toBeNull();
    // Stored and deleted between two reads: nothing to build, nothing added.
    const before = served.stats.added;
    const brief = await store.putArticle(draft({ title: 'Brief', text: 'A notice posted and withdrawn within the hour at the Port Alden harbour office.' }));
    await store.deleteArticle(brief.id);
    await checkPartition();
    expect([builds(), served.stats.added - before]).toEqual([4, 0]);
  });
});
