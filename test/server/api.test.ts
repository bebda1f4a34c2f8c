// The HTTP API in-process (app.request): every route, good and bad input, over a real SQLite
// store filled through the ingest route itself with the invented fixture corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { createApp, type ParallaxApp } from '../../src/server/app.js';
import { OutletRegistry } from '../../src/outlets/registry.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
const files = ['text', 'html'].flatMap((d) => readdirSync(path.join(CORPUS, d)).map((f) => path.join(CORPUS, d, f)));

// Run twice: over the whole-store analysis and over the live analysis (`parallax serve --live`).
describe.each([['whole', false], ['live', true]] as const)('API over the %s analysis', (_mode, live) => {
  let store: SqliteStore;
  let px: ParallaxApp;
  const get = async (url: string) => {
    const res = await px.app.request(url);
    return { res, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() };
  };

  async function waitForJob(app: ParallaxApp, id: string) {
    await app.jobs.idle();
    const res = await app.app.request(`/api/v1/jobs/${id}`);
    return res.json();
  }

  beforeAll(async () => {
    store = new SqliteStore(path.join(tempDir(), 'api.db'));
    px = createApp(store, { webDir: path.join(tempDir(), 'no-web'), live });
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([readFileSync(f)]), path.basename(f));
    form.append('files', new Blob([readFileSync(path.join(CORPUS, 'bad/empty.txt'))]), 'empty.txt');
    const res = await px.app.request('/api/v1/ingest', { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const { job } = await res.json();
    expect(res.headers.get('location')).toBe(`/api/v1/jobs/${job.id}`);
    const done = await waitForJob(px, job.id);
    expect(done.status).toBe('done');
    expect(done.summary.stored).toBe(files.length);
    expect(done.rejected).toEqual([expect.objectContaining({ source: 'upload:empty.txt' })]);
  });
  afterAll(async () => store.close());

  describe('read routes', () => {
    it('health counts the stored articles', async () => {
      const { res, body } = await get('/api/v1/health');
      expect(res.status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', articles: files.length });
      expect(body.analysis === null || body.analysis.articles === files.length).toBe(true);
      // Once a view was served, health says what analysis it came from and how long that took.
      expect((await get('/api/v1/storylines')).res.status).toBe(200);
      const after = (await get('/api/v1/health')).body;
      expect(after.analysis).toMatchObject({ articles: files.length, tookMs: expect.any(Number) });
      expect(Date.parse(after.analysis.madeAt)).not.toBeNaN();
    });

    it('uploads are recorded under their own names, not a temporary path', async () => {
      const { body } = await get('/api/v1/articles?limit=200');
      expect(body.total).toBe(files.length);
      expect(body.items.map((a: { source: string }) => a.source).sort()).toEqual(files.map((f) => `upload:${path.basename(f)}`).sort());
    });

    it('CSV and Markdown pages of a list give the whole count: X-Total-Count, and a closing line when cut', async () => {
      for (const [url, rows, closing] of [
        ['/api/v1/articles?format=csv&limit=2', 2, null],
        ['/api/v1/articles?format=md&limit=2', 2, `showing 2 of ${files.length} (offset 0, limit 2)`],
        [`/api/v1/articles?format=md&limit=200`, files.length, null], // the whole list: no closing line
        ['/api/v1/articles?limit=2', 2, null],
      ] as const) {
        const { res, body } = await get(url);
        expect(res.headers.get('x-total-count'), url).toBe(String(files.length));
        if (typeof body !== 'string') continue;
        const lines = body.trim().split(/\r?\n/);
        // Rows after the header: one header line in CSV, header and rule in a Markdown table.
        const dataRows = url.includes('csv') ? lines.length - 1 : lines.filter((l) => l.startsWith('|')).length - 2;
        expect(dataRows, url).toBe(rows);
        if (closing) expect(lines.at(-1), url).toBe(closing);
        else expect(body, url).not.toMatch(/showing \d+ of/);
      }
      expect((await get('/api/v1/storylines?format=csv&limit=1')).res.headers.get('x-total-count')).toMatch(/^[1-9]\d*$/);
    });

    it('pages articles and searches them', async () => {
      const first = (await get('/api/v1/articles?limit=3&offset=0')).body;
      const next = (await get('/api/v1/articles?limit=3&offset=3')).body;
      expect(first.items).toHaveLength(3);
      expect(new Set([...first.items, ...next.items].map((a: { id: string }) => a.id)).size).toBe(first.items.length + next.items.length);
      const hit = (await get('/api/v1/articles?q=Tarnbridge')).body;
      expect(hit.total).toBeGreaterThan(0);
      expect(hit.items[0].snippet).toMatch(/\[Tarnbridge\]/i);
    });

    it('lists storylines with counts, searchable, paged, with exports', async () => {
      const { body } = await get('/api/v1/storylines');
      expect(body.total).toBeGreaterThan(0);
      const sum = body.items.reduce((n: number, s: { articles: number }) => n + s.articles, 0);
      expect(sum).toBe(files.length); // storylines partition the articles
      // A live analysis knows a storyline's independent reports once it analysed it (below, after views).
      for (const s of body.items) if (!live || s.independentReports !== null) expect(s.independentReports).toBeLessThanOrEqual(s.articles);
      expect((await get('/api/v1/storylines?q=zzzqqq')).body.total).toBe(0);
      const csv = await get('/api/v1/storylines?format=csv');
      expect(csv.res.headers.get('content-type')).toMatch(/text\/csv/);
      expect(String(csv.body).split('\r\n')[0]).toBe('id,title,articles,outlets,independentReports,events,start,end');
      const md = await get('/api/v1/storylines?format=md');
      expect(md.body).toMatch(/^\| id \| title \|/);
    });

    it('a storyline comparison: events partition it, the matrix has one cell per outlet, exports agree', async () => {
      const list = (await get('/api/v1/storylines')).body.items;
      const largest = [...list].sort((a, b) => b.articles - a.articles)[0];
      const { res, body } = await get(`/api/v1/storylines/${largest.id}`);
      expect(res.status).toBe(200);
      expect(body.kind).toBe('storyline');
      expect(body.events.flatMap((e: { articleIds: string[] }) => e.articleIds).sort()).toEqual(body.articles.map((a: { id: string }) => a.id).sort());
      expect(body.matrix.rows.length).toBeGreaterThan(0);
      for (const row of body.matrix.rows) {
        // One cell per outlet (by name), then one per article with no outlet (outlet null, articleId set).
        expect(row.cells.map((c: { outlet: string | null; articleId: string | null }) => c.outlet ?? c.articleId)).toEqual([...body.outlets, ...body.articlesWithoutOutlet]);
        expect(body.outlets.every((o: string) => !body.articles.some((a: { id: string }) => a.id === o))).toBe(true);
        expect(row.cells.some((c: { state: string }) => c.state !== 'missing')).toBe(true);
      }
      const csv = String((await get(`/api/v1/storylines/${largest.id}?format=csv`)).body).trim().split('\r\n');
      expect(csv).toHaveLength(body.matrix.rows.length + 1);
      const event = body.events[0];
      const ev = await get(`/api/v1/events/${event.id}`);
      expect(ev.res.status).toBe(200);
      expect(ev.body.kind).toBe('event');
      expect(ev.body.articles.map((a: { id: string }) => a.id).sort()).toEqual([...event.articleIds].sort());
      expect((await get(`/api/v1/storylines/${event.id}`)).res.status).toBe(404); // an event is not a storyline
    });

    it("a storyline's quotes: the first publisher's occurrence first, then by date, each with its verb phrase and wording", async () => {
      const list = (await get('/api/v1/storylines')).body.items;
      const largest = [...list].sort((a, b) => b.articles - a.articles)[0];
      const quotes: Array<{ firstPublisher: { articleId: string } | null; occurrences: Array<{ articleId: string; publishedAt: string | null; verb: string | null; channel: string | null; verbPhrase: string | null; wording: string | null; credit: string }> }> = (await get(`/api/v1/storylines/${largest.id}`)).body.quotes;
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        const [first, ...later] = q.occurrences;
        expect(first!.articleId).toBe(q.firstPublisher!.articleId);
        expect(first!.credit).toBe('first');
        const days = later.map((o) => o.publishedAt ?? '\uffff');
        expect(days).toEqual([...days].sort());
        for (const o of q.occurrences) {
          expect(o.verbPhrase === null).toBe(o.verb === null);
          if (o.verb) expect(o.verbPhrase!.startsWith(o.verb)).toBe(true);
          if (o.channel) expect(o.verbPhrase).toContain(o.channel);
        }
      }
      expect(quotes.some((q) => q.occurrences.some((o) => o.wording !== null))).toBe(true);
    });

    it('marks dates Parallax estimated wherever an article date is shown, as the article itself says', async () => {
      const list = (await get('/api/v1/storylines')).body.items;
      const seen: boolean[] = [];
      for (const s of list) {
        const body = (await get(`/api/v1/storylines/${s.id}`)).body;
        for (const a of body.articles as Array<{ id: string; dateEstimated: boolean }>) {
          const article = (await get(`/api/v1/articles/${a.id}`)).body.article;
          expect(a.dateEstimated).toBe(article.dateEstimated);
          seen.push(a.dateEstimated);
        }
        const estimatedOf = new Map((body.articles as Array<{ id: string; dateEstimated: boolean }>).map((a) => [a.id, a.dateEstimated]));
        for (const q of body.quotes as Array<{ firstPublisher: { articleId: string; dateEstimated: boolean } | null; occurrences: Array<{ articleId: string; dateEstimated: boolean }> }>) {
          if (q.firstPublisher) expect(q.firstPublisher.dateEstimated).toBe(estimatedOf.get(q.firstPublisher.articleId));
          for (const o of q.occurrences) expect(o.dateEstimated).toBe(estimatedOf.get(o.articleId));
        }
      }
      // The fixture corpus has both kinds.
      expect(new Set(seen)).toEqual(new Set([true, false]));
    });

    it('health says which analysis serves; a viewed storyline has its independent reports', async () => {
      const list = (await get('/api/v1/storylines')).body.items;
      const largest = [...list].sort((a, b) => b.articles - a.articles)[0];
      const view = (await get(`/api/v1/storylines/${largest.id}`)).body;
      const row = (await get('/api/v1/storylines')).body.items.find((s: { id: string }) => s.id === largest.id);
      expect(row.independentReports).toBe(view.independentReports);
      expect(row.independentReports).toBeGreaterThan(0);
      expect((await get('/api/v1/health')).body.analysis.mode).toBe(live ? 'live' : 'whole');
    });

    it('an article: highlights lie inside its text, its event and why are given', async () => {
      const ids = (await get('/api/v1/articles?limit=200')).body.items.map((a: { id: string }) => a.id);
      let kinds = new Set<string>();
      for (const id of ids) {
        const { res, body } = await get(`/api/v1/articles/${id}`);
        expect(res.status).toBe(200);
        expect(body.event).not.toBeNull();
        for (const h of body.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(body.article.text.length);
          expect(h.start).toBeLessThan(h.end);
        }
        for (const s of [...body.sources, ...body.copies]) for (const p of s.passages) expect(p.sourceEnd).toBeLessThanOrEqual((body.sources.includes(s) ? s.text : body.article.text).length);
        kinds = new Set([...kinds, ...body.highlights.map((h: { kind: string }) => h.kind)]);
      }
      expect([...kinds]).toEqual(expect.arrayContaining(['quote', 'name', 'claim']));
      const prefix = await get(`/api/v1/articles/${ids[0].slice(0, 12)}`);
      expect(prefix.body.article.id).toBe(ids[0]);
    });
  });

  describe('events and exports of one article', () => {
    it('lists events on one timeline; they partition the articles; storylineId narrows them', async () => {
      const { body } = await get('/api/v1/events?limit=200');
      expect(body.items.reduce((n: number, e: { articles: number }) => n + e.articles, 0)).toBe(files.length);
      const starts = body.items.map((e: { start: string | null }) => e.start).filter(Boolean);
      expect(starts).toEqual([...starts].sort());
      const sid = body.items[0].storylineId;
      const one = (await get(`/api/v1/events?storylineId=${sid}`)).body;
      expect(one.items.every((e: { storylineId: string }) => e.storylineId === sid)).toBe(true);
      expect(one.total).toBe((await get(`/api/v1/storylines/${sid}`)).body.events.length);
    });

    it('an article exports its highlights as CSV and Markdown', async () => {
      const id = (await get('/api/v1/articles?q=Zubaydi')).body.items[0].id;
      const view = (await get(`/api/v1/articles/${id}`)).body;
      const csv = String((await get(`/api/v1/articles/${id}?format=csv`)).body).trim().split('\r\n');
      expect(csv[0]).toBe('kind,start,end,text,label');
      expect(csv).toHaveLength(view.highlights.length + 1);
      const md = String((await get(`/api/v1/articles/${id}?format=md`)).body);
      expect(md).toContain(view.article.text.slice(0, 60));
    });
  });

  describe('bad input gets a 4xx naming the field', () => {
    it.each([
      ['/api/v1/storylines?limit=0', 400, 'query.limit'],
      ['/api/v1/storylines?limit=abc', 400, 'query.limit'],
      ['/api/v1/articles?offset=-1', 400, 'query.offset'],
      ['/api/v1/storylines?format=xml', 400, 'query.format'],
      ['/api/v1/articles?q=%20%2B%2B', 400, 'query.q'],
      ['/api/v1/articles/a%20b', 400, 'path.id'], // the bad value is in the path, not the query
      ['/api/v1/storylines/a%20b', 400, 'path.id'],
      ['/api/v1/events?storylineId=s-nothing', 404, 'query.storylineId'], // unknown, not an empty list
    ])('%s -> %i (%s)', async (url, status, field) => {
      const { res, body } = await get(url);
      expect(res.status).toBe(status);
      expect(body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    });

    it.each(['/api/v1/articles/nosuchid', '/api/v1/storylines/s-nothing', '/api/v1/events/e-nothing', '/api/v1/jobs/job-0', '/api/v1/nothing'])('%s -> 404 with a message', async (url) => {
      const { res, body } = await get(url);
      expect(res.status).toBe(404);
      expect(body.error.message).toMatch(/no /);
    });

    it('ingest: JSON fields are checked, other content types refused', async () => {
      const post = (body: string, type = 'application/json') => px.app.request('/api/v1/ingest', { method: 'POST', body, headers: { 'content-type': type } });
      const bad = await post(JSON.stringify({ urls: ['ftp://x.example/a'], documents: [{ name: '', content: 'x' }] }));
      expect(bad.status).toBe(400);
      const paths = (await bad.json()).error.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['body.urls.0', 'body.documents.0.name']));
      expect((await post('{}')).status).toBe(400);
      expect((await post(JSON.stringify({ extra: 1, urls: [] }))).status).toBe(400);
      const notJson = await post('{not json');
      expect(notJson.status).toBe(400);
      expect((await notJson.json()).error).toMatchObject({ code: 'bad-json', issues: [{ path: 'body', message: expect.stringMatching(/^the body is not valid JSON \(.+\)$/) }] });
      expect((await post('hello', 'text/plain')).status).toBe(415);
      const form = new FormData();
      form.append('urls', 'https://a.example/ok\nnot a url');
      const multipart = await px.app.request('/api/v1/ingest', { method: 'POST', body: form });
      expect(multipart.status).toBe(400);
      expect((await multipart.json()).error.issues.map((i: { path: string }) => i.path)).toEqual(['body.urls.1']);
    });

    it.each([
      ['a part cut short', 'multipart/form-data; boundary=xyz', '--xyz\r\nbroken'],
      ['no boundary named', 'multipart/form-data', '--xyz\r\nContent-Disposition: form-data; name="urls"\r\n\r\nhttps://a.example/\r\n--xyz--\r\n'],
    ])('ingest: a malformed multipart body (%s) -> 400 naming the body', async (_what, type, body) => {
      const res = await px.app.request('/api/v1/ingest', { method: 'POST', body, headers: { 'content-type': type } });
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error).toMatchObject({ code: 'bad-request', issues: [{ path: 'body', message: expect.stringMatching(/multipart body cannot be read/) }] });
    });

    it('writes are rate-limited per client (429 with Retry-After); reads are not', async () => {
      const limited = createApp(store, { live, writeLimit: { burst: 2, perMinute: 6 } });
      const post = () => limited.app.request('/api/v1/ingest', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect((await post()).status).toBe(400);
      expect((await post()).status).toBe(400);
      const third = await post();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await third.json()).error.message).toMatch(/at most 6 a minute/);
      for (let i = 0; i < 5; i++) expect((await limited.app.request('/api/v1/health')).status).toBe(200);
    });

    it('a full job queue answers 503 with Retry-After, and error bodies name no server path', async () => {
      const { MemoryQueue } = await import('../../src/queue/memory.js');
      const full = createApp(store, { live, queue: new MemoryQueue(store, 0) });
      const res = await full.app.request('/api/v1/ingest', { method: 'POST', body: JSON.stringify({ urls: ['https://a.example/x'] }), headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect((await res.json()).error.code).toBe('queue-full');
      const notBuilt = await (await px.app.request('/')).text();
      expect(notBuilt).not.toMatch(/\/(tmp|work|home|root)\//);
    });

    it('a body over the limit is refused with 413', async () => {
      const small = createApp(store, { live, maxBodyBytes: 1000 });
      const res = await small.app.request('/api/v1/ingest', { method: 'POST', body: JSON.stringify({ documents: [{ name: 'a.txt', content: 'x'.repeat(5000) }] }), headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(413);
    });
  });

  describe('JSON documents, a token, and the headers', () => {
    it('writes need the token when one is set; reads do not', async () => {
      const secured = createApp(store, { live, token: 'a-long-test-token-123' });
      const body = JSON.stringify({ documents: [{ name: 'note.txt', content: 'Envoy Rafael de Castellane said on Monday that talks would resume in Port Alden next week, after a pause of several days.' }] });
      const post = (auth?: string) => secured.app.request('/api/v1/ingest', { method: 'POST', body, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) } });
      expect((await post()).status).toBe(401);
      expect((await post('Bearer wrong-token-of-some-length')).status).toBe(403);
      const ok = await post('Bearer a-long-test-token-123');
      expect(ok.status).toBe(202);
      const job = await waitForJob(secured, (await ok.json()).job.id);
      expect(job.status).toBe('done');
      expect(job.stored[0].source).toBe('upload:note.txt');
      expect((await secured.app.request('/api/v1/health')).status).toBe(200);
    });

    it('delete: needs the token, removes the article and its analysis, then 404', async () => {
      const own = new SqliteStore(path.join(tempDir(), 'delete.db'));
      const app = createApp(own, { live, token: 'another-long-test-token' });
      const auth = { authorization: 'Bearer another-long-test-token' };
      const posted = await app.app.request('/api/v1/ingest', { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ documents: files.slice(0, 3).map((f) => ({ name: path.basename(f), content: readFileSync(f, 'utf8') })) }) });
      await waitForJob(app, (await posted.json()).job.id);
      const id = (await (await app.app.request('/api/v1/articles')).json()).items[0].id;
      expect((await app.app.request(`/api/v1/articles/${id}`, { method: 'DELETE' })).status).toBe(401);
      const del = await app.app.request(`/api/v1/articles/${id}`, { method: 'DELETE', headers: auth });
      expect(await del.json()).toEqual({ deleted: id });
      expect((await app.app.request(`/api/v1/articles/${id}`)).status).toBe(404);
      const left = await (await app.app.request('/api/v1/storylines')).json();
      expect(left.items.reduce((n: number, x: { articles: number }) => n + x.articles, 0)).toBe(2);
      expect((await app.app.request(`/api/v1/articles/${id}`, { method: 'DELETE', headers: auth })).status).toBe(404);
      await own.close();
    });

    it('writes from another site are refused; the same origin and non-browser clients pass', async () => {
      const body = JSON.stringify({ urls: ['https://a.example/x'] });
      const post = (headers: Record<string, string>) => px.app.request('http://127.0.0.1:8080/api/v1/ingest', { method: 'POST', body, headers: { 'content-type': 'application/json', host: '127.0.0.1:8080', ...headers } });
      const foreign: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }];
      for (const h of foreign) {
        const res = await post(h);
        expect(res.status, JSON.stringify(h)).toBe(403);
        expect((await res.json()).error.code).toBe('cross-origin');
      }
      expect((await post({ origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' })).status).toBe(202);
      expect((await post({})).status).toBe(202);
      await px.jobs.idle();
    });

    it('every response carries a strict CSP', async () => {
      for (const url of ['/api/v1/health', '/api/v1/nothing', '/']) {
        const csp = (await px.app.request(url)).headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
      }
    });

    it('pages answer 503 with the fix when the web build is missing', async () => {
      const { res, body } = await get('/');
      expect(res.status).toBe(503);
      expect(body.error.message).toMatch(/npm run build/);
    });
  });

  describe('grouping by an outlet-registry attribute', () => {
    it('groupBy turns the matrix columns into the attribute values; an unknown attribute is a 400', async () => {
      const outlets = OutletRegistry.parse({ outlets: [{ name: 'The Calvaine Herald', attributes: { country: 'Calvaine' } }, { name: 'Kaldera Tribune', attributes: { country: 'Norvessa' } }, { name: 'The Ashfell Voice', attributes: { country: 'Norvessa' } }, { name: 'Dunmore Evening Star', attributes: { country: 'Calvaine' } }] });
      const grouped = createApp(store, { live, outlets });
      const list = await (await grouped.app.request('/api/v1/storylines')).json();
      const id = [...list.items].sort((a, b) => b.articles - a.articles)[0].id;
      const view = await (await grouped.app.request(`/api/v1/storylines/${id}?groupBy=country`)).json();
      expect(view.outlets).toEqual(expect.arrayContaining(['Calvaine', 'Norvessa', '(no country)']));
      expect(view.outlets).toHaveLength(3);
      for (const row of view.matrix.rows) {
        expect(row.cells.map((c: { outlet: string | null; articleId: string | null }) => c.outlet ?? c.articleId)).toEqual([...view.outlets, ...view.articlesWithoutOutlet]);
      }
      const bad = await grouped.app.request(`/api/v1/storylines/${id}?groupBy=stance`);
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.issues[0].path).toBe('query.groupBy');
      expect((await px.app.request(`/api/v1/storylines/${id}?groupBy=country`)).status).toBe(400); // no registry
      const listed = await (await grouped.app.request('/api/v1/outlets')).json();
      expect(listed.attributes).toEqual(['country']);
      expect(listed.items.find((o: { name: string }) => o.name === 'Kaldera Tribune')).toMatchObject({ registered: true, attributes: { country: 'Norvessa' }, articles: 1 });
      expect(listed.items.find((o: { name: string }) => o.name === 'Meridian Press Agency')).toMatchObject({ registered: false, attributes: {} });
      // A registry entry no stored article matched is listed with 0 articles, not left out.
      expect(listed.items.find((o: { name: string }) => o.name === 'Dunmore Evening Star')).toMatchObject({ registered: true, articles: 0, attributes: { country: 'Calvaine' } });
      expect(String(await (await grouped.app.request('/api/v1/outlets?format=csv')).text()).split('\r\n')[0]).toBe('name,registered,articles,country');
    });
  });

  describe('OpenAPI document', () => {
    it('describes exactly the API routes the app answers', async () => {
      const doc = (await get('/api/v1/openapi.json')).body;
      const described = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`));
      const answered = px.app.routes
        .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
      expect([...new Set(answered)].sort()).toEqual([...new Set(described)].sort());
    });
  });
});
