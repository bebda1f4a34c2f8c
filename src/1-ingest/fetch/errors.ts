// Fetch failures as SourceErrors with stable codes, and socket errors mapped onto them.
import { diag, SourceError } from '../../core/diagnostics.js';

export type FetchErrorCode =
  | 'bad-scheme'
  | 'bad-url'
  | 'forbidden-address'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'offline'
  | 'network';

export function fetchError(source: string, code: FetchErrorCode, message: string): SourceError {
  return new SourceError(diag(source, 'fetch', code, message));
}

/** A non-2xx answer, with the server's Retry-After header as sent (read it with retryAfterMs). */
export class HttpStatusError extends SourceError {
  constructor(
    source: string,
    message: string,
    readonly status: number,
    readonly retryAfter: string | null,
  ) {
    super(diag(source, 'fetch', 'http-status', message));
  }
}

/** Retry-After as ms from `now`: delta-seconds ("120") or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | null {
  const s = header?.trim();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** Socket/DNS error codes that mean "this host cannot be reached from here". */
const OFFLINE_CODES: Record<string, string> = {
  ENOTFOUND: 'no network or the host does not exist',
  EAI_AGAIN: 'no network or the host does not exist (DNS lookup failed temporarily)',
  EAI_NODATA: 'the host has no address records',
  EAI_NONAME: 'no network or the host does not exist',
  ECONNREFUSED: 'the connection was refused; nothing is listening on that port',
  ENETUNREACH: 'no network route to the host',
  EHOSTUNREACH: 'no network route to the host',
  ENETDOWN: 'the network is down',
  EHOSTDOWN: 'the host is down',
};

function errCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Maps an error from DNS, the socket, TLS or decompression to a SourceError.
 * `source` is the URL as given; `host` is the host being contacted at the time.
 */
export function fromSocketError(source: string, host: string, err: unknown): SourceError {
  if (err instanceof SourceError) return err;
  const code = errCode(err);
  if (code && OFFLINE_CODES[code]) {
    return fetchError(source, 'offline', `could not reach host ${host} (${code}): ${OFFLINE_CODES[code]}`);
  }
  const detail = err instanceof Error ? err.message : String(err);
  const tag = code ? ` (${code})` : '';
  if (code?.startsWith('Z_') || code === 'EUNSUPPORTEDENCODING') {
    return fetchError(source, 'network', `the response body from ${host} could not be decoded${tag}: ${detail}; expected a body in its declared Content-Encoding`);
  }
  return fetchError(source, 'network', `network error talking to ${host}${tag}: ${detail}; expected a complete HTTP response`);
}
