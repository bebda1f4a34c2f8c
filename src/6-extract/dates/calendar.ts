// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so results never depend on
// the machine's time zone.

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date, or null when it does not exist ("2023-02-29"). */
export function dayNumber(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (Number.isNaN(t) || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  // Date.UTC maps years 0-99 to 1900-1999; the check above already rejected them.
  return Math.round(t / MS_PER_DAY);
}

export interface Ymd { year: number; month: number; day: number }

export function ymd(dn: number): Ymd {
  const d = new Date(dn * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(dn: number): string {
  const { year, month, day } = ymd(dn);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** 0 = Sunday ... 6 = Saturday, as in Date#getDay and chrono. */
export const weekdayOf = (dn: number): number => (((dn + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

/** Monday of the (ISO) week holding the day. */
export const mondayOf = (dn: number): number => dn - ((weekdayOf(dn) + 6) % 7);

/** First and last day of a month; month may be outside 1..12 ("last month" in January). */
export function monthRange(year: number, month: number): [first: number, last: number] {
  const first = Math.round(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
  const next = Math.round(Date.UTC(year, month, 1) / MS_PER_DAY);
  return [first, next - 1];
}

export function yearRange(year: number): [first: number, last: number] {
  return [monthRange(year, 1)[0], monthRange(year, 12)[1]];
}

/**
 * The publication day as a day number, or null when missing or unreadable (never throws).
 * An ISO string keeps its own calendar date ("2024-03-18T23:30:00-05:00" -> 18 March, the
 * newsroom's day); other forms ("Mon, 18 Mar 2024 10:00:00 GMT") go through Date.parse, in UTC.
 */
export function publicationDay(publishedAt: string | null | undefined): number | null {
  if (typeof publishedAt !== 'string') return null;
  const s = publishedAt.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(s);
  if (iso) return dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!/\b\d{4}\b/.test(s)) return null; // Date.parse guesses a year for "March 18"
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
