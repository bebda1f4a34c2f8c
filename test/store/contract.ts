// The storage contract: every Store implementation runs this same suite.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { draft } from '../helpers/draft.js';
import { articleId } from '../../src/store/identity.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an article and reads it back field for field', async () => {
      const d = draft({ text: 'The barrier gave way at dawn.', url: 'https://courier.example/a', byline: 'Mara Quist', agencies: ['AP'] });
      const put = await store.putArticle(d);
      expect(put.status).toBe('stored');
      const got = await store.getArticle(put.id);
      expect(got).toMatchObject({ ...d, id: put.id, version: 1, versions: 1 });
    });

    it('re-ingesting identical content adds nothing and names the stored copy', async () => {
      const d = draft({ text: 'Same words twice.' });
      const first = await store.putArticle(d);
      const again = await store.putArticle({ ...d, source: 'copy.txt' });
      expect(again).toMatchObject({ status: 'duplicate', duplicateOf: { id: first.id, version: 1 } });
      expect(await store.countArticles()).toBe(1);
    });

    it('without a URL, the same text from another known outlet is another article; the same outlet again, or an unknown one, is a duplicate', async () => {
      const text = 'Polling stations in Marrowby closed at eight; the count began at once.';
      const wire = draft({ text, outlet: 'Tessaly News Agency', publishedAt: '2025-06-02T18:05:00.000Z', source: 'tna.txt' });
      const reprint = draft({ text, outlet: 'The Harlow Gazette', publishedAt: '2025-06-02T19:40:00.000Z', source: 'gazette.txt' });
      // The reprint first, as a directory read in name order would give it.
      const r = await store.putArticle(reprint);
      const w = await store.putArticle(wire);
      expect([r.status, w.status]).toEqual(['stored', 'stored']);
      expect(w.id).not.toBe(r.id);
      // The first keeps the id over its content alone, as before outlets were compared.
      expect(r.id).toBe(articleId(`hash:${reprint.contentHash}`));
      expect((await store.getArticle(w.id))).toMatchObject({ outlet: 'Tessaly News Agency', publishedAt: '2025-06-02T18:05:00.000Z' });
      expect((await store.getArticle(r.id))).toMatchObject({ outlet: 'The Harlow Gazette', publishedAt: '2025-06-02T19:40:00.000Z' });
      // A rerun adds nothing: each is its own stored copy's duplicate (name case and "The" aside).
      expect(await store.putArticle({ ...wire, source: 'again/tna.txt' })).toMatchObject({ status: 'duplicate', duplicateOf: { id: w.id, version: 1 } });
      expect(await store.putArticle({ ...reprint, outlet: 'harlow gazette', publishedAt: '2025-06-03T08:00:00.000Z' })).toMatchObject({ status: 'duplicate', duplicateOf: { id: r.id, version: 1 } });
      // No outlet: nothing tells it from either, so it is the first stored.
      const unknown = await store.putArticle({ ...wire, outlet: null, source: 'pasted.txt' });
      expect(unknown.status).toBe('duplicate');
      expect([r.id, w.id]).toContain(unknown.duplicateOf!.id);
      expect(await store.countArticles()).toBe(2);
    });

    it('without a URL, an item of a known outlet duplicates a stored copy whose outlet is unknown', async () => {
      const text = 'The bridge at Tolsey reopened to lorries on Monday.';
      const first = await store.putArticle(draft({ text, outlet: null }));
      expect(await store.putArticle(draft({ text, outlet: 'Tolsey Herald' }))).toMatchObject({ status: 'duplicate', duplicateOf: { id: first.id, version: 1 } });
      expect(await store.countArticles()).toBe(1);
    });

    it('an item without a URL is not a duplicate of another outlet\'s page with the same text and a URL', async () => {
      const text = 'Turnout in the Fenmoor district reached 64 per cent.';
      const page = await store.putArticle(draft({ text, outlet: 'Fenmoor Evening Star', url: 'https://star.example/turnout' }));
      const wire = await store.putArticle(draft({ text, outlet: 'Tessaly News Agency' }));
      expect(wire.status).toBe('stored');
      expect(await store.putArticle(draft({ text, outlet: 'Tessaly News Agency', source: 'again.txt' }))).toMatchObject({ status: 'duplicate', duplicateOf: { id: wire.id, version: 1 } });
      expect(await store.putArticle(draft({ text, outlet: 'Fenmoor Evening Star' }))).toMatchObject({ status: 'duplicate', duplicateOf: { id: page.id, version: 1 } });
      expect(await store.countArticles()).toBe(2);
    });

    it('a batch decides identities by content and outlet exactly as one-by-one writes do, within the batch too', async () => {
      const text = 'Ballot boxes from Yarrow arrived sealed, officials said.';
      const batch = [
        draft({ text, outlet: 'Yarrow Courier', source: 'courier.txt' }),
        draft({ text, outlet: 'Tessaly News Agency', source: 'tna.txt' }),
        draft({ text, outlet: 'Tessaly News Agency', source: 'tna-again.txt' }),
        draft({ text, outlet: null, source: 'pasted.txt' }),
        draft({ text, outlet: 'The Yarrow Courier', source: 'courier-again.txt' }),
        draft({ text, outlet: 'Marsh Radio', url: 'https://radio.example/boxes' }),
        draft({ text, outlet: 'Marsh Radio', source: 'radio.txt' }),
      ];
      const other = await open();
      try {
        const batched = await store.putArticles(batch);
        const single = [];
        for (const d of batch) single.push(await other.putArticle(d));
        expect(batched).toEqual(single);
        expect((batched as Array<{ status: string }>).map((x) => x.status)).toEqual(['stored', 'stored', 'duplicate', 'duplicate', 'duplicate', 'stored', 'duplicate']);
        expect(new Set((batched as Array<{ id: string }>).map((x) => x.id)).size).toBe(3);
        expect((await store.getArticles()).map((a) => a.outlet)).toEqual(['Yarrow Courier', 'Tessaly News Agency', 'Marsh Radio']);
        // Written again as a batch, all are duplicates of what is stored.
        expect(((await store.putArticles(batch)) as Array<{ status: string }>).every((x) => x.status === 'duplicate')).toBe(true);
        expect(await store.countArticles()).toBe(3);
      } finally {
        await other.close();
      }
    });

    it('the same URL with changed content becomes version 2; both versions kept', async () => {
      const url = 'https://courier.example/story';
      const v1 = await store.putArticle(draft({ url, text: 'At least 40 people were killed.' }));
      const v2 = await store.putArticle(draft({ url, text: 'At least 52 people were killed.' }));
      expect(v2).toMatchObject({ status: 'new-version', id: v1.id, version: 2 });
      expect(await store.countArticles()).toBe(1);
      expect((await store.getArticle(v1.id))!.text).toContain('52');
      expect((await store.getArticle(v1.id, 1))!.text).toContain('40');
      const versions = await store.listVersions(v1.id);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(versions[0]!.contentHash).not.toBe(versions[1]!.contentHash);
    });

    it('search finds the latest version only, with a snippet', async () => {
      const url = 'https://courier.example/story';
      await store.putArticle(draft({ url, text: 'Levee engineers warned of seepage.' }));
      await store.putArticle(draft({ url, text: 'Levee engineers warned of cracks.' }));
      expect((await store.search('seepage', { limit: 10, offset: 0 })).total).toBe(0);
      const hits = await store.search('cracks', { limit: 10, offset: 0 });
      expect(hits.total).toBe(1);
      expect(hits.items[0]!.snippet).toContain('[cracks]');
    });

    it('search tolerates punctuation that is FTS syntax', async () => {
      await store.putArticle(draft({ text: 'The "emergency" declaration (AND more).' }));
      await expect(store.search('"emergency" AND (', { limit: 5, offset: 0 })).resolves.toMatchObject({ total: 1 });
    });

    it('lists pages newest first with a total, and resolves id prefixes', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await store.putArticle(draft({ text: `Report number ${i}.`, title: `Report ${i}` }))).id);
      const page = await store.listArticles({ limit: 2, offset: 1 });
      expect(page.total).toBe(5);
      expect(page.items.map((a) => a.title)).toEqual(['Report 3', 'Report 2']);
      expect('text' in page.items[0]!).toBe(false);
      expect((await store.getArticle(ids[0]!.slice(0, 10)))!.id).toBe(ids[0]);
      expect(await store.getArticle('zzzzzzzz')).toBeNull();
    });

    it('returns latest versions with bodies in ingest order, all or by id', async () => {
      const a = await store.putArticle(draft({ text: 'First report.', title: 'A', url: 'https://x.example/a' }));
      const b = await store.putArticle(draft({ text: 'Second report.', title: 'B' }));
      await store.putArticle(draft({ text: 'First report, updated.', title: 'A', url: 'https://x.example/a' }));
      const all = await store.getArticles();
      expect(all.map((x) => [x.id, x.version, x.text])).toEqual([[a.id, 2, 'First report, updated.'], [b.id, 1, 'Second report.']]);
      expect((await store.getArticles([b.id, 'nope', a.id])).map((x) => x.id)).toEqual([a.id, b.id]);
      expect(await store.articleVersions()).toEqual([{ id: a.id, version: 2 }, { id: b.id, version: 1 }]);
    });

    it('deletes an article with every version, leaving the others whole', async () => {
      const a = await store.putArticle(draft({ text: 'Harbour cranes idle in Port Alden.', title: 'A', url: 'https://x.example/del' }));
      await store.putArticle(draft({ text: 'Harbour cranes move again in Port Alden.', title: 'A', url: 'https://x.example/del' }));
      const b = await store.putArticle(draft({ text: 'Harbour pilots strike.', title: 'B' }));
      expect(await store.deleteArticle(a.id.slice(0, 8))).toBe(a.id);
      expect(await store.getArticle(a.id)).toBeNull();
      expect(await store.listVersions(a.id)).toEqual([]);
      expect(await store.countArticles()).toBe(1);
      expect((await store.search('cranes', { limit: 10, offset: 0 })).total).toBe(0);
      expect((await store.search('harbour', { limit: 10, offset: 0 })).items.map((x) => x.id)).toEqual([b.id]);
      expect(await store.deleteArticle(a.id)).toBeNull();
      // The same URL can be stored again afterwards, as a new article.
      expect((await store.putArticle(draft({ text: 'Harbour cranes idle in Port Alden.', title: 'A', url: 'https://x.example/del' }))).status).toBe('stored');
    });

    it('keeps derived rows per article and kind: replaced on rewrite, skipped for unknown articles', async () => {
      const a = await store.putArticle(draft({ text: 'Ferry service resumes at Glenmarrow.' }));
      const b = await store.putArticle(draft({ text: 'Ferry fares rise at Glenmarrow.' }));
      expect((await store.getDerived('extraction', [a.id, b.id])).size).toBe(0);
      await store.putDerived('extraction', [
        { id: a.id, key: 'v1', data: '{"n":1}' },
        { id: b.id, key: 'v1', data: '{"n":2}' },
        { id: 'no-such-article', key: 'v1', data: '{}' },
      ]);
      await store.putDerived('extraction', [{ id: a.id, key: 'v2', data: '{"n":3}' }]);
      const got = await store.getDerived('extraction', [a.id, b.id, 'no-such-article']);
      expect([...got.values()].sort((x, y) => x.data.localeCompare(y.data))).toEqual([
        { id: b.id, key: 'v1', data: '{"n":2}' },
        { id: a.id, key: 'v2', data: '{"n":3}' },
      ]);
      await store.putDerived('extraction', []);
      expect((await store.getDerived('extraction', [])).size).toBe(0);
    });

    it('deleting an article deletes its derived rows', async () => {
      const a = await store.putArticle(draft({ text: 'Lighthouse keeper retires after forty years.' }));
      await store.putDerived('extraction', [{ id: a.id, key: 'k', data: '{}' }]);
      expect(await store.deleteArticle(a.id)).toBe(a.id);
      expect((await store.getDerived('extraction', [a.id])).size).toBe(0);
      // Stored again (same content, so the same id): no stale row comes back with it.
      const again = await store.putArticle(draft({ text: 'Lighthouse keeper retires after forty years.' }));
      expect((await store.getDerived('extraction', [again.id])).size).toBe(0);
    });

    it('writes several articles in one call: results in order, a copy within the call found, one bad write alone rejected', async () => {
      const a = draft({ text: 'Canal lock gates replaced at Wexley.', url: 'https://x.example/lock' });
      const bad = { ...draft({ text: 'Never stored.' }), text: null } as unknown as typeof a;
      const results = await store.putArticles([a, draft({ text: 'Towpath reopens at Wexley.' }), bad, { ...a, source: 'again.txt' }, draft({ text: 'Canal lock gates replaced at Wexley, with cranes.', url: 'https://x.example/lock' })]);
      expect(results.map((r) => (r instanceof Error ? 'error' : r.status))).toEqual(['stored', 'stored', 'error', 'duplicate', 'new-version']);
      const [first, , , copy, next] = results as Array<{ id: string; version: number; duplicateOf?: unknown }>;
      expect(copy!.duplicateOf).toEqual({ id: first!.id, version: 1 });
      expect([next!.id, next!.version]).toEqual([first!.id, 2]);
      expect(await store.countArticles()).toBe(2);
      expect(await store.putArticles([])).toEqual([]);
    });

    it('a batch writes exactly what the same articles written one by one would: outcomes, versions, change log, search', async () => {
      const earlier = [draft({ text: 'Harbour crane toppled in gale.', url: 'https://x.example/crane' }), draft({ text: 'Pier lights fail overnight.' }), draft({ text: 'Ferry timetable cut for winter.', url: 'https://x.example/ferry' })];
      const batch = [
        draft({ text: 'Harbour crane toppled in gale, two hurt.', url: 'https://x.example/crane' }), // new version of a stored URL
        draft({ text: 'Ferry timetable cut for winter.', url: 'https://x.example/ferry', source: 'again.xml' }), // unchanged: duplicate
        draft({ text: 'Dredger runs aground at Pellam.', url: 'https://x.example/dredger' }),
        draft({ text: 'Dredger runs aground at Pellam; tugs called.', url: 'https://x.example/dredger' }), // new version within the batch
        draft({ text: 'Pier lights fail overnight.', source: 'copy.txt' }), // no URL, stored content: duplicate
        draft({ text: 'Dredger runs aground at Pellam.', source: 'pasted.txt' }), // no URL, content written earlier in the batch
        draft({ text: 'Lock keeper rescues swan.' }),
        draft({ text: 'Lock keeper rescues swan.', source: 'twice.txt' }),
      ];
      const other = await open();
      try {
        const outcomes: unknown[][] = [];
        for (const [s, write] of [
          [store, (ds: typeof batch) => store.putArticles(ds)],
          [other, async (ds: typeof batch) => { const out = []; for (const d of ds) out.push(await other.putArticle(d)); return out; }],
        ] as const) {
          for (const d of earlier) await s.putArticle(d);
          const start = await s.lastChange();
          const results = await write(batch);
          const ids = [...new Set(results.map((r) => (r as { id: string }).id))];
          const stored = await Promise.all(ids.map(async (id) => ({ ...(await s.getArticle(id))!, ingestedAt: null })));
          const hits = (await s.search('dredger tugs', { limit: 5, offset: 0 })).items.map((h) => h.id);
          outcomes.push([results, (await s.changesSince(start)).map((c) => [c.id, c.version]), stored, hits, await s.countArticles()]);
        }
        expect(outcomes[0]).toEqual(outcomes[1]);
        const statuses = (outcomes[0]![0] as Array<{ status: string }>).map((r) => r.status);
        expect(statuses).toEqual(['new-version', 'duplicate', 'stored', 'new-version', 'duplicate', 'duplicate', 'stored', 'duplicate']);
        expect(outcomes[0]![3]).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    it('logs every write as a numbered change: stored, new version, deleted; a duplicate is none', async () => {
      const start = await store.lastChange();
      const a = await store.putArticle(draft({ text: 'Tram line closes at Ferris Quay.', url: 'https://x.example/tram' }));
      const b = await store.putArticle(draft({ text: 'Bus lanes painted on Ferris Road.' }));
      await store.putArticle(draft({ text: 'Bus lanes painted on Ferris Road.', source: 'again.txt' }));
      await store.putArticle(draft({ text: 'Tram line reopens at Ferris Quay.', url: 'https://x.example/tram' }));
      await store.deleteArticle(b.id);
      await store.deleteArticle(b.id); // nothing left to delete: no change
      const changes = await store.changesSince(start);
      expect(changes.map(({ id, version }) => [id, version])).toEqual([[a.id, 1], [b.id, 1], [a.id, 2], [b.id, null]]);
      const seqs = changes.map((c) => c.seq);
      expect(seqs.every((q, i) => q > (i ? seqs[i - 1]! : start))).toBe(true);
      expect(await store.lastChange()).toBe(seqs[3]);
      expect((await store.changesSince(seqs[1]!)).map((c) => c.version)).toEqual([2, null]);
      expect((await store.changesSince(start, 2)).map((c) => c.seq)).toEqual(seqs.slice(0, 2));
      expect(await store.changesSince(seqs[3]!)).toEqual([]);
    });

    it('records ingest runs', async () => {
      const run = await store.startRun();
      await expect(store.finishRun(run, { stored: 1 })).resolves.toBeUndefined();
    });
  });
}
