// The period a company's revenue, profit or loss is for, read around the measure and its sum.
// Samples: "third-quarter profit of €120m", "Q3 revenue", "revenue for the three months to
// September" -> "quarterly"; "first-half sales", "interim profit", "the six months to June" ->
// "half-year"; "annual profit", "full-year revenue", "profit for the year", "2025 revenue" ->
// "annual"; "March sales", "sales in March" -> "march". A quarter's profit and the year's are
// different quantities, never rival values of one.
import type { Tokens } from './tokens.js';
import type { Figure } from './types.js';
import { isBreak } from './money.js';
import { MONTHS } from './model/context.js';

/** Most specific first: a month's sales inside a quarter's report are the month's. */
type Period = 'month' | 'quarterly' | 'half-year' | 'annual';
const RANK: Record<Period, number> = { month: 0, quarterly: 1, 'half-year': 2, annual: 3 };

/** Before "quarter" as a period: "the third quarter", "in a single quarter" (not "rose by a quarter"). */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', '1st', '2nd', '3rd', '4th', 'the', 'this', 'that', 'same', 'single', 'one', 'latest', 'previous', 'current', 'each', 'every', 'recent']);
const MONTH_NAMES = new Set(MONTHS.filter((m) => m.length > 3).map((m) => m.toLowerCase()));
/** Before a month that ends a period, not names it: "the three months to September". */
const PERIOD_END = new Set(['to', 'ended', 'ending', 'through', 'until', 'till']);
/** Only flows have periods: a fine or a share price has none. */
const FLOWS = /(?:^|\s)(?:revenue|profit|loss)$/;
/** How far around the measure and its sum a period is looked for. */
const BACK = 4;
const AFTER = 8;

/** The period token j names, with what is around it. */
function periodAt(tk: Tokens, j: number): { period: Period; month?: string } | null {
  const w = tk.lower(j);
  const prev = tk.lower(j - 1);
  if (/^q[1-4]$/.test(w) || w === 'quarterly' || /^(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[-–]quarter$/.test(w) || w === 'three-month') return { period: 'quarterly' };
  if (w === 'quarter' && ORDINALS.has(prev)) return { period: 'quarterly' };
  if (/^h[12]$/.test(w) || /^(?:half[-–]year(?:ly)?|interim|semi[-–]annual|(?:first|second)[-–]half|six[-–]month)$/.test(w)) return { period: 'half-year' };
  if (w === 'half' && ['first', 'second', 'the'].includes(prev)) return { period: 'half-year' };
  if (w === 'months') {
    if (prev === 'three') return { period: 'quarterly' };
    if (prev === 'six') return { period: 'half-year' };
    if (prev === 'twelve' || prev === '12') return { period: 'annual' };
  }
  if (/^(?:annual|yearly|full[-–]year|twelve[-–]month|12[-–]month|fy\d{0,4})$/.test(w)) return { period: 'annual' };
  // "the full year", "the fiscal year", "for the year" (not "a year earlier", "year on year").
  if (w === 'year' && (['full', 'fiscal', 'financial'].includes(prev) || (prev === 'the' && tk.lower(j - 2) === 'for')) && tk.lower(j + 1) !== 'on' && tk.lower(j + 1) !== 'earlier') return { period: 'annual' };
  // "2025 revenue", "profit of €46m in 2025": the year's.
  if (tk.isDigit(j) && /^(?:19|20)\d\d$/.test(w)) return { period: 'annual' };
  if (MONTH_NAMES.has(w) && tk.isCapitalized(j) && !PERIOD_END.has(prev)) return { period: 'month', month: w };
  return null;
}

/** The most specific period in tokens [from, to], or null. */
function scan(tk: Tokens, from: number, to: number): string | null {
  let best: { period: Period; month?: string } | null = null;
  for (let j = from; j <= to; j++) {
    const p = periodAt(tk, j);
    if (p && (!best || RANK[p.period] < RANK[best.period])) best = p;
  }
  return best ? best.month ?? best.period : null;
}

/**
 * The period of the flow `measure` named at token `at`, for the sum in tokens [first, last]:
 * words right before the measure, between it and the sum, or right after the sum ("€120m for
 * the quarter"); a clause break or a comma ends the look.
 */
export function periodOf(tk: Tokens, measure: string, at: number, first: number, last: number): string | null {
  if (!FLOWS.test(measure)) return null;
  let from = at;
  while (from > at - BACK && !isBreak(tk, from - 1) && tk.raw(from - 1) !== ',') from--;
  const before = scan(tk, from, at - 1);
  if (before) return before;
  if (at < first) {
    const between = scan(tk, at + 1, first - 1);
    if (between) return between;
  }
  let to = last;
  while (to < last + AFTER && !isBreak(tk, to + 1) && tk.raw(to + 1) !== ',') to++;
  return scan(tk, last + 1, to);
}

const PERIOD_WORDS = new Set<string>(['quarterly', 'half-year', 'annual', ...MONTH_NAMES]);

/**
 * An article that gives its flows for one period only ("fourth-quarter net profit of €46m" …
 * "revenue fell 8% to €1.2bn") gives all of them for it: the flows without a period written take
 * the one period its other flows name. Two periods named ("quarterly", "annual"): left as written.
 */
export function sharePeriod(figures: Figure[]): void {
  const flows = figures.filter((f) => (f.kind === 'money' || f.kind === 'percent') && f.counted !== null && FLOWS.test(f.counted));
  const periods = new Set(flows.map((f) => f.counted!.split(' ')[0]!).filter((w) => PERIOD_WORDS.has(w)));
  if (periods.size !== 1) return;
  const [period] = periods;
  for (const f of flows) if (!PERIOD_WORDS.has(f.counted!.split(' ')[0]!)) f.counted = `${period} ${f.counted}`;
}
