// Write requests per client are limited (token bucket): ingest and delete are expensive, and a
// runaway script should get 429 with Retry-After, not take the server down. Reads are not limited.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './http.js';

export interface RateLimit {
  /** Requests allowed at once (the bucket size). */
  burst: number;
  /** Requests added back per minute. */
  perMinute: number;
}

/** The client's address as the Node adapter gives it; "local" for in-process requests. */
function clientOf(c: Parameters<MiddlewareHandler>[0]): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

export function limitWrites(limit: RateLimit, now: () => number = Date.now): MiddlewareHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = limit.perMinute / 60_000;
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const key = clientOf(c);
    const t = now();
    const b = buckets.get(key) ?? { tokens: limit.burst, at: t };
    b.tokens = Math.min(limit.burst, b.tokens + (t - b.at) * refillPerMs);
    b.at = t;
    if (b.tokens < 1) {
      const wait = Math.ceil((1 - b.tokens) / refillPerMs / 1000);
      buckets.set(key, b);
      c.header('retry-after', String(wait));
      throw new ApiError(429, 'rate-limited', `too many write requests: at most ${limit.perMinute} a minute (bursts of ${limit.burst}); retry in ${wait} s`);
    }
    b.tokens -= 1;
    buckets.set(key, b);
    if (buckets.size > 10_000) for (const [k, v] of buckets) if (v.tokens >= limit.burst) buckets.delete(k);
    return next();
  };
}
