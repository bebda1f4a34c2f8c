// Plain text and Markdown. A leading `Key: value` header block (header.ts) gives the title,
// outlet, date, byline, URL and language; otherwise the title is chosen later (clean stage)
// from the first line when it looks like a headline. Markdown syntax is reduced to its text here.
import type { RawItem } from '../../core/types.js';
import { applyHeader, readHeaderBlock } from './header.js';

/** "# Title" -> "Title", "[text](url)" -> "text", "**b**" -> "b", "![alt](img)" dropped. */
export function markdownToText(md: string): string {
  return md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/^(-{3,}|\*{3,}|_{3,})\s*$/gm, '');
}

export function readText(source: string, content: string, markdown: boolean): RawItem {
  // Markdown header lines are matched as text ("**Source:** X" is "Source: X"), one line at a time
  // so that the line numbers in warnings are the file's.
  const header = readHeaderBlock(source, content, markdown ? markdownToText : undefined);
  const body = header ? header.rest : content;
  const item: RawItem = { source, format: 'text', text: markdown ? markdownToText(body) : body, provenance: {} };
  return header ? applyHeader(item, header) : item;
}
