// Shared set-up for the browser tests: the web app built into a temp folder (so parallel test
// files never race on dist/web), an API server on a fresh SQLite file serving that folder,
// Chromium through playwright-core, console/CSP watching and screenshots.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../src/server/node.js';
import type { OutletRegistry } from '../../src/outlets/registry.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const chromiumPath = '/usr/bin/chromium';
const screenshotDir = join(repoRoot, 'test-artifacts', 'screenshots');

/** Compiles web/client and copies pages, styles and vendor scripts into `dir`. */
export function buildWeb(dir: string): void {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(repoRoot, 'tsconfig.web.json'), '--outDir', join(dir, 'assets')], { cwd: repoRoot, stdio: 'pipe' });
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'copy-web.mjs'), dir], { cwd: repoRoot, stdio: 'pipe' });
}

/** Fails (never skips) without Chromium: CI installs it, and a skipped UI test hides regressions. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}: the web page tests need it (apt-get install chromium).`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface TestServer { url: string; close(): Promise<void> }

/** A server on a fresh database, serving a freshly built copy of the web app. */
export async function startTestServer(options: { token?: string; outlets?: OutletRegistry } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-web-test-'));
  buildWeb(join(dir, 'web'));
  const server = await startServer({ db: join(dir, 'test.db'), port: 0, host: '127.0.0.1', webDir: join(dir, 'web'), ...options });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ConsoleWatch { errors: string[]; cspViolations: string[]; pageErrors: string[] }

/** Collects console errors, CSP violation reports and uncaught exceptions of a page. */
export function watchConsole(page: Page): ConsoleWatch {
  const watch: ConsoleWatch = { errors: [], cspViolations: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    watch.errors.push(text);
    if (/Content Security Policy/i.test(text)) watch.cspViolations.push(text);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  return watch;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The document is no wider than the viewport (wide tables must scroll inside their wrapper). */
export async function pageOverflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Polls the job API until the job finishes; for ingests started outside the browser. */
export async function waitForJob(url: string, jobId: string, timeoutMs = 60_000): Promise<{ status: string; summary: unknown; rejected: unknown[] }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = (await (await fetch(`${url}/api/v1/jobs/${jobId}`)).json()) as { status: string; summary: unknown; rejected: unknown[] };
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
