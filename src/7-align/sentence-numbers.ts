// The numbers a sentence gives, however written: digits ("1,200", "47"), number words
// ("Thirty-one", "fifty-eight", "nine") and the values of the figures read in it ("a dozen",
// "1.2 million"). Clock times and days of a month are no numbers of what is reported
// ("late on March 3", "at about 11 p.m."), nor are years ("in 2019").
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../6-extract/figures/model/numbers.js';

const UNITS = new Map(Object.entries(UNIT_WORDS));
const TEENS = new Map(Object.entries(TEEN_WORDS));
const TENS = new Map(Object.entries(TENS_WORDS));

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DIGITS = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const DAY_BEFORE = new RegExp(`\\b${MONTH}\\s+$`, 'i');
const DAY_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'i');
const CLOCK_AFTER = /^(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|o'clock|GMT|UTC)/i;
const WORD = /[\p{L}]+(?:-[\p{L}]+)?/gu;

/** "thirty-one" -> 31, "twelve" -> 12, "nine" -> 9; "one" (mostly "one of") and other words -> null. */
function wordValue(w: string): number | null {
  const [a, b] = w.toLowerCase().split('-');
  if (b !== undefined) return TENS.has(a!) && UNITS.has(b) && b !== 'zero' ? TENS.get(a!)! + UNITS.get(b)! : null;
  if (a === 'one' || a === 'zero') return null;
  return UNITS.get(a!) ?? TEENS.get(a!) ?? TENS.get(a!) ?? null;
}

/** The numbers of text[start, end), as strings ("1200", "31"), with the values of the figures given in it. */
export function sentenceNumbers(text: string, start: number, end: number, figureValues: readonly number[] = []): Set<string> {
  const s = text.slice(start, end);
  const out = new Set(figureValues.map(String));
  for (const m of s.matchAll(DIGITS)) {
    const before = s.slice(Math.max(0, m.index! - 12), m.index!);
    const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 14);
    if (DAY_BEFORE.test(before) || DAY_AFTER.test(after) || CLOCK_AFTER.test(after)) continue;
    const n = Number(m[0].replace(/,/g, ''));
    if (Number.isInteger(n) && n >= 1900 && n <= 2100 && !m[0].includes(',')) continue; // a year
    out.add(String(n));
  }
  for (const m of s.matchAll(WORD)) {
    const v = wordValue(m[0]);
    if (v !== null) out.add(String(v));
  }
  return out;
}
