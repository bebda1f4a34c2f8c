// Publication dates: parse what the input declares (ISO 8601, RFC 822, common forms),
// else estimate from the latest fully specified date the text mentions (flagged).
import * as chrono from 'chrono-node';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** Day, month and year as written: ISO "2025-02-30", "30 Feb 2025", "February 30, 2025". */
const WRITTEN_DAY = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})/, ymd: (m: RegExpExecArray) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i'), ymd: (m: RegExpExecArray) => [+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i'), ymd: (m: RegExpExecArray) => [+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!] },
];
/** A year, or a year and month, with no day: "2025", "2025-04", "April 2025". */
const NO_DAY = new RegExp(`^(?:\\d{4}(?:-\\d{1,2})?|${MONTH},?\\s+\\d{4})$`, 'i');
/** The value names its time zone: Z, an offset, or a zone name at the end. */
const ZONE_WRITTEN = /(?:\dZ|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|[ECMP][SD]T))\s*$/i;
/** ISO 8601 date-only forms: the ECMAScript spec already reads them as UTC. */
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a declared date is not used as one, or null when it is a date. Date.parse rolls an
 * impossible day over (2025-02-30 -> March 2) and turns "2025" into an exact January 1: both
 * would be stored as if the input had said so.
 */
export function whyNotADate(value: string): string | null {
  const v = value.trim();
  if (NO_DAY.test(v)) return 'gives no day; expected a full date such as 2025-03-18';
  for (const { re, ymd } of WRITTEN_DAY) {
    const m = re.exec(v);
    if (!m) continue;
    const [y, mo, d] = ymd(m) as [number, number, number];
    const days = mo >= 1 && mo <= 12 ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 0;
    if (d < 1 || d > days) return mo >= 1 && mo <= 12 ? `has no day ${d} in that month (it has ${days})` : `has no month ${mo}`;
    break;
  }
  return null;
}

/**
 * ISO string in UTC, or null when the value is not a date (see whyNotADate). A value with no
 * time zone is read as UTC, not in the host's zone, so that the same input stores the same
 * instant on every machine.
 */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (whyNotADate(v)) return null;
  if (/\d{4}/.test(v) && !Number.isNaN(Date.parse(v))) {
    if (ZONE_WRITTEN.test(v) || ISO_DATE_ONLY.test(v)) return new Date(Date.parse(v)).toISOString();
    const utc = Date.parse(/^\d{4}-\d{2}-\d{2}[T ]\d/.test(v) ? `${v}Z` : `${v} UTC`);
    if (!Number.isNaN(utc)) return new Date(utc).toISOString();
  }
  const parsed = chrono.parseDate(v, { instant: new Date(), timezone: 'UTC' });
  return parsed ? parsed.toISOString() : null;
}

/**
 * A date written by a person (a text file's header, a "Published: ..." line): used only when
 * its year is written, since "Tuesday" or "March 18" would be read against the day of the
 * ingest. Sample: "9 September 2025" -> { date: "2025-09-09T00:00:00.000Z" }; "31 September 2025"
 * -> { why: "has no day 31 in that month (it has 30)" }.
 */
export function writtenDate(value: string): { date: string } | { why: string } {
  const why = whyNotADate(value);
  if (why) return { why };
  if (!/\b(?:1[89]|20)\d{2}\b/.test(value)) return { why: 'gives no year; expected a full date such as 9 September 2025' };
  // parseDate reads "sometime in 2025" as an exact January 1: the day and month must be written too.
  const whole = chrono.parse(value).some((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'));
  const date = whole ? parseDate(value) : null;
  return date ? { date } : { why: 'is not a date with a day, month and year; expected one such as 9 September 2025 or 2025-09-09' };
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
