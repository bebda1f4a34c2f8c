// Publication dates: parse what the input declares (ISO 8601, RFC 822, common forms),
// else estimate from the latest fully specified date the text mentions (flagged).
import * as chrono from 'chrono-node';

/** ISO string in UTC, or null when the value is not a date. */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const direct = Date.parse(v);
  if (!Number.isNaN(direct) && /\d{4}/.test(v)) return new Date(direct).toISOString();
  const parsed = chrono.parseDate(v);
  return parsed ? parsed.toISOString() : null;
}

const YEAR_ANYWHERE = /(?:1[89]|20)\d{2}/;

/**
 * Latest absolute date (day, month and year all written) mentioned in the text, as
 * midnight UTC. Dates after `notAfter` (default: tomorrow) are ignored as forecasts or typos.
 * Sample: "... talks on March 18, 2025 ... since 12 January 2024" -> "2025-03-18T00:00:00.000Z".
 */
export function latestMentionedDate(text: string, notAfter = new Date(Date.now() + 86_400_000)): string | null {
  let best: number | null = null;
  const head = text.slice(0, 100_000);
  // Each date kept has its year written, so a text with no year anywhere has none to give.
  if (!YEAR_ANYWHERE.test(head)) return null;
  for (const r of chrono.parse(head)) {
    const c = r.start;
    // The year must be written: chrono marks "today" or "on Friday" as certain too.
    if (!/\b(1[89]|20)\d{2}\b/.test(r.text) || !c.isCertain('month') || !c.isCertain('day')) continue;
    const t = Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!);
    if (t > notAfter.getTime()) continue;
    if (best === null || t > best) best = t;
  }
  return best === null ? null : new Date(best).toISOString();
}
