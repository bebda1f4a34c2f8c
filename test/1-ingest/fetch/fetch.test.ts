// fetchUrl against local servers (allowPrivate: true, since they listen on 127.0.0.1).
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchUrl } from '../../../src/1-ingest/fetch/index.js';
import { fetchFailure, startServer, type TestServer } from './server.js';

const servers: TestServer[] = [];
async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const local = { allowPrivate: true };

describe('fetchUrl success paths', () => {
  it('returns status, body, content type, charset and headers', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset="ISO-8859-1"', 'X-Test': 'yes' });
      res.end(Buffer.from('<p>caf\xe9</p>', 'latin1'));
    });
    const url = `${s.origin}/article`;
    const r = await fetchUrl(url, local);
    expect(r).toMatchObject({ requestedUrl: url, url, status: 200, contentType: 'text/html', charset: 'iso-8859-1', redirects: [] });
    expect(Buffer.from(r.bytes).toString('latin1')).toBe('<p>caf\xe9</p>');
    expect(r.bytes).toBeInstanceOf(Uint8Array);
    expect(r.headers['x-test']).toBe('yes');
  });

  it('sends the default User-Agent, Accept-Encoding and extra headers', async () => {
    const s = await serve((_req, res) => res.end('ok'));
    await fetchUrl(`${s.origin}/`, { ...local, headers: { 'If-None-Match': '"abc"' } });
    const h = s.requests[0]!.headers;
    expect(h['user-agent']).toBe('Parallax/0.1 (+news coverage comparison)');
    expect(h['accept-encoding']).toBe('gzip, deflate, br');
    expect(h['if-none-match']).toBe('"abc"');
    await fetchUrl(`${s.origin}/`, { ...local, userAgent: 'Custom/1' });
    expect(s.requests[1]!.headers['user-agent']).toBe('Custom/1');
  });

  const encodings: [string, (b: Buffer) => Buffer][] = [
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ];
  it.each(encodings)('decodes a %s body', async (encoding, compress) => {
    const body = 'Hello, compressed world. '.repeat(200);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Encoding': encoding });
      res.end(compress(Buffer.from(body)));
    });
    const r = await fetchUrl(`${s.origin}/`, local);
    expect(text(r.bytes)).toBe(body);
    expect(r.headers['content-encoding']).toBe(encoding);
  });

  it('follows a chain of 3 redirects (relative and absolute Location) and records them', async () => {
    const s = await serve((req, res) => {
      const next: Record<string, string> = { '/r3': 'r2', '/r2': `http://127.0.0.1:${s.port}/r1`, '/r1': '/final?x=1' };
      const loc = next[req.url!];
      if (loc) res.writeHead(req.url === '/r2' ? 307 : 301, { Location: loc }).end();
      else res.end(`final ${req.url}`);
    });
    const r = await fetchUrl(`${s.origin}/r3`, local);
    expect(r.redirects).toEqual([`${s.origin}/r2`, `${s.origin}/r1`, `${s.origin}/final?x=1`]);
    expect(r.url).toBe(`${s.origin}/final?x=1`);
    expect(r.requestedUrl).toBe(`${s.origin}/r3`);
    expect(text(r.bytes)).toBe('final /final?x=1');
  });

  it('returns 304 as a result with empty bytes', async () => {
    const s = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { ETag: '"v1"' }).end();
      else res.writeHead(200, { ETag: '"v1"' }).end('body');
    });
    const r = await fetchUrl(`${s.origin}/`, { ...local, headers: { 'If-None-Match': '"v1"' } });
    expect(r.status).toBe(304);
    expect(r.bytes.length).toBe(0);
    expect(r.headers.etag).toBe('"v1"');
  });

  it('drops credentials on a cross-origin redirect but keeps them same-origin', async () => {
    const other = await serve((_req, res) => res.end('other'));
    const s = await serve((req, res) => {
      if (req.url === '/same') res.writeHead(302, { Location: '/cross' }).end();
      else if (req.url === '/cross') res.writeHead(302, { Location: `${other.origin}/` }).end();
    });
    await fetchUrl(`${s.origin}/same`, { ...local, headers: { Authorization: 'Bearer t' } });
    expect(s.requests[1]!.headers.authorization).toBe('Bearer t');
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });
});

