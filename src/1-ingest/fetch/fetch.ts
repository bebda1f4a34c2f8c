// fetchUrl: GET over node:http(s) with vetted DNS, manual redirects, size and time caps.
import dns, { type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { bareAddress, forbiddenReason, isIpLiteral } from './address.js';
import { parseContentType, readBody } from './body.js';
import { fetchError, fromSocketError, HttpStatusError } from './errors.js';
import type { FetchOptions, FetchResult } from './types.js';
import { parseHttpUrl } from './url.js';

const DEFAULT_UA = 'Parallax/0.1 (+news coverage comparison)';
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8';
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

interface Ctx {
  source: string;
  opts: FetchOptions;
  maxBytes: number;
  signal: AbortSignal;
}

/** Resolves the URL's host and checks every address; returns the addresses to connect to. */
async function vettedAddresses(ctx: Ctx, url: URL): Promise<LookupAddress[]> {
  const host = bareAddress(url.hostname);
  let addrs: LookupAddress[];
  if (isIpLiteral(host)) addrs = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  else {
    const resolve = ctx.opts.resolveHost ?? ((h: string) => dns.promises.lookup(h, { all: true }));
    try {
      addrs = await resolve(host);
    } catch (err) {
      throw fromSocketError(ctx.source, host, err);
    }
    if (addrs.length === 0) throw fromSocketError(ctx.source, host, Object.assign(new Error('no addresses'), { code: 'ENOTFOUND' }));
  }
  for (const { address } of addrs) {
    const reason = forbiddenReason(address);
    const allowed = ctx.opts.isAllowedAddress ? ctx.opts.isAllowedAddress(address) : ctx.opts.allowPrivate || reason === null;
    if (!allowed) {
      const via = address === host ? '' : ` (resolved from ${host})`;
      const at = url.href === ctx.source ? '' : ` while fetching ${url.href}`;
      throw fetchError(ctx.source, 'forbidden-address',
        `refused to connect to ${reason ?? 'disallowed'} address ${address}${via}${at}; ` +
        'expected a public internet address (--allow-private permits private and local addresses)');
    }
  }
  return addrs;
}

/** A `lookup` for the request that only ever answers with the already vetted addresses. */
function pinnedLookup(addrs: LookupAddress[]): LookupFunction {
  return (_host, options, callback) => {
    const fam = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const list = fam ? addrs.filter((a) => a.family === fam) : addrs;
    const cb = callback as (err: Error | null, address: string | LookupAddress[], family?: number) => void;
    if (list.length === 0) cb(Object.assign(new Error(`no IPv${fam} address`), { code: 'ENOTFOUND' }), '', 0);
    else if (options.all) cb(null, list);
    else cb(null, list[0]!.address, list[0]!.family);
  };
}

function request(ctx: Ctx, url: URL, headers: Record<string, string>, addrs: LookupAddress[]): Promise<IncomingMessage> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method: 'GET', headers, agent: false, lookup: pinnedLookup(addrs), signal: ctx.signal });
    req.on('response', resolve);
    req.on('error', (err) => reject(fromSocketError(ctx.source, url.host, err)));
    req.end();
  });
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function run(ctx: Ctx, first: URL): Promise<FetchResult> {
  const { opts, source } = ctx;
  const maxRedirects = opts.maxRedirects ?? 5;
  let headers: Record<string, string> = { 'user-agent': opts.userAgent ?? DEFAULT_UA, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k.toLowerCase()] = v;
  const redirects: string[] = [];
  let url = first;
  for (;;) {
    const res = await request(ctx, url, headers, await vettedAddresses(ctx, url));
    const status = res.statusCode ?? 0;
    const at = url.href === source ? '' : ` (at ${url.href})`;
    const location = res.headers.location;
    if (REDIRECT.has(status) && location) {
      res.destroy();
      const next = parseHttpUrl(source, location, url);
      if (redirects.length >= maxRedirects) {
        throw fetchError(source, 'too-many-redirects', `more than ${maxRedirects} redirects (last to ${next.href}); expected at most ${maxRedirects}`);
      }
      if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.includes(k)));
      redirects.push(next.href);
      url = next;
      continue;
    }
    const base = { requestedUrl: source, url: url.href, status, headers: flatHeaders(res), redirects, ...parseContentType(res.headers['content-type']) };
    if (status === 304) {
      res.destroy();
      return { ...base, bytes: new Uint8Array(0) };
    }
    if (status < 200 || status > 299) {
      res.destroy();
      const why = REDIRECT.has(status) ? ' without a Location header' : '';
      const message = `HTTP ${status} ${res.statusMessage ?? ''}`.trimEnd() + `${why}${at}; expected 2xx`;
      throw new HttpStatusError(source, message, status, flatHeaders(res)['retry-after'] ?? null);
    }
    const tooLarge = () => fetchError(source, 'too-large', `response body${at} exceeds the limit of ${ctx.maxBytes} bytes`);
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > ctx.maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    try {
      return { ...base, bytes: await readBody(res, ctx.maxBytes, tooLarge) };
    } catch (err) {
      throw fromSocketError(source, url.host, err);
    }
  }
}

/** GETs an http(s) URL; throws SourceError (stage 'fetch') on any failure. 304 is a result, not an error. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const first = parseHttpUrl(url, url);
  const timeoutMs = opts.timeoutMs ?? 15000;
  const controller = new AbortController();
  const ctx: Ctx = { source: url, opts, maxBytes: opts.maxBytes ?? 20 * 1024 * 1024, signal: controller.signal };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(fetchError(url, 'timeout', `no complete response within the ${timeoutMs} ms limit; expected the whole response (all redirects and body) in time`));
      controller.abort();
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(ctx, first), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
