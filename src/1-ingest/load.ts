// One source -> RawItems: read the bytes (size cap, binary check, charset), pick a reader,
// and for feeds optionally follow each item's link to the full page.
import { promises as fs } from 'node:fs';
import type { RawItem } from '../core/types.js';
import { diag, SourceError, type Diagnostic } from '../core/diagnostics.js';
import { decodeBytes, looksBinary } from './decode.js';
import { fetchUrl, type FetchOptions, type FetchResult } from './fetch/index.js';
import { kindFromContentType, kindFromExtension, readContent, sniffKind, type ReadResult } from './read/index.js';
import type { SourceRef } from './sources.js';

export interface LoadOptions {
  /** Largest file or download accepted, in bytes. */
  maxBytes: number;
  /** Follow a feed item's link to fetch the full article. */
  followLinks: boolean;
  fetch: FetchOptions;
  /** A response already fetched for this URL (the feed watcher's conditional GET): used, not fetched again. */
  prefetched?: FetchResult;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

async function readFileBytes(ref: { path: string; given: string }, maxBytes: number): Promise<Uint8Array> {
  const stat = await fs.stat(ref.path);
  if (stat.size > maxBytes) {
    throw new SourceError(diag(ref.given, 'read', 'too-large', `file is ${mb(stat.size)}; expected at most ${mb(maxBytes)} (raise with --max-file-size)`));
  }
  return new Uint8Array(await fs.readFile(ref.path));
}

function decode(source: string, bytes: Uint8Array, charset: string | null, warnings: Diagnostic[]): string {
  if (bytes.length === 0) throw new SourceError(diag(source, 'read', 'empty', 'file is empty; expected an article'));
  if (looksBinary(bytes)) throw new SourceError(diag(source, 'read', 'binary', 'file looks binary (NUL or control bytes); expected text, HTML, a feed or JSON'));
  const d = decodeBytes(bytes, charset);
  if (d.warning) warnings.push(diag(source, 'read', 'charset-fallback', d.warning, 'warning'));
  if (!d.text.trim()) throw new SourceError(diag(source, 'read', 'empty', 'file is empty (only whitespace); expected an article'));
  return d.text;
}

/** A feed item with only a teaser gets its page fetched; on failure the teaser stays. */
async function followLink(item: RawItem, opts: LoadOptions): Promise<RawItem> {
  if (!item.url) return item;
  try {
    const res = await fetchUrl(item.url, { ...opts.fetch, maxBytes: opts.maxBytes });
    const text = decodeBytes(res.bytes, res.charset).text;
    const page = readContent(item.source, text, 'html', res.url);
    const full = page.items[0];
    if (!full) return item;
    // Feed fields win where present: they are explicit; the page fills the gaps.
    return { ...full, ...Object.fromEntries(Object.entries(item).filter(([k, v]) => v !== undefined && k !== 'html' && k !== 'format')), text: full.text!, format: 'html', source: item.source } as RawItem;
  } catch (e) {
    const d = e instanceof SourceError ? e.diagnostic : diag(item.source, 'fetch', 'network', String(e));
    const warning = { ...d, source: item.source, severity: 'warning' as const, message: `could not follow the item link (${d.message}); kept the feed's own text` };
    return { ...item, diagnostics: [...(item.diagnostics ?? []), warning] };
  }
}

const TEASER_WORDS = 120;

export async function loadSource(ref: SourceRef, opts: LoadOptions): Promise<ReadResult> {
  const warnings: Diagnostic[] = [];
  let result: ReadResult;
  try {
    if (ref.kind === 'file') {
      const bytes = await readFileBytes(ref, opts.maxBytes);
      const content = decode(ref.given, bytes, null, warnings);
      result = readContent(ref.given, content, kindFromExtension(ref.path) ?? sniffKind(content));
    } else {
      const res = opts.prefetched ?? (await fetchUrl(ref.url, { ...opts.fetch, maxBytes: opts.maxBytes }));
      const content = decode(ref.given, res.bytes, res.charset, warnings);
      const kind = kindFromContentType(res.contentType) ?? kindFromExtension(res.url) ?? sniffKind(content);
      result = readContent(ref.given, content, kind === 'text' && content.trimStart().startsWith('<') ? sniffKind(content) : kind, res.url);
    }
  } catch (e) {
    if (e instanceof SourceError) return { items: [], rejected: [e.diagnostic] };
    const err = e as NodeJS.ErrnoException;
    return { items: [], rejected: [diag(ref.given, 'read', 'unreadable', `cannot read: ${err.code ?? err.message}`)] };
  }
  if (opts.followLinks) {
    const followed: RawItem[] = [];
    for (const item of result.items) {
      const words = ((item.html ?? item.text ?? '').match(/[\p{L}\p{N}]+/gu) ?? []).length;
      followed.push(item.format === 'feed' && words < TEASER_WORDS ? await followLink(item, opts) : item);
    }
    result = { ...result, items: followed };
  }
  for (const item of result.items) if (warnings.length) item.diagnostics = [...warnings, ...(item.diagnostics ?? [])];
  return result;
}
