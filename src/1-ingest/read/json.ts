// JSON Lines (one article per line) and JSON (an array of articles, or one article).
// Documented fields: title, text or html, url, outlet, publishedAt, modifiedAt, byline, language.
import { z } from 'zod';
import type { RawItem } from '../../core/types.js';
import { diag, type Diagnostic } from '../../core/diagnostics.js';

const optionalText = z.string().trim().optional().nullable();
export const JsonArticle = z
  .object({
    title: optionalText,
    text: optionalText,
    html: optionalText,
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional().nullable(),
    outlet: optionalText,
    publishedAt: optionalText,
    modifiedAt: optionalText,
    byline: optionalText,
    language: z.string().regex(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]+)*$/, 'expected a language code such as "en" or "pt-BR"').optional().nullable(),
  })
  .refine((a) => !!(a.text || a.html), { message: 'expected a non-empty "text" or "html" field', path: ['text'] });

export interface JsonReadResult {
  items: RawItem[];
  rejected: Diagnostic[];
}

function toItem(source: string, a: z.infer<typeof JsonArticle>): RawItem {
  const item: RawItem = { source, format: 'json', provenance: {} };
  for (const key of ['title', 'text', 'html', 'url', 'outlet', 'publishedAt', 'modifiedAt', 'byline', 'language'] as const) {
    const v = a[key];
    if (v) {
      item[key] = v;
      item.provenance![key] = 'input';
    }
  }
  return item;
}

function validate(source: string, value: unknown, line?: number): RawItem | Diagnostic {
  const where = line ? `line ${line}` : 'item';
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    // typeof null is 'object': name it, or the message reads "expected an object; found object".
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return diag(source, 'parse', 'malformed-json', `${where}: expected a JSON object with a "text" or "html" field; found ${found}`, 'error', line);
  }
  const parsed = JsonArticle.safeParse(value);
  if (parsed.success) return toItem(source, parsed.data);
  const missing = parsed.error.issues.some((i) => i.message.includes('"text" or "html"'));
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return diag(source, 'parse', missing ? 'missing-field' : 'invalid-field', `${where}: ${issues}`, 'error', line);
}

export function readJsonLines(source: string, content: string): JsonReadResult {
  const items: RawItem[] = [];
  const rejected: Diagnostic[] = [];
  // A lone CR ends a line too (old Mac files); JSON cannot hold a raw CR inside a string.
  const lines = content.split(/\r\n|\r|\n/);
  lines.forEach((withBom, i) => {
    const line = i + 1;
    // Files joined with cat keep each one's byte-order mark at the start of its first line.
    const raw = withBom.replace(/^\uFEFF/, '');
    if (!raw.trim()) return;
    const src = `${source}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      rejected.push(diag(src, 'parse', 'malformed-json', `line ${line}: expected one JSON object per line; ${(e as Error).message}`, 'error', line));
      return;
    }
    const r = validate(src, value, line);
    if ('code' in r) rejected.push(r);
    else items.push(r);
  });
  return { items, rejected };
}

export function readJson(source: string, content: string): JsonReadResult {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    return { items: [], rejected: [diag(source, 'parse', 'malformed-json', `expected a JSON array of articles or one article object; ${(e as Error).message}`)] };
  }
  const list = Array.isArray(value) ? value : [value];
  const items: RawItem[] = [];
  const rejected: Diagnostic[] = [];
  list.forEach((v, i) => {
    const r = validate(Array.isArray(value) ? `${source}#${i + 1}` : source, v);
    if ('code' in r) rejected.push(r);
    else items.push(r);
  });
  return { items, rejected };
}
