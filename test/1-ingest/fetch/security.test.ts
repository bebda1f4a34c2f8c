// Address policy: literal hosts, DNS results and every redirect hop; offline detection.
import { afterEach, describe, expect, it } from 'vitest';
import { isForbiddenAddress } from '../../../src/1-ingest/fetch/address.js';
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

/** The default policy, except that the test server's own 127.0.0.1 is permitted. */
const onlyTestLoopback = (address: string) => address === '127.0.0.1' || !isForbiddenAddress(address);

describe('forbidden addresses (allowPrivate false)', () => {
  it('refuses a literal loopback host without connecting', async () => {
    const s = await serve((_req, res) => res.end('secret'));
    const url = `${s.origin}/`;
    const d = await fetchFailure(fetchUrl(url), url);
    expect(d.code).toBe('forbidden-address');
    expect(d.message).toMatch(/loopback address 127\.0\.0\.1/);
    expect(d.message).toContain('--allow-private');
    expect(s.requests).toHaveLength(0);
    expect((await fetchUrl(url, { allowPrivate: true })).status).toBe(200);
  });

  it.each([
    ['http://[::1]:9/', /loopback address ::1/],
    ['http://[::ffff:127.0.0.1]:9/', /127\.0\.0\.1 embedded in IPv6/],
    ['http://169.254.169.254/latest/meta-data/', /link-local address 169\.254\.169\.254/],
    ['http://10.0.0.1/', /private address 10\.0\.0\.1/],
    ['http://0x7f.1/', /loopback address 127\.0\.0\.1/], // URL parser normalises odd IPv4 forms
    ['http://0.0.0.0:9/', /unspecified address 0\.0\.0\.0/],
  ])('refuses %s', async (url, message) => {
    const d = await fetchFailure(fetchUrl(url, { timeoutMs: 2000 }), url);
    expect(d.code).toBe('forbidden-address');
    expect(d.message).toMatch(message);
  });

  it('refuses "localhost" after DNS resolution to loopback', async () => {
    const s = await serve((_req, res) => res.end('secret'));
    const url = `http://localhost:${s.port}/`;
    const d = await fetchFailure(fetchUrl(url), url);
    expect(d.code).toBe('forbidden-address');
    expect(d.message).toMatch(/loopback address (127\.0\.0\.1|::1) \(resolved from localhost\)/);
    expect(s.requests).toHaveLength(0);
  });

  it('refuses a name when any of its resolved addresses is forbidden', async () => {
    const url = 'http://mixed.example.test/';
    const resolveHost = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    const d = await fetchFailure(fetchUrl(url, { resolveHost }), url);
    expect(d.code).toBe('forbidden-address');
    expect(d.message).toContain('10.0.0.7 (resolved from mixed.example.test)');
  });

  it('connects to the vetted address, not a fresh DNS answer', async () => {
    const s = await serve((req, res) => res.end(`host=${req.headers.host}`));
    let lookups = 0;
    const resolveHost = async (host: string) => {
      lookups++;
      expect(host).toBe('news.example.test'); // not resolvable by the system resolver
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const r = await fetchUrl(`http://news.example.test:${s.port}/a`, { resolveHost, isAllowedAddress: onlyTestLoopback });
    expect(Buffer.from(r.bytes).toString()).toBe(`host=news.example.test:${s.port}`);
    expect(lookups).toBe(1);
  });
});

describe('redirect targets are checked on every hop', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://10.0.0.1/admin', '10.0.0.1'],
    ['http://[fd00::1]/', 'fd00::1'],
  ])('refuses a redirect to %s', async (target, address) => {
    const s = await serve((_req, res) => res.writeHead(302, { Location: target }).end());
    const url = `${s.origin}/start`;
    const d = await fetchFailure(fetchUrl(url, { isAllowedAddress: onlyTestLoopback, timeoutMs: 3000 }), url);
    expect(d.code).toBe('forbidden-address');
    expect(d.message).toContain(address);
    expect(d.message).toContain(`while fetching ${new URL(target).href}`);
    expect(s.requests).toHaveLength(1);
  });

  it('resolves and checks a host name on a redirect hop', async () => {
    const s = await serve((_req, res) => res.writeHead(301, { Location: 'http://intranet.example.test/x' }).end());
    const resolved: string[] = [];
    const resolveHost = async (host: string) => {
      resolved.push(host);
      return [{ address: '192.168.0.10', family: 4 }];
    };
    const url = `${s.origin}/`;
    const d = await fetchFailure(fetchUrl(url, { isAllowedAddress: onlyTestLoopback, resolveHost }), url);
    expect(d.code).toBe('forbidden-address');
    expect(d.message).toContain('private address 192.168.0.10 (resolved from intranet.example.test)');
    expect(resolved).toEqual(['intranet.example.test']);
  });

  it('follows a redirect to an allowed address under the same policy', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/start') res.writeHead(302, { Location: '/ok' }).end();
      else res.end('fine');
    });
    const r = await fetchUrl(`${s.origin}/start`, { isAllowedAddress: onlyTestLoopback });
    expect(r.url).toBe(`${s.origin}/ok`);
  });
});

describe('offline', () => {
  it('reports a host that does not resolve (.invalid) as offline', async () => {
    const url = 'http://nonexistent.invalid/';
    const d = await fetchFailure(fetchUrl(url, { timeoutMs: 10_000 }), url);
    expect(d.code).toBe('offline');
    expect(d.message).toMatch(/^could not reach host nonexistent\.invalid \((ENOTFOUND|EAI_AGAIN)\): no network or the host does not exist/);
  });

  it('reports a refused connection as offline', async () => {
    const s = await startServer((_req, res) => res.end());
    await s.close();
    const url = `${s.origin}/`;
    const d = await fetchFailure(fetchUrl(url, { allowPrivate: true }), url);
    expect(d.code).toBe('offline');
    expect(d.message).toContain('ECONNREFUSED');
  });
});
