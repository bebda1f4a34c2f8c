// The web app end to end in Chromium: the fixture corpus is ingested through the ingest page,
// then the storylines list, the largest storyline (events, chart, matrix, copy graph) and an
// article with highlights are opened. Screenshots go to test-artifacts/screenshots/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageOverflowsSideways, repoRoot, screenshot, startTestServer, watchConsole, type ConsoleWatch, type TestServer } from './harness.js';

const corpus = join(repoRoot, 'test', 'fixtures', 'corpus');
const corpusFiles = [
  ...readdirSync(join(corpus, 'text')).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, 'text', f)),
  ...readdirSync(join(corpus, 'html')).filter((f) => f.endsWith('.html')).map((f) => join(corpus, 'html', f)),
];

describe('web pages in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;
  let watch: ConsoleWatch;
  let storylineUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = watchConsole(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ingests the fixture files through the ingest page and shows the job to its end', async () => {
    await page.goto(`${server.url}/ingest`);
    await page.setInputFiles('input[type=file]', corpusFiles);
    await expect.poll(() => page.locator('.chosen-files li').count()).toBe(corpusFiles.length);
    await page.click('#ingest-form button[type=submit]');
    await page.waitForSelector('#ingest-status[data-status="done"], #ingest-status[data-status="failed"]', { timeout: 90_000 });
    expect(await page.getAttribute('#ingest-status', 'data-status')).toBe('done');
    expect(Number(await page.textContent('[data-count="stored"]'))).toBeGreaterThan(0);
    expect(await page.locator('#ingest-status a[href="/"]').count()).toBe(1);
    await screenshot(page, 'ingest');
  }, 120_000);

  it('lists storylines and opens the largest one', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('table.storylines tbody tr');
    await screenshot(page, 'storylines');
    const rows = await page.$$eval('table.storylines tbody tr', (trs) => trs.map((tr) => ({ href: tr.querySelector('a')?.getAttribute('href') ?? '', articles: Number(tr.children[1]?.textContent) })));
    const largest = rows.reduce((a, b) => (b.articles > a.articles ? b : a));
    expect(largest.href).toMatch(/^\/storylines\//);
    expect(await page.locator('a.export-csv').getAttribute('href')).toContain('format=csv');
    storylineUrl = `${server.url}${largest.href}`;
  });

  it('shows the storyline: matrix with outlet columns, figures chart, copy graph, events', async () => {
    await page.goto(storylineUrl);
    await page.waitForSelector('h1');
    const outletColumns = (await page.locator('#matrix table thead th').count()) - 2; // minus claim and status
    expect(outletColumns).toBeGreaterThan(1);
    expect(await page.locator('#matrix table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#figures canvas').count()).toBe(1);
    await page.waitForSelector('#derivations .graph-box canvas'); // drawn by cytoscape
    expect(await page.locator('#events .event-card').count()).toBeGreaterThan(0);
    // Each quote's occurrences: who each outlet says spoke, its verb, and how its words differ from the first.
    expect(await page.$$eval('#quotes table.occurrences', (ts) => ts.length)).toBeGreaterThan(0);
    expect(await page.locator('#quotes table.occurrences').first().locator('thead th').allTextContents()).toEqual(['Outlet', 'Date', 'Speaker as written', 'Verb', 'Wording', 'Credit']);
    const wordings = await page.$$eval('#quotes table.occurrences tbody tr', (trs) => trs.map((tr) => tr.children[4]?.textContent ?? ''));
    expect(wordings).toContain('first wording');
    expect(wordings.some((w) => w.startsWith('changed: ') || w === 'cut short')).toBe(true);
    await screenshot(page, 'storyline');

    await page.locator('#events .event-card').first().click();
    await page.waitForSelector('#event-panel #event-matrix');
    expect(await page.locator('#events .event-card[aria-pressed="true"]').count()).toBe(1);
    await screenshot(page, 'storyline-event');
  }, 60_000);

  it('fits a phone screen: wide tables scroll inside the page', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(storylineUrl);
    await phone.waitForSelector('#matrix table');
    expect(await pageOverflowsSideways(phone)).toBe(false);
    await screenshot(phone, 'storyline-phone');
    await phone.close();
  });

  it('opens an article with highlights and their toggles', async () => {
    await page.goto(storylineUrl);
    await page.waitForSelector('#articles table a');
    // The article with the most marked text is the interesting one; check each briefly.
    const hrefs = await page.$$eval('#articles table a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    let best = { href: '', marks: -1 };
    for (const href of hrefs) {
      await page.goto(`${server.url}${href}`);
      await page.waitForSelector('#article-text');
      const marks = await page.locator('#article-text mark').count();
      if (marks > best.marks) best = { href, marks };
    }
    await page.goto(`${server.url}${best.href}`);
    await page.waitForSelector('#article-text');
    expect(await page.locator('#article-text mark').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('h1', 'dir')).toBe('auto');
    const toggle = page.locator('.highlight-legend input[data-kind]:not([disabled])').first();
    const kind = await toggle.getAttribute('data-kind');
    await toggle.uncheck();
    expect(await page.getAttribute('#article-text', 'class')).toContain(`hide-${kind}`);
    await toggle.check();
    await screenshot(page, 'article');
  }, 60_000);

  it('raised no script error and no CSP violation on any page', () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
});
