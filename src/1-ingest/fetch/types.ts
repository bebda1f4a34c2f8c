import type { LookupAddress } from 'node:dns';

export interface FetchOptions {
  /** Whole operation: DNS, connect, every redirect hop and the body. Default 15000. */
  timeoutMs?: number;
  /** Cap on body bytes, both as received and after decompression. Default 20 MiB. */
  maxBytes?: number;
  /** Redirects followed before failing with too-many-redirects. Default 5. */
  maxRedirects?: number;
  /** Permit loopback, private, link-local, unique-local, CGNAT, multicast and unspecified addresses. */
  allowPrivate?: boolean;
  /** Default 'Parallax/0.1 (+news coverage comparison)'. */
  userAgent?: string;
  /** Extra request headers (e.g. If-None-Match / If-Modified-Since); override the defaults. */
  headers?: Record<string, string>;
  /**
   * Replaces the address policy (allowPrivate and the built-in forbidden ranges) with a
   * predicate over each IP address about to be contacted. Meant for tests and embedding.
   */
  isAllowedAddress?: (address: string) => boolean;
  /** Replaces DNS resolution (default `dns.lookup(host, { all: true })`). Meant for tests. */
  resolveHost?: (hostname: string) => Promise<LookupAddress[]>;
}

export interface FetchResult {
  /** The URL as given. */
  requestedUrl: string;
  /** Final URL after redirects (normalised by the URL parser). */
  url: string;
  status: number;
  /** Media type without parameters, lower-cased ("text/html"), or null when absent. */
  contentType: string | null;
  /** Charset parameter of Content-Type, lower-cased and unquoted, or null. */
  charset: string | null;
  /** Decoded body (Content-Encoding removed). Empty for 304. */
  bytes: Uint8Array;
  /** Response headers of the final hop, lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Each URL redirected to, in order (the last equals `url` when non-empty). */
  redirects: string[];
}
