// The storyline page with an outlet registry: a "Columns" choice, and ?by=ATTRIBUTE turning
// the matrix columns into the attribute's values.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutletRegistry } from '../../src/outlets/registry.js';
import { launchBrowser, repoRoot, screenshot, startTestServer, waitForJob, watchConsole, type TestServer } from './harness.js';

const html = join(repoRoot, 'test', 'fixtures', 'corpus', 'html');
const outlets = OutletRegistry.parse({
  outlets: [
    { name: 'The Calvaine Herald', attributes: { region: 'abroad' } },
    { name: 'The Global Dispatch', attributes: { region: 'abroad' } },
    { name: 'Kaldera Tribune', attributes: { region: 'home' } },
    { name: 'The Ashfell Voice', attributes: { region: 'home' } },
    { name: 'Northgate Daily Ledger', attributes: { region: 'abroad' } },
  ],
});

describe('grouping outlets on the storyline page', () => {
  let browser: Browser;
  let server: TestServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer({ outlets });
    const documents = readdirSync(html).map((f) => ({ name: basename(f), content: readFileSync(join(html, f), 'utf8') }));
    const res = await fetch(`${server.url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents }) });
    await waitForJob(server.url, ((await res.json()) as { job: { id: string } }).job.id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers the registry attributes and shows the matrix by their values', async () => {
    const list = (await (await fetch(`${server.url}/api/v1/storylines`)).json()) as { items: Array<{ id: string; articles: number }> };
    const id = [...list.items].sort((a, b) => b.articles - a.articles)[0]!.id;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watch = watchConsole(page);
    await page.goto(`${server.url}/storylines/${id}`);
    await page.waitForSelector('#group-by');
    expect(await page.locator('#group-by option').allTextContents()).toEqual(['each outlet', 'outlets grouped by region']);
    await page.selectOption('#group-by', 'region');
    await page.waitForURL(/\?by=region/);
    await page.waitForSelector('#matrix table thead th');
    const heads = (await page.locator('#matrix table thead th').allTextContents()).slice(2);
    expect(heads.sort()).toEqual(['abroad', 'home']);
    await screenshot(page, 'storyline-grouped');
    expect(watch.cspViolations).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});
