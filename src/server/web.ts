// The web pages: built HTML and assets from dist/web (npm run build). Paths are resolved inside
// that folder only; anything else is 404.
import type { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from './http.js';

/** dist/web of this package, from src/server (tsx) or dist/server (built) alike. */
export const DEFAULT_WEB_DIR = path.join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

const PAGES: Array<[string, string]> = [
  ['/', 'index.html'],
  ['/storylines/:id', 'storyline.html'],
  ['/events/:id', 'storyline.html'],
  ['/articles/:id', 'article.html'],
  ['/ingest', 'ingest.html'],
];

async function serveFile(dir: string, rel: string): Promise<Response> {
  const file = path.resolve(dir, rel);
  if (!file.startsWith(path.resolve(dir) + path.sep)) throw new ApiError(404, 'not-found', 'no such file');
  const type = TYPES[path.extname(file)];
  if (!type) throw new ApiError(404, 'not-found', 'no such file');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    // The path goes to the server log only: error responses name no file on the server.
    if (rel.endsWith('.html')) {
      console.error(`[parallax serve] ${file} is missing: run npm run build`);
      throw new ApiError(503, 'not-built', 'the web pages are not built: run npm run build');
    }
    throw new ApiError(404, 'not-found', 'no such file');
  }
  return new Response(new Uint8Array(body), { headers: { 'content-type': type, 'cache-control': rel.endsWith('.html') ? 'no-cache' : 'public, max-age=300' } });
}

export function registerWebRoutes(app: Hono, dir = DEFAULT_WEB_DIR): void {
  for (const [route, file] of PAGES) app.get(route, () => serveFile(dir, file));
  app.get('/assets/*', (c) => serveFile(path.join(dir, 'assets'), decodeURIComponent(c.req.path.slice('/assets/'.length))));
}
