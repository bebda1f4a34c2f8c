// Loading whole sources: size caps, URLs (served locally), feeds that follow item links.
import { describe, it, expect, afterEach } from 'vitest';
import path from 'node:path';
import { openSync, ftruncateSync, closeSync, readFileSync } from 'node:fs';
import { loadSource } from '../../src/1-ingest/load.js';
import { startServer, type TestServer } from './fetch/server.js';
import { tempDir } from '../helpers/cli.js';
import { CORPUS } from '../fixtures/golden.js';

const opts = (over: Partial<Parameters<typeof loadSource>[1]> = {}) => ({ maxBytes: 50 * 1024 * 1024, followLinks: false, fetch: { allowPrivate: true, timeoutMs: 5000 }, ...over });
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('loadSource', () => {
  it('rejects a 200 MB file by its size, without reading it', async () => {
    const file = path.join(tempDir(), 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    closeSync(fd);
    const r = await loadSource({ kind: 'file', path: file, given: 'huge.txt' }, opts());
    expect(r.items).toEqual([]);
    expect(r.rejected[0]).toMatchObject({ source: 'huge.txt', code: 'too-large' });
    expect(r.rejected[0]!.message).toMatch(/200 MB; expected at most 50 MB/);
  });

  it('reads an HTML page from a URL, using the final URL when the page names none', async () => {
    const html = readFileSync(path.join(CORPUS, 'html/kaldera-tribune-dunmoor-attack.html'));
    server = await startServer((req, res) => {
      if (req.url === '/old') return res.writeHead(301, { location: '/page' }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    const r = await loadSource({ kind: 'url', url: `${server.origin}/old`, given: `${server.origin}/old` }, opts());
    expect(r.rejected).toEqual([]);
    expect(r.items[0]).toMatchObject({ format: 'html', source: `${server.origin}/old` });
    expect(r.items[0]!.text).toContain('Dunmoor');
  });

  it('names the URL when the host is unreachable', async () => {
    const r = await loadSource({ kind: 'url', url: 'http://nonexistent.invalid/x', given: 'http://nonexistent.invalid/x' }, opts());
    expect(r.rejected[0]).toMatchObject({ source: 'http://nonexistent.invalid/x', code: 'offline' });
  });

  it('refuses loopback URLs unless allowed', async () => {
    server = await startServer((_req, res) => res.end('x'));
    const r = await loadSource({ kind: 'url', url: `${server.origin}/`, given: `${server.origin}/` }, opts({ fetch: {} }));
    expect(r.rejected[0]!.code).toBe('forbidden-address');
  });

  it('follows a feed item link to the full page; keeps the teaser with a warning when the link fails', async () => {
    const page = readFileSync(path.join(CORPUS, 'html/global-dispatch-talks-stall.html'));
    server = await startServer((req, res) => {
      if (req.url === '/feed') {
        const origin = `http://127.0.0.1:${(req.socket.localPort ?? 0)}`;
        return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Dispatch Feed</title>
          <item><title>Talks stall</title><link>${origin}/page</link><pubDate>Wed, 19 Mar 2025 07:05:00 GMT</pubDate><description>Teaser only.</description></item>
          <item><title>Gone</title><link>${origin}/missing</link><description>Another teaser about the Dunmoor market strike.</description></item></channel></rss>`);
      }
      if (req.url === '/page') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      res.writeHead(404).end();
    });
    const r = await loadSource({ kind: 'url', url: `${server.origin}/feed`, given: 'feed' }, opts({ followLinks: true }));
    expect(r.items).toHaveLength(2);
    const [full, teaser] = r.items;
    expect(full).toMatchObject({ source: 'feed#1', title: 'Talks stall', outlet: 'Dispatch Feed', publishedAt: 'Wed, 19 Mar 2025 07:05:00 GMT' });
    expect(full!.text).toContain('Lornhaven camp');
    expect(teaser!.html).toContain('Another teaser');
    expect(teaser!.diagnostics?.[0]?.message).toMatch(/could not follow the item link.*404/);
  });
});
