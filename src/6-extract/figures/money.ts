// What a sum of money or a percentage measures, read around it once the figures are found.
// Samples: "revenue of €1.2bn" -> counted "revenue"; "a €2m fine" -> "fine"; "set aside €84m for
// severance" -> "severance"; "Net profit fell 12% to €300m" -> the 12% is a change of profit
// (action "fell"), the €300m is profit; "the €1.25bn analysts had expected" -> revenue, action
// "expected" (an expectation, not the figure); "to €46m, from €71m" -> €71m is the earlier value
// (action "from"); "40 cents" is money (0.40 of the article's currency), not a count of cents.
import type { Tokens } from './tokens.js';
import type { Figure } from './types.js';
import { periodOf, sharePeriod } from './period.js';
import { shareOwner } from './share-owner.js';
import {
  CHANGE_WORDS, COST_VERBS, EARLIER_BEFORE, EXPECT_WORDS, FORECASTERS, INTRADAY_CUE, MEASURE_MODIFIERS, MEASURE_WORDS, SINCE_CUE, SUBUNITS,
} from './model/business.js';

const changeWords = new Set(CHANGE_WORDS);
const expectWords = new Set(EXPECT_WORDS);
const earlierBefore = new Set(EARLIER_BEFORE);
const modifiers = new Set(MEASURE_MODIFIERS);
const forecasters = new Set(FORECASTERS);
const costVerbs = new Set(COST_VERBS);
/** Ends the stretch a measure is looked for in: a sentence or a clause after a semicolon. */
const BREAKS = new Set(['.', '!', '?', ';', ':', '“', '”', '"']);
/** Words between a sum and what it is for: "€84m for severance", "€410m off the group's market value". */
const FOR_WORDS = new Set(['for', 'in', 'off', 'of', 'on']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Words between a sum and an expectation after it: "€1.25bn analysts had expected", "€1.3bn expected by analysts". */
const EXPECT_GAP = new Set(['analysts', 'analyst', 'economists', 'brokers', 'investors', 'markets', 'had', 'have', 'has', 'were', 'was', 'been', 'that', 'by', 'the', 'market']);
/** How far back a measure is looked for: "Revenue for the three months to December came in at EUR 1,200 million". */
const REACH = 24;
/** Currencies with cents: "40 cents" takes the one the article's other sums are in. */
const CENTS_OK = /^(?:USD|EUR|AUD|CAD|NZD|HKD|SGD|ZAR)$/;

/** Index of the token starting at offset `at` (binary search), or -1. */
export function tokenAt(tk: Tokens, at: number): number {
  let lo = 0;
  let hi = tk.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tk.start(mid);
    if (s === at) return mid;
    if (s < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the last token ending at or before offset `at`. */
export function tokenEndingAt(tk: Tokens, at: number): number {
  let k = tokenAt(tk, at);
  if (k < 0) {
    k = 0;
    while (k + 1 < tk.length && tk.start(k + 1) < at) k++;
    return k;
  }
  return k - 1;
}

export const isBreak = (tk: Tokens, j: number): boolean => j < 0 || BREAKS.has(tk.raw(j)) || tk.lineBreakBefore(j + 1);

/** The measure token j names ("revenue", "operating profit", "market value"), or null. */
export function measureAt(tk: Tokens, j: number): string | null {
  if (!tk.isWord(j)) return null;
  const w = tk.lower(j);
  if (w === 'value' && tk.lower(j - 1) === 'market') return 'market value';
  const m = MEASURE_WORDS[w];
  if (!m) return null;
  // "€0.40 per share", "40 cents a share": a unit, not the share price.
  if (m === 'share price' && ['per', 'a', 'each', 'every'].includes(tk.lower(j - 1))) return null;
  const mod = tk.lower(j - 1);
  return modifiers.has(mod) && (m === 'profit' || m === 'loss' || m === 'revenue') ? `${mod.replace('pretax', 'pre-tax')} ${m}` : m;
}

interface Found { measure: string; at: number }

/** "€84m for severance (payments)", "€8m in savings", "€410m off the group's market value". */
function measureAfter(tk: Tokens, k: number): Found | null {
  if (!FOR_WORDS.has(tk.lower(k))) return null;
  let j = k + 1;
  if (DETERMINERS.has(tk.lower(j)) || /['’]s?$/u.test(tk.raw(j))) j++;
  if (/['’]s?$/u.test(tk.raw(j))) j++;
  for (let n = 0; n < 3 && tk.isWord(j + n); n++) {
    const m = measureAt(tk, j + n);
    if (m) return { measure: m, at: j + n };
  }
  return null;
}

/** "revenue of €1.2bn", "a restructuring charge of €150m", "The severance budget of €84m". */
function measureOfBefore(tk: Tokens, first: number): Found | null {
  if (tk.lower(first - 1) !== 'of') return null;
  for (const at of [first - 2, first - 3]) {
    const m = measureAt(tk, at);
    if (m) return { measure: m, at };
  }
  return null;
}

/** The nearest measure back in the sentence, with where it is. */
function measureBack(tk: Tokens, first: number): Found | null {
  for (let j = first - 1; j >= first - REACH && !isBreak(tk, j); j--) {
    const m = measureAt(tk, j);
    if (m) return { measure: m, at: j };
  }
  return null;
}

/** "analysts expect revenue of", "analysts forecast profit of": others' estimate earlier in the clause (commas end it). */
function expectedBefore(tk: Tokens, from: number): boolean {
  let verb = false;
  for (let j = from - 1; j >= from - 8 && !isBreak(tk, j) && tk.raw(j) !== ','; j--) {
    // "analysts put the savings at between €90m and €110m"
    if (expectWords.has(tk.lower(j)) || tk.lower(j) === 'put' || tk.lower(j) === 'puts') verb = true;
    else if (verb && forecasters.has(tk.lower(j))) return true;
  }
  return false;
}

/** "€1.25bn analysts had expected", "€1.3bn expected by analysts". */
function expectedAfter(tk: Tokens, k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    if (expectWords.has(tk.lower(j))) return true;
    if (!EXPECT_GAP.has(tk.lower(j))) return false;
  }
  return false;
}

/** The change word right before the figure ("fell 8%", "closed down 11.4%", "fell by 35 percent"), or null. */
function changeBefore(tk: Tokens, first: number): string | null {
  let j = first - 1;
  if (tk.lower(j) === 'by') j--;
  return changeWords.has(tk.lower(j)) ? tk.lower(j) : null;
}

/** "8% lower", "8 per cent down", "a 12% fall in profit". */
function changeAfter(tk: Tokens, k: number, counted: string | null): string | null {
  if (counted && changeWords.has(counted)) return counted;
  return ['lower', 'higher', 'down', 'up'].includes(tk.lower(k)) ? tk.lower(k) : null;
}

/** "in early trading" after a change: a reading during the day; "since the announcement": over several days. */
function when(tk: Tokens, k: number): string {
  const rest = tk.text.slice(tk.start(k), tk.start(k) + 60);
  return INTRADAY_CUE.test(rest) ? ' intraday' : SINCE_CUE.test(rest) ? ' since' : '';
}

/** "40 cents" -> 0.40 in the currency of the nearest sum in the article ("€2.4 million"); "50 pence" -> 0.50 GBP. */
function readSubunits(figures: Figure[]): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.counted === null || !(f.counted in SUBUNITS) || f.action !== null) continue;
    let currency = SUBUNITS[f.counted] ?? null;
    if (currency === null) {
      const sums = figures.filter((g) => g.kind === 'money' && g.currency && CENTS_OK.test(g.currency));
      sums.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start));
      currency = sums[0]?.currency ?? null;
    }
    f.kind = 'money';
    f.currency = currency;
    f.value = Math.round(f.value) / 100;
    if (f.high !== null) f.high = Math.round(f.high) / 100;
    f.counted = null;
  }
}

/** A sum's or a percentage's measure and role (see the file comment), set on the figures in place. */
export function readMeasures(tk: Tokens, figures: Figure[]): void {
  readSubunits(figures);
  for (const f of figures) {
    if (f.kind !== 'money' && f.kind !== 'percent') continue;
    const first = tokenAt(tk, f.start);
    if (first < 0) continue;
    const last = tokenEndingAt(tk, f.end);
    let counted = f.counted;
    let k = last + 1;
    // "the €1.25bn analysts had expected": who expected it is no measure; nor is "beat" in "revenue of
    // €1.2bn beat forecasts" (the measure is named before). The figure ends at the sum.
    if (counted && !measureAt(tk, last) && (expectedAfter(tk, tokenEndingAt(tk, f.end) + 1 - counted.split(' ').length) || measureOfBefore(tk, first))) {
      const cut = f.text.toLowerCase().lastIndexOf(counted);
      f.text = f.text.slice(0, cut).trimEnd();
      f.end = f.start + f.text.length;
      k = tokenEndingAt(tk, f.end) + 1;
      counted = null;
    }
    const ownMeasure = counted ? measureAt(tk, last) : null;
    if (counted && !ownMeasure && !changeWords.has(counted)) continue; // "$3bn in aid": counted already
    // "each month of delay costs Harrenfeld up to €8m in savings": a cost, not the savings.
    if ([1, 2, 3].some((d) => costVerbs.has(tk.lower(first - d)))) continue;
    const found = ownMeasure ? { measure: ownMeasure, at: last } : measureOfBefore(tk, first) ?? measureAfter(tk, counted ? last + 1 : k);
    const near = found?.measure ?? null;
    const back = near ? null : measureBack(tk, first);
    const measure = near ?? back?.measure ?? null;
    if (!measure) continue;
    // "third-quarter profit", "revenue for the three months to September": a quarter's, not the year's.
    const period = periodOf(tk, measure, (found ?? back)!.at, first, tokenEndingAt(tk, f.end));
    // "Shares of other carmakers fell 15%": another group's shares, not the story company's (share-owner.ts).
    const owner = measure === 'share price' ? shareOwner(tk, (found ?? back)!.at) : null;
    const change = changeBefore(tk, first) ?? changeAfter(tk, k, counted) ?? (f.action && changeWords.has(f.action.split(' ')[0]!) ? f.action.split(' ')[0]! : null);
    let role: string | null;
    if (expectedAfter(tk, k) || expectedBefore(tk, back?.at ?? first)) role = 'expected';
    else if (f.kind === 'money' && (earlierBefore.has(tk.lower(first - 1)) || tk.matches(first - 2, ['compared', 'with']) || tk.matches(first - 2, ['compared', 'to']))) role = 'from';
    else if (change && (f.kind === 'percent' || tk.lower(first - 1) === 'by')) role = `${change}${when(tk, k)}`;
    // A percentage says what it measures only as a change or right beside its noun ("a dividend yield of 3%").
    else if (f.kind === 'percent' && !near) continue;
    else role = null;
    f.counted = ownMeasure ? counted : measure;
    if (period && f.counted) f.counted = `${period} ${f.counted}`;
    if (owner?.group) f.counted = `share price of ${owner.group}`;
    if (owner?.name) f.agent = owner.name;
    f.action = role;
  }
  sharePeriod(figures);
}
