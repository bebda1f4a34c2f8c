// Date expressions in a text: chrono's results, with its false positives for news removed, plus
// years after a preposition ("in 2019"), which chrono does not read. Values are resolved later.
import * as chrono from 'chrono-node';
import {
  CASUAL_DAY, MONTH_PREPOSITIONS, NOT_A_DATE, NOT_WEEKDAY_AFTER, NOT_WEEKDAY_BEFORE, YEAR_PREPOSITIONS, YEAR_QUALIFIERS,
} from './model/cues.js';

export type Unit = 'week' | 'month' | 'year';
export type Shape =
  /** "on Friday", "last Friday", "over the weekend"; chronoDay = chrono's pick (used for "next"). */
  | { type: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null; chronoDay: Ymd }
  /** "last week", "this month", "next year": offset from the publication's week/month/year. */
  | { type: 'period'; unit: Unit; offset: number }
  /** Written calendar date: "18 March 2024", "March 18" (year null: not written), "in May". */
  | { type: 'calendar'; year: number | null; month: number; day: number | null; impliedYear: number; yearOffset: number | null }
  /** A year alone: "in 2019". */
  | { type: 'year'; year: number }
  /** chrono's own computation from the reference: "yesterday", "two days ago", "three months ago". */
  | { type: 'shift'; at: Ymd; granularity: 'day' | 'month' | 'year' };
interface Ymd { year: number; month: number; day: number }
export interface Candidate { start: number; end: number; shape: Shape }

const words = (list: readonly string[]): string => list.map((w) => w.replace(/[-\s]+/g, (m) => (m === '-' ? '-' : '\\s+'))).join('|');
const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const NUMERIC_DATE = /\d{1,4}[/-]\d{1,2}/;
const DATE_START = new RegExp(`\\b\\d|${MONTH_WORD.source}`, 'i');
const YEAR_WRITTEN = /\b(?:1[6-9]|20)\d\d\b|'\d\d\b/;
const WEEKDAY_FULL = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bweekend\b/i;
const PERIOD = /^(this|last|past|next)\s+(week|month|year)$/i;
const MODIFIER = /\b(this|last|past|next)\b/i;
const MONTH_BEFORE = new RegExp(`(?:\\b(?:${words(MONTH_PREPOSITIONS)})\\s+|\\bmid-)$`, 'i');
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${words(NOT_WEEKDAY_BEFORE)})\\s+$`, 'i');
const WEEKDAY_AFTER = new RegExp(`^(?:'s)?\\s+(?:${words(NOT_WEEKDAY_AFTER)})\\b`, 'i');
const ABBREVIATED = /\b(?:[ap]\.m|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;
const YEAR_AFTER_MONTH = /^\s+(last|this|next)\s+year\b/i;
// "in 2019", "since early 2007", "mid-2019", "the summer of 2019", "from 2010 to 2015" (second year: group 4).
const YEAR_RE = new RegExp(
  `\\b(?:(${words(YEAR_PREPOSITIONS)})\\s+)?((?:${words(YEAR_QUALIFIERS)})\\s*)?` +
    `((?:1[6-9]|20)\\d\\d)(?:\\s*(?:-|–|to|and)\\s*((?:1[6-9]|20)\\d\\d))?\\b(?![-,.]\\d|\\s*(?:%|per\\s*cent))`,
  'gi',
);

/** A full stop, then space and a capital or quote: not "Jan. 5", "Sept. 11, 2001". */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z])|\n\s*\n/g;
const OPTIONS = { forwardDate: false };

/**
 * chrono's casual English parser, with one refiner asked less: ENEndOfPeriodRefiner tests a
 * `$`-anchored regex ("end of (the) ") on all the text before every result, a scan of the whole
 * text per result. That regex can only match where the text before the result ends in "of" or
 * "the" and white space, so only those results are handed to it; it still decides them.
 */
export const CHRONO = ((): chrono.Chrono => {
  const c = chrono.casual.clone();
  c.refiners = c.refiners.map((r): chrono.Refiner => {
    if (r.constructor.name !== 'ENEndOfPeriodRefiner') return r;
    return {
      refine: (context, results) => {
        r.refine(context, results.filter((x) => endsWithOfOrThe(context.text, x.index)));
        return results;
      },
    };
  });
  return c;
})();

/** text[0, at) ends in "of" or "the" (any case) and one or more white-space characters. */
export function endsWithOfOrThe(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  if (i === at) return false;
  const two = text.slice(Math.max(0, i - 2), i).toLowerCase();
  return two === 'of' || (two === 'he' && text.slice(Math.max(0, i - 3), i).toLowerCase() === 'the');
}
const SPACE = /\s/;

/**
 * chrono over the whole text (one call is faster than one per sentence), but a result that runs
 * over a full stop ("this morning. Three months ago", merged as a range) is parsed again sentence
 * by sentence. Yields each result with the offset of the string it came from.
 */
