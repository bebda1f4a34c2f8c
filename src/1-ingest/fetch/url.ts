// Accepting and resolving URLs: only absolute http(s) URLs are fetched.
import { fetchError } from './errors.js';

const ALLOWED = new Set(['http:', 'https:']);

/** True when `s` is an absolute http:// or https:// URL with a host. */
export function isUrl(s: string): boolean {
  if (typeof s !== 'string') return false;
  try {
    const u = new URL(s.trim());
    return ALLOWED.has(u.protocol) && u.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Parses `raw` (relative to `base` when following a redirect) and checks its scheme.
 * Throws bad-url / bad-scheme SourceErrors attributed to `source`, the URL as given.
 */
export function parseHttpUrl(source: string, raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw.trim());
  } catch {
    const what = base ? `redirect Location "${raw}" from ${base.href}` : `"${raw}"`;
    throw fetchError(source, 'bad-url', `${what} is not a valid URL; expected an absolute http(s) URL such as https://example.com/article`);
  }
  if (!ALLOWED.has(u.protocol)) {
    const scheme = u.protocol.replace(/:$/, '');
    const what = base ? `redirect from ${base.href} to ${u.href} uses` : 'URL uses';
    throw fetchError(source, 'bad-scheme', `${what} scheme "${scheme}"; only http and https URLs are fetched`);
  }
  if (u.hostname === '') {
    throw fetchError(source, 'bad-url', `${u.href} has no host; expected an absolute http(s) URL such as https://example.com/article`);
  }
  return u;
}