describe('fetchUrl failures', () => {
  it('too-many-redirects when the chain is longer than maxRedirects', async () => {
    const s = await serve((req, res) => {
      const n = Number(req.url!.slice(1));
      if (n > 0) res.writeHead(302, { Location: `/${n - 1}` }).end();
      else res.end('done');
    });
    const url = `${s.origin}/3`;
    const d = await fetchFailure(fetchUrl(url, { ...local, maxRedirects: 2 }), url);
    expect(d.code).toBe('too-many-redirects');
    expect(d.message).toMatch(/at most 2/);
    expect((await fetchUrl(url, { ...local, maxRedirects: 3 })).redirects).toHaveLength(3);
  });

  it('too-many-redirects on a redirect loop with the default limit of 5', async () => {
    const s = await serve((_req, res) => res.writeHead(302, { Location: '/loop' }).end());
    const url = `${s.origin}/loop`;
    const d = await fetchFailure(fetchUrl(url, local), url);
    expect(d.code).toBe('too-many-redirects');
    expect(d.message).toMatch(/more than 5 redirects/);
    expect(s.requests).toHaveLength(6);
  });

  it('timeout when the server delays its headers', async () => {
    const s = await serve(() => {}); // never answers
    const url = `${s.origin}/slow`;
    const t0 = Date.now();
    const d = await fetchFailure(fetchUrl(url, { ...local, timeoutMs: 200 }), url);
    expect(d.code).toBe('timeout');
    expect(d.message).toContain('200 ms');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('timeout when the server trickles the body', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const t = setInterval(() => res.write('x'), 50);
      req.socket.on('close', () => clearInterval(t));
    });
    const url = `${s.origin}/trickle`;
    const d = await fetchFailure(fetchUrl(url, { ...local, timeoutMs: 200 }), url);
    expect(d.code).toBe('timeout');
  });

  it('too-large when Content-Length exceeds maxBytes', async () => {
    const s = await serve((_req, res) => res.writeHead(200, { 'Content-Length': '5000' }).end('y'.repeat(5000)));
    const url = `${s.origin}/big`;
    const d = await fetchFailure(fetchUrl(url, { ...local, maxBytes: 1000 }), url);
    expect(d.code).toBe('too-large');
    expect(d.message).toContain('1000 bytes');
    expect((await fetchUrl(url, { ...local, maxBytes: 5000 })).bytes.length).toBe(5000);
  });

  it('too-large while streaming a chunked body with no Content-Length', async () => {
    let closed = false;
    const s = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const t = setInterval(() => res.write('z'.repeat(400)), 5);
      req.socket.on('close', () => {
        closed = true;
        clearInterval(t);
      });
    });
    const url = `${s.origin}/endless`;
    const d = await fetchFailure(fetchUrl(url, { ...local, maxBytes: 1000, timeoutMs: 5000 }), url);
    expect(d.code).toBe('too-large');
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true); // the connection was dropped, not drained
  });

  it('too-large when a small gzip body decompresses past maxBytes', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(1_000_000));
    const s = await serve((_req, res) => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(bomb));
    expect(bomb.length).toBeLessThan(10_000);
    const url = `${s.origin}/bomb`;
    const d = await fetchFailure(fetchUrl(url, { ...local, maxBytes: 10_000 }), url);
    expect(d.code).toBe('too-large');
  });

  it.each([
    [404, 'HTTP 404 Not Found; expected 2xx'],
    [500, 'HTTP 500 Internal Server Error; expected 2xx'],
  ])('http-status for %i', async (status, message) => {
    const s = await serve((_req, res) => res.writeHead(status).end('nope'));
    const url = `${s.origin}/missing`;
    const d = await fetchFailure(fetchUrl(url, local), url);
    expect(d.code).toBe('http-status');
    expect(d.message).toBe(message);
  });

  it('http-status names the hop when the error comes after a redirect', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/from') res.writeHead(301, { Location: '/gone' }).end();
      else res.writeHead(410).end();
    });
    const url = `${s.origin}/from`;
    const d = await fetchFailure(fetchUrl(url, local), url);
    expect(d.message).toBe(`HTTP 410 Gone (at ${s.origin}/gone); expected 2xx`);
  });

  it('bad-scheme when redirected to a non-http scheme', async () => {
    const s = await serve((_req, res) => res.writeHead(302, { Location: 'file:///etc/passwd' }).end());
    const url = `${s.origin}/`;
    const d = await fetchFailure(fetchUrl(url, local), url);
    expect(d.code).toBe('bad-scheme');
    expect(d.message).toMatch(/redirect .* to file:\/\/\/etc\/passwd uses scheme "file"/);
  });

  it('network error for a corrupt gzip body', async () => {
    const s = await serve((_req, res) => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end('definitely not gzip'));
    const url = `${s.origin}/`;
    const d = await fetchFailure(fetchUrl(url, local), url);
    expect(d.code).toBe('network');
    expect(d.message).toMatch(/could not be decoded/);
  });

  it('network error when the connection drops mid-body', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('partial');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const url = `${s.origin}/`;
    const d = await fetchFailure(fetchUrl(url, local), url);
    expect(d.code).toBe('network');
  });
});
