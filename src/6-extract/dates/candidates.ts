// Date expressions in a text, found by the written forms in patterns.ts, with what is no date
// in news removed ("Theresa May", "Good Friday", "the first time in 20 years"). Values are
// resolved later against the publication day (resolve.ts), so nothing here reads a clock.
import { CASUAL_DAYS, MONTH_PREPOSITIONS, NOT_WEEKDAY_AFTER, NOT_WEEKDAY_BEFORE } from './model/cues.js';
import {
  CASUAL_DAY, COUNT_BEFORE, COUNT_END, DAY_AFTER_MONTH, DAY_BEFORE_MONTH, IN_COUNT, ISO_DAY, MONTH_WORD, PERIOD, SLASH_DAY,
  WEEKDAY_BEFORE_DATE, WEEKDAY_MODIFIER, WEEKDAY_WORD, YEAR_AFTER_DAY_MONTH, YEAR_AFTER_MONTH, YEAR_BEFORE, YEAR_NUMBER,
  countOf, monthNumber, weekdayNumber, words,
} from './patterns.js';

export type Unit = 'week' | 'month' | 'year';
export type Shape =
  /** "on Friday", "last Friday", "over the weekend". */
  | { type: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null }
  /** "last week", "this month", "next year": offset from the publication's week/month/year. */
  | { type: 'period'; unit: Unit; offset: number }
  /** Written calendar date: "18 March 2024", "March 18" (year null: not written), "in May" (day null). */
  | { type: 'calendar'; year: number | null; month: number; day: number | null; yearOffset: number | null }
  /** A year alone: "in 2019". */
  | { type: 'year'; year: number }
  /** Counted from publication: "yesterday" (-1 day), "two days ago", "three months ago"; future: "in three weeks", a date only in a future clause. */
  | { type: 'shift'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; future?: true };
export interface Candidate { start: number; end: number; shape: Shape }

const MONTH_BEFORE = new RegExp(`(?:\\b(?:${words(MONTH_PREPOSITIONS)})\\s+|\\bmid-)$`, 'i');
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${words(NOT_WEEKDAY_BEFORE)})\\s+$`, 'i');
const WEEKDAY_AFTER = new RegExp(`^(?:'s)?\\s+(?:${words(NOT_WEEKDAY_AFTER)})\\b`, 'i');
const YEAR_AFTER_MONTH_WORDS = /^\s+(last|this|next)\s+year\b/i;
const MODIFIERS = { this: 'this', last: 'last', past: 'last', next: 'next' } as const;

/** Candidates sorted by start, longest first, possibly overlapping. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, shape: Shape | null): void => {
    if (shape) out.push({ start, end, shape });
  };
  for (const m of text.matchAll(MONTH_WORD)) monthForms(text, m.index, m.index + m[0].length, m[1]!, out);
  for (const m of text.matchAll(ISO_DAY)) add(m.index, m.index + m[0].length, calendarOf(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(SLASH_DAY)) add(m.index, m.index + m[0].length, slashDate(m[1]!, m[2]!, m[3]!));
  for (const m of text.matchAll(WEEKDAY_WORD)) {
    if (WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue; // "Good Friday", "every Monday"
    const wordEnd = m.index + m[1]!.length;
    if (WEEKDAY_AFTER.test(text.slice(wordEnd, wordEnd + 25))) continue; // "the Sunday Times", "Friday prayers"
    const mod = WEEKDAY_MODIFIER.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const modifier = mod ? MODIFIERS[mod[1]!.toLowerCase() as keyof typeof MODIFIERS] : null;
    add(mod ? m.index - mod[0].length : m.index, m.index + m[0].length, { type: 'weekday', weekday: weekdayNumber(m[1]!), modifier });
  }
  for (const m of text.matchAll(CASUAL_DAY)) {
    const amount = CASUAL_DAYS[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    add(m.index, m.index + m[0].length, { type: 'shift', unit: 'day', amount });
  }
  for (const m of text.matchAll(PERIOD)) {
    const mod = m[1]!.toLowerCase();
    add(m.index, m.index + m[0].length, { type: 'period', unit: m[2]!.toLowerCase() as Unit, offset: mod === 'next' ? 1 : mod === 'this' ? 0 : -1 });
  }
  for (const m of text.matchAll(COUNT_END)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const c = COUNT_BEFORE.exec(before);
    if (c) add(m.index - before.length + c.index, m.index + m[0].length, counted(c[1]!, c[2]!, m[0].toLowerCase() === 'ago' ? -1 : 1));
  }
  // "in three weeks": index.ts keeps it only in a future clause.
  for (const m of text.matchAll(IN_COUNT)) add(m.index, m.index + m[0].length, { ...counted(m[1]!, m[2]!, 1), future: true });
  for (const m of text.matchAll(YEAR_NUMBER)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const p = YEAR_BEFORE.exec(before)!; // it may match nothing: then p[1] and p[2] are undefined
    if (!p[1] && !p[2]) continue; // a bare number: "2000 people"
    const start = m.index - before.length + p.index + (p[1] ? /^\S+\s+/.exec(p[0])![0].length : 0); // "since 2007" -> "2007"
    out.push({ start, end: m.index + 4, shape: { type: 'year', year: Number(m[1]) } });
    if (m[2]) {
      const second = m.index + m[0].lastIndexOf(m[2]);
      out.push({ start: second, end: second + 4, shape: { type: 'year', year: Number(m[2]) } });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A written date, or null when month or day is out of range ("2024-13-40"); year NaN when not written. */
function calendarOf(year: number, month: number, day: number | null): Shape | null {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { type: 'calendar', year: Number.isNaN(year) ? null : year, month, day, yearOffset: null };
}

/** "3/18/2024": month first; a first number over 12 is the day ("18/3/2024"). Two-digit years: 00-49 -> 2000s. */
function slashDate(a: string, b: string, y: string): Shape | null {
  let month = Number(a);
  let day = Number(b);
  if (month > 12 && day <= 12) [month, day] = [day, month];
  const year = y.length === 2 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y);
  return calendarOf(year, month, day);
}