function* parse(text: string, ref: Date): Generator<[chrono.ParsedResult, number]> {
  for (const r of CHRONO.parse(text, ref, OPTIONS)) {
    if (r.text.search(SENTENCE_BREAK) < 0) {
      yield [r, 0];
      continue;
    }
    let from = 0;
    const pieces: [number, number][] = [];
    for (const m of r.text.matchAll(SENTENCE_BREAK)) pieces.push([from, (from = m.index + m[0].length)]);
    pieces.push([from, r.text.length]);
    for (const [a, b] of pieces) for (const q of CHRONO.parse(r.text.slice(a, b), ref, OPTIONS)) yield [q, r.index + a];
  }
}

/** Candidates in text order, possibly overlapping (chrono's first, then the years). */
export function findCandidates(text: string, ref: Date): Candidate[] {
  const out: Candidate[] = [];
  for (const [r, offset] of parse(text, ref)) {
    const c = fromChrono(text, r, offset, ref);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(YEAR_RE)) {
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

function fromChrono(text: string, r: chrono.ParsedResult, offset: number, ref: Date): Candidate | null {
  // chrono keeps edge punctuation: "May," / "(Friday)".
  let start = offset + r.index;
  let end = start + r.text.length;
  while (start < end && /[\s,;:()（）]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:()（）]/.test(text[end - 1]!)) end--;
  // "Jan." / "p.m." lose their dot above; it belongs to the word.
  if (text[end] === '.' && ABBREVIATED.test(text.slice(start, end))) end++;
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase().replace(/\s+/g, ' ');
  if (!raw || NOT_A_DATE.some((re) => re.test(lower))) return null;
  if (r.tags().has('result/relativeDateAndTime')) return null; // "in 20 minutes", "an hour ago": no more than the publication day
  const c = r.start;
  const implied = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };

  const period = PERIOD.exec(raw);
  if (period) {
    const mod = period[1]!.toLowerCase();
    return { start, end, shape: { type: 'period', unit: period[2]!.toLowerCase() as Unit, offset: mod === 'next' ? 1 : mod === 'this' ? 0 : -1 } };
  }
  if (MONTH_WORD.test(raw) || NUMERIC_DATE.test(raw)) {
    if (c.isCertain('month')) return calendar(text, start, end, c, implied);
    // chrono let a time word lead: "night of March 17-18" has no certain month; read from the date on.
    const at = raw.search(DATE_START);
    const q = at > 0 ? CHRONO.parse(raw.slice(at), ref, OPTIONS)[0] : undefined;
    return q?.index === 0 ? fromChrono(text, q, start + at, ref) : null;
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    if (!WEEKDAY_FULL.test(raw)) return null; // "Mr. Sun said"
    const hour = /\s+\d{1,2}$/.exec(raw); // "on Friday 18 people died": chrono read 18 as 6 p.m.
    if (hour) end -= hour[0].length;
    if (WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || WEEKDAY_AFTER.test(text.slice(end, end + 25))) return null;
    const mod = MODIFIER.exec(raw)?.[1]?.toLowerCase() ?? null;
    const modifier = mod === 'past' ? 'last' : (mod as 'last' | 'next' | 'this' | null);
    const weekday = /weekend/i.test(raw) ? 6 : c.get('weekday')!; // a weekend is dated by its Saturday
    return { start, end, shape: { type: 'weekday', weekday, modifier, chronoDay: implied } };
  }
  const granularity = c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : CASUAL_DAY.test(lower) ? 'day' : null;
  if (!granularity) return null; // a time alone: "at 3 p.m.", "midnight"
  return { start, end, shape: { type: 'shift', at: implied, granularity } };
}

function calendar(text: string, start: number, end: number, c: chrono.ParsedComponents, implied: Ymd): Candidate | null {
  const raw = text.slice(start, end);
  const monthWord = MONTH_WORD.exec(raw);
  // "may be", "they march": news capitalises month names.
  if (monthWord && !/^[A-Z]/.test(monthWord[0])) return null;
  const written = YEAR_WRITTEN.test(raw) && c.isCertain('year');
  const day = c.isCertain('day') ? implied.day : null;
  const year = written ? implied.year : null;
  if (day === null && year === null) {
    // A bare month name is a date only after a preposition: "in May", not "Theresa May" or "March on Washington".
    if (!MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
    // "in March last year": the year comes from the next words.
    const tail = YEAR_AFTER_MONTH.exec(text.slice(end, end + 20));
    if (tail) {
      const off = tail[1]!.toLowerCase();
      const yearOffset = off === 'last' ? -1 : off === 'next' ? 1 : 0;
      return { start, end: end + tail[0].length, shape: { type: 'calendar', year: null, month: implied.month, day: null, impliedYear: implied.year, yearOffset } };
    }
  }
  return { start, end, shape: { type: 'calendar', year, month: implied.month, day, impliedYear: implied.year, yearOffset: null } };
}
