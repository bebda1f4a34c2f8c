// Fetching from /api/v1. An access token, once typed in, is kept for the browser tab
// (sessionStorage, not localStorage, so it does not outlive the session) and sent on every call.
import type { ApiErrorBody, ApiIssue } from './api-types.js';

const tokenKey = 'parallax.token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

export function savedToken(): string | null {
  try {
    return sessionStorage.getItem(tokenKey);
  } catch {
    return null; // storage can be disabled; then the token lives only as long as the form
  }
}

export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(tokenKey, token);
  } catch {
    /* see savedToken */
  }
}

export function authHeaders(): Record<string, string> {
  const token = savedToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** fetch + JSON, turning error answers (and non-JSON ones) into ApiError. */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const headers = { Accept: 'application/json', ...authHeaders(), ...(init.headers as Record<string, string> | undefined) };
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers });
  } catch (e) {
    throw new ApiError(0, 'network', `Could not reach the server (${e instanceof Error ? e.message : String(e)})`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as Partial<ApiErrorBody> | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'http', error?.message ?? `${response.status} ${response.statusText}`, Array.isArray(error?.issues) ? error.issues : []);
  }
  if (body === null) throw new ApiError(response.status, 'bad-json', 'The server answered with something that is not JSON');
  return body as T;
}

/**
 * GET with a few retries on 503: right after an ingest the server may still be re-analysing
 * (it answers 503 "analysis-pending"), which settles within seconds.
 */
export async function getJson<T>(url: string, retries = 6): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await requestJson<T>(url);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 503 || attempt >= retries) throw e;
      await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
    }
  }
}

/** The same API URL with ?format=…, for the export links. */
export function exportUrl(apiUrl: string, format: 'json' | 'csv' | 'md'): string {
  const url = new URL(apiUrl, location.origin);
  url.searchParams.set('format', format);
  return url.pathname + url.search;
}
