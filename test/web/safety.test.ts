// Untrusted article text in the browser: markup inside an article is shown as text and never
// runs, right-to-left text is laid out right to left, our own scripts cause no CSP violation,
// and a server that requires a token gets one from the ingest page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, repoRoot, screenshot, startTestServer, waitForJob, watchConsole, type TestServer } from './harness.js';

const scriptTag = '<script>window.__pwned=1</script>';
const imgTag = '<img src=x onerror="window.__pwned=2">';
const hostile = [
  'Harbour council in Quelbrook debates new ferry timetable',
  '',
  `The council of Quelbrook met on Monday to debate the ferry timetable. A resident wrote ${scriptTag} in the public comments.`,
  '',
  `Another comment read ${imgTag} and was read out by the clerk. The timetable vote was postponed to next week.`,
].join('\n');

async function ingestJson(server: TestServer, documents: { name: string; content: string }[]): Promise<void> {
  const response = await fetch(`${server.url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents }) });
  expect(response.status).toBe(202);
  const { job } = (await response.json()) as { job: { id: string } };
  expect((await waitForJob(server.url, job.id)).status).toBe('done');
}

async function articleIdByTitle(server: TestServer, fragment: string): Promise<string> {
  const page = (await (await fetch(`${server.url}/api/v1/articles?limit=100`)).json()) as { items: { id: string; title: string | null }[] };
  const hit = page.items.find((a) => a.title?.includes(fragment));
  if (!hit) throw new Error(`no stored article titled like "${fragment}" among ${page.items.map((a) => a.title).join(' | ')}`);
  return hit.id;
}

describe('untrusted content in the browser', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
    const hebrew = readFileSync(join(repoRoot, 'test', 'fixtures', 'corpus', 'rtl', 'he-second-round.txt'), 'utf8');
    await ingestJson(server, [
      { name: 'quelbrook-comments.txt', content: hostile },
      { name: 'he-second-round.txt', content: hebrew },
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows markup in article text literally and never runs it, with no CSP violation', async () => {
    const page = await browser.newPage();
    const watch = watchConsole(page);
    const response = await page.goto(`${server.url}/articles/${await articleIdByTitle(server, 'Quelbrook')}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('#article-text');
    const text = (await page.textContent('#article-text')) ?? '';
    expect(text).toContain(scriptTag);
    expect(text).toContain(imgTag);
    expect(await page.locator('#app script, #app img').count()).toBe(0);
    await page.waitForTimeout(300); // give a wrongly created <img> time to fail and fire onerror
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await screenshot(page, 'article-hostile-markup');
    await page.close();
  });

  it('markup in titles, bylines and outlet names is inert on every page: storylines, storyline, event, article', async () => {
    const mark = (where: string) => `<img src=x onerror="window.__pwned='${where}'"><script>window.__pwned='${where}'</script>`;
    const body = (n: number) =>
      `The Quelbrook ferry board voted ${n === 1 ? 'on Tuesday' : 'this week'} to cut the evening crossing, board chair Ilse Varrow said. ` +
      `The crossing carried 1,200 passengers a day, the board said. Varrow said the timetable would be reviewed in June.`;
    const lines = [1, 2].map((n) =>
      JSON.stringify({ title: `Quelbrook ferry cut ${mark(`title${n}`)}`, byline: `By ${mark(`byline${n}`)}`, outlet: `Gazette ${n} ${mark(`outlet${n}`)}`, url: `https://quelbrook${n}.example/ferry`, publishedAt: `2025-05-0${n}T08:00:00Z`, text: body(n) }),
    );
    await ingestJson(server, [{ name: 'hostile-fields.jsonl', content: lines.join('\n') + '\n' }]);
    const id = await articleIdByTitle(server, 'Quelbrook ferry cut');
    const found = (await (await fetch(`${server.url}/api/v1/storylines?q=quelbrook`)).json()) as { items: Array<{ id: string }> };
    const storylineId = found.items[0]?.id;
    if (!storylineId) throw new Error(JSON.stringify(await (await fetch(`${server.url}/api/v1/storylines`)).json()).slice(0, 1500));
    const page = await browser.newPage();
    const watch = watchConsole(page);
    const openEvent = async () => {
      await page.locator('#events .event-card').first().click();
      await page.waitForSelector('#event-panel #event-matrix');
    };
    // [page, what to wait for, whether the hostile markup is on it as text, what to do first]
    // [page, what to wait for, which hostile fields it shows as text, what to do first]
    const visits: Array<[string, string, string[], (() => Promise<void>)?]> = [
      ['/', 'table.storylines tbody tr', []], // lists storyline titles: this storyline is named after an earlier, harmless article
      [`/storylines/${storylineId}`, '#matrix table', ['outlet']],
      [`/storylines/${storylineId}`, '#events .event-card', ['outlet'], openEvent],
      [`/articles/${id}`, '#article-text', ['title', 'byline', 'outlet']],
    ];
    for (const [url, ready, fields, then] of visits) {
      await page.goto(`${server.url}${url}`);
      await page.waitForSelector(ready);
      await then?.();
      // Shown as text: the markup is in the page's text, and no element came from it.
      const text = await page.locator('#app').innerText();
      for (const f of fields) expect(text, `${url}: ${f}`).toMatch(new RegExp(`<img src=x onerror="window.__pwned='${f}\\d'">`));
      expect(await page.locator('#app script, #app img[src="x"]').count(), url).toBe(0);
      await page.waitForTimeout(200); // a wrongly created <img> would fail and fire onerror by now
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), url).toBeUndefined();
    }
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('lays out a Hebrew article right to left', async () => {
    const page = await browser.newPage();
    const lines = readFileSync(join(repoRoot, 'test', 'fixtures', 'corpus', 'rtl', 'he-second-round.txt'), 'utf8').split('\n');
    const title = lines.find((l) => l.trim())!.trim();
    await page.goto(`${server.url}/articles/${await articleIdByTitle(server, title.slice(0, 12))}`);
    await page.waitForSelector('#article-text');
    expect(await page.$eval('h1', (h) => getComputedStyle(h).direction)).toBe('rtl');
    expect(await page.$eval('#article-text', (t) => getComputedStyle(t).direction)).toBe('rtl');
    await screenshot(page, 'article-rtl');
    await page.close();
  });

  it('asks for an access token when the server answers 401 and resends with it', async () => {
    const guarded = await startTestServer({ token: 'test-token-123' });
    try {
      const page = await browser.newPage();
      await page.goto(`${guarded.url}/ingest`);
      await page.setInputFiles('input[type=file]', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
      await page.click('#ingest-form button[type=submit]');
      await page.waitForSelector('#access-token');
      await page.fill('#access-token', 'test-token-123');
      await page.click('.token-form button[type=submit]');
      await page.waitForSelector('#ingest-status[data-status="done"]', { timeout: 60_000 });
      await page.close();
    } finally {
      await guarded.close();
    }
  }, 90_000);
});
