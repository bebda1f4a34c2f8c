// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 -> one RawItem per item. Item HTML is kept in `html`
// so the clean stage can convert it; the caller may follow `url` to the full page.
import { XMLParser } from 'fast-xml-parser';
import type { RawItem } from '../../core/types.js';
import { diag, type Diagnostic } from '../../core/diagnostics.js';

export interface FeedResult {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  items: RawItem[];
  rejected: Diagnostic[];
}

/** Hard cap on items read from one feed (documented in docs/limits.md). */
export const MAX_FEED_ITEMS = 10_000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator'].includes(name),
});

/** Text of an element that may be a string, a number, or { '#text': ... }. */
function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  const s = String(v).trim();
  return s || undefined;
}

function atomLink(links: unknown): string | undefined {
  const arr = Array.isArray(links) ? links : links ? [links] : [];
  const alt = arr.find((l: any) => !l['@rel'] || l['@rel'] === 'alternate') ?? arr[0];
  return alt ? (typeof alt === 'string' ? alt : alt['@href']) : undefined;
}

function authorNames(v: unknown): string | undefined {
  const arr = Array.isArray(v) ? v : v ? [v] : [];
  const names = arr.map((a: any) => (typeof a === 'object' ? text(a.name) ?? text(a) : text(a))).filter(Boolean);
  return names.length ? names.join(', ') : undefined;
}

/** Looks like a feed: the root element is <rss>, <feed> or <rdf:RDF>. */
export function isFeedXml(xml: string): boolean {
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(xml);
}

export function readFeed(source: string, xml: string): FeedResult | Diagnostic {
  let doc: any;
  try {
    doc = parser.parse(xml, true);
  } catch (e) {
    const m = /Line:?\s*(\d+)/i.exec(String((e as Error).message));
    return diag(source, 'parse', 'malformed-xml', `expected well-formed XML: ${(e as Error).message}`, 'error', m ? Number(m[1]) : undefined);
  }
  const rss = doc.rss?.channel;
  const rdf = doc['rdf:RDF'];
  const atom = doc.feed;
  if (!rss && !rdf && !atom) {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? '(none)';
    return diag(source, 'parse', 'not-a-feed', `expected an RSS <rss>, RDF or Atom <feed> root element; found <${root}>`);
  }
  const kind = rss ? 'rss' : atom ? 'atom' : 'rdf';
  const channel = rss ?? atom ?? rdf.channel ?? {};
  const feedTitle = text(channel.title) ?? null;
  const language = text(channel.language) ?? text(atom?.['@xml:lang']);
  const all: any[] = rss?.item ?? atom?.entry ?? rdf?.item ?? [];
  const entries = all.slice(0, MAX_FEED_ITEMS);
  const items: RawItem[] = [];
  const rejected: Diagnostic[] = [];
  if (all.length > MAX_FEED_ITEMS) {
    rejected.push(diag(source, 'parse', 'too-many-items', `the feed has ${all.length} items; only the first ${MAX_FEED_ITEMS} are read`, 'warning'));
  }
  entries.forEach((e, i) => {
    const src = `${source}#${i + 1}`;
    const html = text(e['content:encoded']) ?? text(e.content) ?? text(e.description) ?? text(e.summary);
    const url = kind === 'atom' ? atomLink(e.link) : text(e.link) ?? (e.guid?.['@isPermaLink'] !== 'false' ? text(e.guid) : undefined);
    if (!html && !url) {
      rejected.push(diag(src, 'parse', 'missing-field', `feed item ${i + 1}: expected content, a description or a link; found none`));
      return;
    }
    const item: RawItem = { source: src, format: 'feed', provenance: { outlet: 'feed title' } };
    const title = text(e.title);
    if (title) item.title = title;
    if (html) item.html = html;
    if (url) item.url = url.trim();
    if (feedTitle) item.outlet = feedTitle;
    const by = authorNames(e['dc:creator']) ?? authorNames(e.author);
    if (by) item.byline = by;
    const published = text(e.pubDate) ?? text(e.published) ?? text(e['dc:date']) ?? text(e.updated);
    if (published) {
      item.publishedAt = published;
      item.provenance!.publishedAt = 'feed item';
    }
    const updated = text(e.updated);
    if (updated && kind === 'atom') item.modifiedAt = updated;
    if (language) item.language = language;
    items.push(item);
  });
  if (entries.length === 0) rejected.push(diag(source, 'parse', 'empty-feed', 'expected at least one <item> or <entry>; the feed has none', 'warning'));
  return { kind, title: feedTitle, items, rejected };
}
