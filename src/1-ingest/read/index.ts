// Format detection and dispatch: decoded content of one source -> RawItems and rejections.
import type { InputFormat, RawItem } from '../../core/types.js';
import { diag, type Diagnostic } from '../../core/diagnostics.js';
import { readHtmlPage } from '../html/page.js';
import { readFeed, isFeedXml } from './feed.js';
import { readJson, readJsonLines } from './json.js';
import { readText } from './text.js';

export type SourceKind = InputFormat | 'jsonl' | 'markdown';

export interface ReadResult {
  items: RawItem[];
  rejected: Diagnostic[];
}

const BY_EXTENSION: Record<string, SourceKind> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  xml: 'feed', rss: 'feed', atom: 'feed', rdf: 'feed',
  json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
};
export const KNOWN_EXTENSIONS = Object.keys(BY_EXTENSION);

export function kindFromExtension(path: string): SourceKind | null {
  const m = /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/)[0] ?? '');
  return (m && BY_EXTENSION[m[1]!.toLowerCase()]) || null;
}

export function kindFromContentType(ct: string | null | undefined): SourceKind | null {
  if (!ct) return null;
  if (/(rss|atom|rdf)\+xml/i.test(ct)) return 'feed';
  if (/html/i.test(ct)) return 'html';
  if (/ndjson|jsonl|json-seq/i.test(ct)) return 'jsonl';
  if (/json/i.test(ct)) return 'json';
  if (/xml/i.test(ct)) return 'feed';
  if (/markdown/i.test(ct)) return 'markdown';
  if (/^text\//i.test(ct)) return 'text';
  return null;
}

/** Content sniffing for unknown extensions: feeds and pages start with '<', JSON with '{' or '['. */
export function sniffKind(content: string): SourceKind {
  const head = content.trimStart().slice(0, 1024);
  if (head.startsWith('<')) return isFeedXml(head) ? 'feed' : 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n')[0]!.trim();
    return firstLine.endsWith('}') && content.trim().includes('\n{') ? 'jsonl' : 'json';
  }
  return 'text';
}

export function readContent(source: string, content: string, kind: SourceKind, pageUrl?: string): ReadResult {
  switch (kind) {
    case 'text':
    case 'markdown':
      return { items: [readText(source, content, kind === 'markdown')], rejected: [] };
    case 'html': {
      if (isFeedXml(content)) return readContent(source, content, 'feed');
      const r = readHtmlPage(source, content, pageUrl);
      return r.ok ? { items: [r.item], rejected: [] } : { items: [], rejected: [r.diagnostic] };
    }
    case 'feed': {
      if (!isFeedXml(content)) {
        const root = /<([A-Za-z][\w:-]*)/.exec(content.replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''))?.[1];
        if (root && /^html$/i.test(root)) return readContent(source, content, 'html', pageUrl);
        return { items: [], rejected: [diag(source, 'parse', 'not-a-feed', `expected an RSS <rss>, RDF or Atom <feed> root element; found ${root ? `<${root}>` : 'no XML element'}`)] };
      }
      const r = readFeed(source, content);
      return 'code' in r ? { items: [], rejected: [r] } : { items: r.items, rejected: r.rejected };
    }
    case 'json':
      return readJson(source, content);
    case 'jsonl':
      return readJsonLines(source, content);
  }
}
