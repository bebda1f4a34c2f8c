// Plain text and Markdown. The title is chosen later (clean stage) from the first line
// when it looks like a headline; Markdown syntax is reduced to its text here.
import type { RawItem } from '../../core/types.js';

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
  return { source, format: 'text', text: markdown ? markdownToText(content) : content, provenance: {} };
}
