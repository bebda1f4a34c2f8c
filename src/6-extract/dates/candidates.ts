// Date expressions in a text, found by the written forms in patterns.ts, with what is no date
// in news removed ("Theresa May", "Good Friday", "the first time in 20 years"). Values are
// resolved later against the publication day (resolve.ts), so nothing here reads a clock.
import { CASUAL_DAYS, MONTH_PREPOSITIONS, NOT_WEEKDAY_AFTER, NOT_WEEKDAY_BEFORE } from './model/cues.js';
import {
  CASUAL_DAY, COUNTED, DAY_MONTH, IN_COUNT, ISO_DAY, MONTH_ALONE, MONTH_DAY, MONTH_YEAR, PERIOD, SLASH_DAY, WEEKDAY_WORD,
  YEAR_PHRASE, countOf, monthNumber, weekdayNumber,
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

const words = (list: readonly string[]): string => list.map((w) => w.replace(/[-\s]+/g, (m) => (m === '-' ? '-' : '\\s+'))).join('|');
const MONTH_BEFORE = new RegExp(`(?:\\b(?:${words(MONTH_PREPOSITIONS)})\\s+|\\bmid-)$`, 'i');
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${words(NOT_WEEKDAY_BEFORE)})\\s+$`, 'i');
const WEEKDAY_AFTER = new RegExp(`^(?:'s)?\\s+(?:${words(NOT_WEEKDAY_AFTER)})\\b`, 'i');
const YEAR_AFTER_MONTH = /^\s+(last|this|next)\s+year\b/i;
const MODIFIERS = { this: 'this', last: 'last', past: 'last', next: 'next' } as const;

/** Candidates sorted by start, longest first, possibly overlapping. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, shape: Shape | null): void => {
    if (shape) out.push({ start, end, shape });
  };
  for (const m of text.matchAll(MONTH_DAY)) {
    add(m.index, m.index + m[0].length, calendarOf(Number(m[4] ?? NaN), monthNumber(m[2]!), Number(m[3]), m[2]!));
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    add(m.index, m.index + m[0].length, calendarOf(Number(m[4] ?? NaN), monthNumber(m[3]!), Number(m[2]), m[3]!));
  }
  for (const m of text.matchAll(MONTH_YEAR)) add(m.index, m.index + m[0].length, calendarOf(Number(m[2]), monthNumber(m[1]!), null, m[1]!));
  for (const m of text.matchAll(MONTH_ALONE)) {
    const c = monthAlone(text, m.index, m.index + m[0].length, m[1]!);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(ISO_DAY)) add(m.index, m.index + m[0].length, calendarOf(Number(m[1]), Number(m[2]), Number(m[3]), null));
  for (const m of text.matchAll(SLASH_DAY)) add(m.index, m.index + m[0].length, slashDate(m[1]!, m[2]!, m[3]!));
  for (const m of text.matchAll(WEEKDAY_WORD)) {
    if (WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue; // "Good Friday", "every Monday"
    const wordEnd = m.index + m[0].toLowerCase().indexOf(m[2]!.toLowerCase()) + m[2]!.length;
    if (WEEKDAY_AFTER.test(text.slice(wordEnd, wordEnd + 25))) continue; // "the Sunday Times", "Friday prayers"
    const mod = m[1] ? MODIFIERS[m[1].toLowerCase() as keyof typeof MODIFIERS] : null;
    add(m.index, m.index + m[0].length, { type: 'weekday', weekday: weekdayNumber(m[2]!), modifier: mod });
  }
  for (const m of text.matchAll(CASUAL_DAY)) {
    const amount = CASUAL_DAYS[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    add(m.index, m.index + m[0].length, { type: 'shift', unit: 'day', amount });
  }
  for (const m of text.matchAll(PERIOD)) {
    const mod = m[1]!.toLowerCase();
    add(m.index, m.index + m[0].length, { type: 'period', unit: m[2]!.toLowerCase() as Unit, offset: mod === 'next' ? 1 : mod === 'this' ? 0 : -1 });
  }
  for (const m of text.matchAll(COUNTED)) add(m.index, m.index + m[0].length, counted(m[1]!, m[2]!, m[3]!.toLowerCase() === 'ago' ? -1 : 1));
  // "in three weeks": index.ts keeps it only in a future clause.
  for (const m of text.matchAll(IN_COUNT)) add(m.index, m.index + m[0].length, { ...counted(m[1]!, m[2]!, 1), future: true });
  for (const m of text.matchAll(YEAR_PHRASE)) {
    if (!m[1] && !m[2]) continue; // a bare number: "2000 people"
    const start = m.index + (m[1] ? /^\S+\s+/.exec(m[0])![0].length : 0); // "since 2007" -> "2007"
    const at = m.index + m[0].search(/\d{4}/);
    out.push({ start, end: at + 4, shape: { type: 'year', year: Number(m[3]) } });
    if (m[4]) {
      const second = m.index + m[0].lastIndexOf(m[4]);
      out.push({ start: second, end: second + 4, shape: { type: 'year', year: Number(m[4]) } });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A written date; `monthWord` null for numeric dates. News capitalises month names ("may be", "they march"). */
function calendarOf(year: number, month: number, day: number | null, monthWord: string | null): Shape | null {
  if (monthWord !== null && !/^[A-Z]/.test(monthWord)) return null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { type: 'calendar', year: Number.isNaN(year) ? null : year, month, day, yearOffset: null };
}

/** "3/18/2024": month first; a first number over 12 is the day ("18/3/2024"). Two-digit years: 00-49 -> 2000s. */
function slashDate(a: string, b: string, y: string): Shape | null {
  let month = Number(a);
  let day = Number(b);
  if (month > 12 && day <= 12) [month, day] = [day, month];
  const year = y.length === 2 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y);
  return calendarOf(year, month, day, null);
}

function counted(count: string, unit: string, sign: number): Extract<Shape, { type: 'shift' }> {
  const n = countOf(count);
  const u = unit.toLowerCase();
  return u === 'decade' ? { type: 'shift', unit: 'year', amount: sign * 10 * n } : { type: 'shift', unit: u as 'day' | 'week' | 'month' | 'year', amount: sign * n };
}

/** A month name alone is a date only after a preposition: "in May", not "Theresa May" or "the March on Washington". */
function monthAlone(text: string, start: number, end: number, word: string): Candidate | null {
  if (!/^[A-Z]/.test(word) || !MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  const month = monthNumber(word);
  // "in March last year": the year comes from the next words.
  const tail = YEAR_AFTER_MONTH.exec(text.slice(end, end + 20));
  if (!tail) return { start, end, shape: { type: 'calendar', year: null, month, day: null, yearOffset: null } };
  const off = tail[1]!.toLowerCase();
  const yearOffset = off === 'last' ? -1 : off === 'next' ? 1 : 0;
  return { start, end: end + tail[0].length, shape: { type: 'calendar', year: null, month, day: null, yearOffset } };
}