function counted(count: string, unit: string, sign: number): Extract<Shape, { type: 'shift' }> {
  const n = countOf(count);
  const u = unit.toLowerCase();
  return u === 'decade' ? { type: 'shift', unit: 'year', amount: sign * 10 * n } : { type: 'shift', unit: u as 'day' | 'week' | 'month' | 'year', amount: sign * n };
}

/**
 * The dates a month word at [at, end) takes part in: "March 18(, 2024)", "18 March (2024)",
 * "March 2024", "in March (last year)", each with a weekday before it ("Friday, March 18").
 */
function monthForms(text: string, at: number, end: number, word: string, out: Candidate[]): void {
  if (!/^[A-Z]/.test(word)) return; // news capitalises month names: "may be", "they march"
  const month = monthNumber(word);
  const push = (start: number, to: number, year: string | undefined, day: number | null): void => {
    const shape = calendarOf(year === undefined ? NaN : Number(year), month, day);
    if (shape) out.push({ start: weekdayBefore(text, start), end: to, shape });
  };
  const after = sticky(DAY_AFTER_MONTH, text, end);
  if (after) push(at, end + after[0].length, after[2], Number(after[1]));
  const before = text.slice(Math.max(0, at - 40), at);
  const day = DAY_BEFORE_MONTH.exec(before);
  if (day) {
    const tail = sticky(YEAR_AFTER_DAY_MONTH, text, end)!; // may be empty
    push(at - before.length + day.index, end + tail[0].length, tail[1], Number(day[1]));
  }
  const year = sticky(YEAR_AFTER_MONTH, text, end);
  if (year) push(at, end + year[0].length, year[1], null);
  // A month name alone is a date only after a preposition: "in May", not "Theresa May" or "the March on Washington".
  if (!MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return;
  // "in March last year": the year comes from the next words.
  const tail = YEAR_AFTER_MONTH_WORDS.exec(text.slice(end, end + 20));
  const yearOffset = !tail ? null : tail[1]!.toLowerCase() === 'last' ? -1 : tail[1]!.toLowerCase() === 'next' ? 1 : 0;
  out.push({ start: at, end: end + (tail ? tail[0].length : 0), shape: { type: 'calendar', year: null, month, day: null, yearOffset } });
}

/** Start of a weekday written before a date ("Friday, March 18"), else `start`. */
function weekdayBefore(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 20), start);
  const m = WEEKDAY_BEFORE_DATE.exec(before);
  return m ? start - before.length + m.index : start;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
