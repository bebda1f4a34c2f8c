// Shared HTTP pieces: the error body, query parsing with zod (every issue named by field),
// pagination, and answering in JSON, CSV or Markdown.
import type { Context } from 'hono';
import { z } from 'zod';

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

export const errorBody = (e: ApiError) => ({ error: { code: e.code, message: e.message, ...(e.issues.length ? { issues: e.issues } : {}) } });

export function issuesOf(error: z.ZodError, prefix = ''): ApiIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)', message: i.message }));
}

/** Parses with the schema or throws a 400 naming every bad field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: 'query' | 'body' | 'path.id'): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = issuesOf(r.error, where);
    throw new ApiError(400, 'bad-request', `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  return r.data;
}

export const Format = z.enum(['json', 'csv', 'md'], { error: 'expected json, csv or md' }).default('json');

export const PageQuery = z.object({
  q: z.string().trim().max(500, 'at most 500 characters').optional(),
  limit: z.coerce.number({ error: 'expected a number' }).int('expected a whole number').min(1, 'at least 1').max(200, 'at most 200').default(50),
  offset: z.coerce.number({ error: 'expected a number' }).int('expected a whole number').min(0, 'at least 0').default(0),
  format: Format,
});

export function page<T>(items: T[], limit: number, offset: number) {
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is neutralised (spreadsheet formulas). */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: string[], rows: unknown[][]): string {
  return [columns, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

interface ListBody {
  total: number;
  limit: number;
  offset: number;
  items: unknown[];
}

function isList(json: unknown): json is ListBody {
  const b = json as Partial<ListBody> | null;
  return typeof b === 'object' && b !== null && typeof b.total === 'number' && typeof b.offset === 'number' && Array.isArray(b.items);
}

/**
 * Answers with the body in the asked format; `name` becomes the download's file name. A list
 * carries its total in `X-Total-Count` in every format, and a Markdown page that holds only
 * part of it ends by saying so: CSV and Markdown have no `total` field, and a cut export must
 * not pass for the whole list.
 */
export function respond(c: Context, format: 'json' | 'csv' | 'md', name: string, json: unknown, csv: () => string, md: () => string): Response {
  const list = isList(json) ? json : null;
  if (list) c.header('x-total-count', String(list.total));
  if (format === 'csv') return c.body(csv(), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
  if (format === 'md') {
    const cut = list && list.items.length < list.total ? `\nshowing ${list.items.length} of ${list.total} (offset ${list.offset}, limit ${list.limit})\n` : '';
    return c.body(md() + cut, 200, { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${name}.md"` });
  }
  return c.json(json);
}
