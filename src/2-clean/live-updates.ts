// A live blog's update times resolved to instants, against the page's publication time. Sample:
// a page published 2026-03-04T06:10Z with "18:30", "14:20", "08:05", "06:10" down the page
// (newest first) -> 18:30, 14:20, 08:05 and 06:10 on 4 March; "00:40" above "23:50" -> 00:40 on
// the next day; "Updated 3 March, 19:40" -> 19:40 on 3 March, whatever the page's day.
import type { LiveUpdate } from '../core/types.js';
import type { UpdateStamp } from './boilerplate/updates.js';

const MIN = 60_000;
const DAY = 86_400_000;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "3 March", "3rd of March 2026", "March 3". */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'i');
/** Hours and minutes ("19:40", "6.10am"), or an hour with am/pm ("2pm"). */
const CLOCK = /(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?(?![\p{L}\p{N}])/giu;
/** Offsets of the zones a live blog writes, in minutes. */
const ZONES: Record<string, number> = { gmt: 0, utc: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, est: -300, edt: -240, pst: -480, pdt: -420, ist: 330 };
/** Largest zone offset read off the page's time, in minutes. */
const MAX_GUESSED_ZONE = 180;
const ZONE = new RegExp(`\\b(${Object.keys(ZONES).join('|')})\\b`, 'i');

interface Parsed {
  /** Minutes since midnight, on the clock as written. */
  clock: number;
  /** The stamp's own day (UTC midnight, ms) when it names one ("3 March"). */
  day: number | null;
  /** Zone offset in minutes when written ("08:05 GMT"). */
  zone: number | null;
}

/** "Updated 3 March, 19:40" -> 19:40 on 3 March (the year the page's, or as written). */
export function parseStamp(stamp: string, year: number): Parsed | null {
  let rest = stamp;
  let day: number | null = null;
  const dm = DAY_MONTH.exec(stamp);
  const md = dm ? null : MONTH_DAY.exec(stamp);
  if (dm || md) {
    const [d, m, y] = dm ? [+dm[1]!, dm[2]!, dm[3]] : [+md![2]!, md![1]!, md![3]];
    day = Date.UTC(y ? +y : year, MONTHS.indexOf(m.toLowerCase()), d);
    rest = stamp.replace((dm ?? md)![0], ' ');
  }
  for (const c of rest.matchAll(CLOCK)) {
    const [, h, m, ap] = c;
    if (m === undefined && !ap) continue; // "3" of a date, a year
    let hour = +h!;
    if (ap) hour = (hour % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
    const minute = m === undefined ? 0 : +m;
    if (hour > 23 || minute > 59) continue;
    const z = ZONE.exec(stamp);
    return { clock: hour * 60 + minute, day, zone: z ? ZONES[z[1]!.toLowerCase()]! : null };
  }
  return null;
}

/** Minutes from b to a on a clock, in (-720, 720]. */
const clockDiff = (a: number, b: number) => ((((a - b) % 1440) + 1440 + 720) % 1440) - 720;

/**
 * Each stamp as an instant (ISO, UTC), in the stamps' order, or null for one that cannot be read.
 * The page's times run one way, oldest first or newest first; a time smaller than the one before
 * it (in time order) is on the next day. The page's publication is the update whose clock it
 * shows, the first or the last, else the first: its day anchors the others. Times with no zone
 * are in the zone that makes the first update the page's time (whole hours, up to three), else UTC.
 */
export function resolveStamps(stamps: readonly string[], publishedAt: string | null): Array<string | null> {
  const pub = publishedAt ? Date.parse(publishedAt) : NaN;
  const year = Number.isFinite(pub) ? new Date(pub).getUTCFullYear() : NaN;
  const parsed = stamps.map((s) => parseStamp(s, year));
  const ok = parsed.map((p, i) => ({ p, i })).filter((x): x is { p: Parsed; i: number } => x.p !== null);
  if (!ok.length) return stamps.map(() => null);
  // Direction: do the clocks mostly fall or rise down the page?
  let falls = 0;
  let rises = 0;
  for (let k = 1; k < ok.length; k++) {
    const d = clockDiff(ok[k]!.p.clock, ok[k - 1]!.p.clock);
    if (d < 0) falls++;
    else if (d > 0) rises++;
  }
  const chron = falls > rises ? [...ok].reverse() : ok;
  // Day of each in time order, relative to the earliest: a clock below the one before is a new day.
  const rel: number[] = [0];
  for (let k = 1; k < chron.length; k++) rel.push(rel[k - 1]! + (chron[k]!.p.clock < chron[k - 1]!.p.clock ? 1 : 0));
  const written = chron.find((x) => x.p.zone !== null)?.p.zone ?? null;
  let offset = written ?? 0;
  let anchor = 0;
  if (Number.isFinite(pub)) {
    const pubClock = (t: number) => Math.floor((((t % DAY) + DAY) % DAY) / MIN);
    const last = chron.length - 1;
    const at = (x: Parsed) => x.zone ?? offset;
    if (clockDiff(chron[last]!.p.clock, pubClock(pub + at(chron[last]!.p) * MIN)) === 0 && clockDiff(chron[0]!.p.clock, pubClock(pub + at(chron[0]!.p) * MIN)) !== 0) anchor = last;
    else if (written === null) {
      // The first update is the page's time, seen in a zone other than UTC ("07:10" on a page of 06:10Z).
      // Whole hours, up to three: "11:40" on a page of 06:10 is a later update, not a zone.
      const d = clockDiff(chron[0]!.p.clock, pubClock(pub));
      if (d % 60 === 0 && Math.abs(d) <= MAX_GUESSED_ZONE) offset = d;
    }
  }
  const out: Array<string | null> = stamps.map(() => null);
  const base = Number.isFinite(pub) ? Math.floor((pub + (chron[anchor]!.p.zone ?? offset) * MIN) / DAY) * DAY - rel[anchor]! * DAY : NaN;
  let day = base;
  chron.forEach(({ p, i }, k) => {
    // A stamp with its own day sets it; those after it follow from it.
    if (p.day !== null) day = p.day;
    else if (k > 0 && p.clock < chron[k - 1]!.p.clock) day += DAY;
    if (!Number.isFinite(day)) return;
    out[i] = new Date(day + (p.clock - (p.zone ?? offset)) * MIN).toISOString();
  });
  return out;
}

/**
 * Does the first or the last of a page's times show its publication time (to the minute, in UTC
 * or up to three whole hours off, the page's zone)? A live blog's page is dated by its first
 * update, or its last. Sample: ["16:45", "07:00"] on a page of 07:00Z -> true; on one of 09:30Z -> false.
 */
export function showsPageTime(stamps: readonly string[], publishedAt: string | null): boolean {
  const pub = publishedAt ? Date.parse(publishedAt) : NaN;
  if (!Number.isFinite(pub) || !stamps.length) return false;
  const clock = Math.floor((((pub % DAY) + DAY) % DAY) / MIN);
  return [stamps[0]!, stamps.at(-1)!].some((s) => {
    const p = parseStamp(s, new Date(pub).getUTCFullYear());
    if (!p) return false;
    const d = clockDiff(p.clock - (p.zone ?? 0), clock);
    return d === 0 || (p.zone === null && d % 60 === 0 && Math.abs(d) <= MAX_GUESSED_ZONE);
  });
}

/** The updates of a cleaned body, from its paragraphs (joined by blank lines) and the stamps heading them. */
export function liveUpdates(paragraphs: readonly string[], stamps: readonly UpdateStamp[], publishedAt: string | null): LiveUpdate[] {
  if (!stamps.length) return [];
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  const times = resolveStamps(stamps.map((s) => s.stamp), publishedAt);
  return stamps.flatMap((s, i) => (times[i] && starts[s.paragraph] !== undefined ? [{ start: starts[s.paragraph]!, at: times[i]! }] : []));
}
