// Article content is untrusted: every response carries a strict Content-Security-Policy (no
// inline script or style, nothing from elsewhere), and write requests need the token when one
// is set (always when the server listens beyond loopback).
import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { ApiError } from './http.js';

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('content-security-policy', CSP);
  c.res.headers.set('x-content-type-options', 'nosniff');
  c.res.headers.set('referrer-policy', 'no-referrer');
  c.res.headers.set('x-frame-options', 'DENY');
};

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Writes from another site's page are refused: a page the user visits elsewhere could
 * otherwise post a form to a server on their own machine (a "simple" multipart POST needs no
 * CORS preflight). Browsers name the page's origin on such requests; clients like curl send
 * none and pass.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    let foreign = site === 'cross-site' || site === 'same-site';
    if (origin && !foreign) {
      try {
        foreign = new URL(origin).host !== (c.req.header('host') ?? new URL(c.req.url).host);
      } catch {
        foreign = true; // "null" or garbage
      }
    }
    if (foreign) throw new ApiError(403, 'cross-origin', 'writes are accepted only from this server\'s own pages or from clients that are not browsers');
  }
  await next();
};

/** Requests that change the store (anything but GET/HEAD/OPTIONS) need `Authorization: Bearer <token>`. */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim() ?? '';
      if (!given) throw new ApiError(401, 'unauthorized', 'this server needs a token for writes: send Authorization: Bearer <token>');
      if (!same(given, token)) throw new ApiError(403, 'forbidden', 'the token is not valid');
    }
    await next();
  };
}
