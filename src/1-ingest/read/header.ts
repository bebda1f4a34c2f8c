// A header block at the top of a text or Markdown file, as people write them by hand:
//   Source: Veldmark Daily Standard
//   Date: 9 September 2025
//   Title: Police injured as dockers riot at Kessanport
//   Byline: Anna Petrov
//   (blank line, then the body)
// Only lines at the very start count, and only `Key: value` lines with a known key: the first
// other line (a blank one, an unknown key, a sentence) ends the block, so a body sentence with
// a colon ("Police said: the riot began at noon") is never read as metadata.
import type { RawItem } from '../../core/types.js';
import { diag, type Diagnostic } from '../../core/diagnostics.js';
import { writtenDate } from '../../2-clean/dates.js';

type HeaderField = 'title' | 'outlet' | 'publishedAt' | 'modifiedAt' | 'dateline' | 'byline' | 'url' | 'language';

/** Known keys, lower-case, and the field each sets. "Updated" is a modification, not a publication. */
const KEYS: Record<string, HeaderField> = {
  title: 'title', headline: 'title',
  source: 'outlet', outlet: 'outlet', publication: 'outlet', publisher: 'outlet', site: 'outlet', 'site name': 'outlet',
  date: 'publishedAt', published: 'publishedAt', 'published on': 'publishedAt', 'publication date': 'publishedAt', posted: 'publishedAt',
  updated: 'modifiedAt', 'last updated': 'modifiedAt', modified: 'modifiedAt',
  dateline: 'dateline',
  byline: 'byline', author: 'byline', authors: 'byline', by: 'byline', 'written by': 'byline',
  url: 'url', link: 'url',
  language: 'language', lang: 'language',
};

/** "Date: 9 September 2025" -> key "date", value "9 September 2025". The key stops at the first colon. */
const KEY_VALUE = /^([\p{L}][\p{L} ]{0,20}?)\s*:\s*(.*)$/u;
/** A value longer than this is a sentence, not metadata ("Source: officials at the port said ..."). */
const MAX_VALUE_WORDS = 25;
const MAX_VALUE_CHARS = 300;
const LANGUAGE_CODE = /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]+)*$/;

export interface HeaderBlock {
  /** Fields found, with the raw value; publishedAt and modifiedAt only when they are dates. */
  fields: Partial<Record<Exclude<HeaderField, 'dateline'>, string>>;
  /** Bad dates and language codes: warnings naming the line. */
  diagnostics: Diagnostic[];
  /** The content with the block (and the blank line closing it) removed. */
  rest: string;
}

/**
 * Reads the header block of `content`, or returns null when the first non-blank line is not a
 * header line. `view` turns a raw line into what is matched (Markdown: "**Source:** X" -> "Source: X").
 */
export function readHeaderBlock(source: string, content: string, view: (line: string) => string = (l) => l): HeaderBlock | null {
  const lines = content.split(/\r\n|\r|\n/);
  let i = 0;
  while (i < lines.length && !view(lines[i]!).trim()) i++;
  const found: Array<{ field: HeaderField; value: string; line: number; key: string }> = [];
  for (; i < lines.length; i++) {
    const m = KEY_VALUE.exec(view(lines[i]!).trim());
    const field = m && KEYS[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
    if (!m || !field) break;
    const value = m[2]!.trim();
    if (value.length > MAX_VALUE_CHARS || value.split(/\s+/).length > MAX_VALUE_WORDS) break;
    found.push({ field, value, line: i + 1, key: m[1]! });
  }
  if (found.length === 0) return null;
  if (i < lines.length && !view(lines[i]!).trim()) i++; // the blank line closing the block
  const fields: HeaderBlock['fields'] = {};
  const diagnostics: Diagnostic[] = [];
  let datelineDate: string | undefined;
  for (const { field, value, line, key } of found) {
    if (!value) continue;
    if (field === 'publishedAt' || field === 'modifiedAt') {
      if (fields[field]) continue; // the first one given wins
      const d = writtenDate(value);
      if ('date' in d) fields[field] = value;
      else diagnostics.push(diag(source, 'read', 'bad-date', `header line ${line}: ${key} "${value}" ${d.why}; not used as the ${field === 'publishedAt' ? 'publication' : 'modification'} date`, 'warning', line));
    } else if (field === 'dateline') {
      // "Dateline: KESSANPORT, 9 September 2025": its date, when it has one; a place alone is no problem.
      const d = writtenDate(value);
      if ('date' in d) datelineDate ??= value;
    } else if (field === 'language' && !LANGUAGE_CODE.test(value)) {
      diagnostics.push(diag(source, 'read', 'bad-language', `header line ${line}: ${key} "${value}" is not a language code; expected one such as "en" or "pt-BR"`, 'warning', line));
    } else {
      fields[field] ??= value;
    }
  }
  if (!fields.publishedAt && datelineDate) fields.publishedAt = datelineDate;
  return { fields, diagnostics, rest: lines.slice(i).join('\n') };
}

/** Copies the header's fields onto the item as given explicitly (provenance 'input'), like JSON fields. */
export function applyHeader(item: RawItem, header: HeaderBlock): RawItem {
  const provenance = { ...item.provenance };
  for (const k of Object.keys(header.fields)) provenance[k] = 'input';
  return {
    ...item,
    ...header.fields,
    provenance,
    ...(header.diagnostics.length > 0 ? { diagnostics: [...(item.diagnostics ?? []), ...header.diagnostics] } : {}),
  };
}
