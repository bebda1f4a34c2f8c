// A candidate's value from its shape and the publication day (a day number, or null).
import type { Shape } from './candidates.js';
import { dayNumber, isoDay, isoMonth, mondayOf, monthRange, weekdayOf, yearRange, ymd } from './calendar.js';

export type Granularity = 'day' | 'week' | 'month' | 'year';
/** 'present': a present copula or no cue at all; a weekday reads it as past, a yearless date keeps its closest year. */
export type Tense = 'past' | 'present' | 'future';
export interface Resolution {
  kind: 'absolute' | 'relative';
  granularity: Granularity;
  value: string | null;
  /** First and last day covered, for the distance to publication; null when unresolved. */
  range: [number, number] | null;
}

/** Tolerance before a date without year is moved a year: "on March 25" in a past-tense piece of March 20 stays. */
const TENSE_SLACK_DAYS = 7;

/** `tense`: the clause's tense, asked only when the shape needs it (a bare weekday, a yearless date). */
export function resolve(shape: Shape, pub: number | null, tense: () => Tense): Resolution | null {
  switch (shape.type) {
    case 'year':
      return { kind: 'absolute', granularity: 'year', value: String(shape.year), range: yearRange(shape.year) };
    case 'calendar':
      return calendar(shape, pub, tense);
    case 'weekday': {
      if (pub === null) return unresolved('day');
      let dn: number | null;
      if (shape.modifier === 'next') {
        dn = mondayOf(pub) + 7 + ((shape.weekday + 6) % 7); // "next Friday": the Friday of next week
      } else {
        const back = (weekdayOf(pub) - shape.weekday + 7) % 7; // 0..6 days back to that weekday
        if (shape.modifier === 'last') dn = pub - (back === 0 ? 7 : back);
        // "on Friday": the latest Friday on or before publication, unless the clause is in the future.
        else dn = tense() === 'future' ? pub + ((7 - back) % 7) : pub - back;
      }
      return dn === null ? null : day(dn, 'relative');
    }
    case 'period': {
      if (pub === null) return unresolved(shape.unit);
      const { year, month } = ymd(pub);
      if (shape.unit === 'week') {
        const monday = mondayOf(pub) + 7 * shape.offset;
        return { kind: 'relative', granularity: 'week', value: isoDay(monday), range: [monday, monday + 6] };
      }
      if (shape.unit === 'month') return monthOf(year, month + shape.offset, 'relative');
      return { kind: 'relative', granularity: 'year', value: String(year + shape.offset), range: yearRange(year + shape.offset) };
    }
    case 'shift': {
      if (pub === null) return unresolved(shape.unit === 'week' ? 'day' : shape.unit);
      const { year, month } = ymd(pub);
      if (shape.unit === 'year') return { kind: 'relative', granularity: 'year', value: String(year + shape.amount), range: yearRange(year + shape.amount) };
      if (shape.unit === 'month') return monthOf(year, month + shape.amount, 'relative');
      return day(pub + shape.amount * (shape.unit === 'week' ? 7 : 1), 'relative');
    }
  }
}

function calendar(shape: Extract<Shape, { type: 'calendar' }>, pub: number | null, tense: () => Tense): Resolution | null {
  const granularity = shape.day === null ? 'month' : 'day';
  const make = (year: number): Resolution | null => {
    if (shape.day === null) return monthOf(year, shape.month, kind);
    const dn = dayNumber(year, shape.month, shape.day);
    return dn === null ? null : day(dn, kind);
  };
  const kind = shape.year !== null ? 'absolute' : 'relative';
  if (shape.year !== null) return make(shape.year);
  if (pub === null) return unresolved(granularity);
  if (shape.yearOffset !== null) return make(ymd(pub).year + shape.yearOffset); // "in March last year"
  // The year closest to publication; a past or future clause can move it a year ("fell in
  // December" read in April is last December; "the next round is in May" stays this May).
  const implied = closestYear(shape.month, shape.day ?? 1, pub);
  const r = make(implied);
  if (!r?.range) return r;
  const early = r.range[1] < pub - TENSE_SLACK_DAYS;
  if (r.range[0] <= pub + TENSE_SLACK_DAYS && !early) return r;
  const t = tense();
  if (t === 'past' && r.range[0] > pub + TENSE_SLACK_DAYS) return make(implied - 1) ?? r;
  if (t === 'future' && early) return make(implied + 1) ?? r;
  return r;
}

/** The year in which month/day falls closest to the day `pub` ("December 30" read on 2 January: last year's). */
function closestYear(month: number, d: number, pub: number): number {
  const { year } = ymd(pub);
  let best = year;
  let gap = Infinity;
  for (const y of [year, year - 1, year + 1]) {
    const dn = dayNumber(y, month, Math.min(d, 28));
    if (dn !== null && Math.abs(dn - pub) < gap) [best, gap] = [y, Math.abs(dn - pub)];
  }
  return best;
}

export function monthOf(year: number, month: number, kind: Resolution['kind']): Resolution {
  const range = monthRange(year, month);
  const first = ymd(range[0]);
  return { kind, granularity: 'month', value: isoMonth(first.year, first.month), range };
}

export const day = (dn: number, kind: Resolution['kind']): Resolution => ({ kind, granularity: 'day', value: isoDay(dn), range: [dn, dn] });

const unresolved = (granularity: Granularity): Resolution => ({ kind: 'relative', granularity, value: null, range: null });
