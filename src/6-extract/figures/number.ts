// Reads one number starting at a token: digits ("12,000", "1.2 million", "3bn", "30-40") or words
// ("fifty-eight", "twenty one", "three hundred and twelve", "a dozen", "fifty-eight-year-old").
import type { Tokens } from './tokens.js';
import {
  ARTICLE_WORDS, MONEY_SCALE_ABBREVIATIONS, MULTIPLIER_WORDS, NUMBER_JOINER, SCALE_ABBREVIATIONS,
  SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS,
} from './model/numbers.js';

export interface ParsedNumber {
  first: number;            // token index of the first token
  last: number;             // token index of the last token
  value: number;
  high: number | null;      // high end of a glued range: "30-40"
  scale: number;            // 1 unless "million", "bn" ...: lets "3 to 4 million" scale the 3
  word: boolean;            // written in words
  age: boolean;             // glued "-year-old": "61-year-old"
  moneyScale: boolean;      // scaled by "m"/"k"/"b": only valid next to a currency
  digits: number;           // digit count of a bare integer ("2023" -> 4), 0 otherwise (years, phones)
}

const unitWords = new Map(Object.entries(UNIT_WORDS));
const teenWords = new Map(Object.entries(TEEN_WORDS));
const tensWords = new Map(Object.entries(TENS_WORDS));
const multiplierWords = new Map(Object.entries(MULTIPLIER_WORDS));
const scaleWords = new Map(Object.entries(SCALE_WORDS));
const scaleAbbreviations = new Map(Object.entries(SCALE_ABBREVIATIONS));
const moneyScales = new Map(Object.entries(MONEY_SCALE_ABBREVIATIONS));
const articles = new Set(ARTICLE_WORDS);
/** Scales allowed as a separate token after digits: "1.2 million", "3 bn", "3 hundred". */
const scalesAfterDigits = new Map([...scaleWords, ...scaleAbbreviations, ['hundred', 100]]);

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SUFFIX = 'bn|bln|mn|mln|tn|trn|m|k|b';
/** "12,000", "1.2", "3bn", "40m". */
const DIGITS = new RegExp(`^(${NUM})(${SUFFIX})?$`, 'i');
/** "30-40", "3-4bn", "1,000–2,000". */
const GLUED_RANGE = new RegExp(`^(${NUM})(${SUFFIX})?[-–](${NUM})(${SUFFIX})?$`, 'i');
/** "61-year-old", "16-year-olds", "fifty-eight-year-old": group 1 is the number. */
const GLUED_AGE = /^(.+?)[-–]years?[-–]olds?$/i;

/** Words that begin a written number by themselves (asked of every word of every text: one lookup). */
const starters = new Set([...articles, ...unitWords.keys(), ...teenWords.keys(), ...tensWords.keys()]);

/** Whether a lower-cased token could begin a written number: "fifty-eight", "a" (dozen), "three". */
export function mayStartNumberWord(word: string): boolean {
  if (starters.has(word)) return true;
  return (word.includes('-') || word.includes('–')) && isNumberWord(word);
}

/** Whether a word is a written number or starts with one: "fifty-eight" -> "fifty". */
export function isNumberWord(word: string): boolean {
  const head = word.split(/[-–]/, 1)[0] ?? '';
  return unitWords.has(head) || teenWords.has(head) || tensWords.has(head);
}

export function parseNumber(tk: Tokens, i: number): ParsedNumber | null {
  if (tk.isDigit(i)) return parseDigits(tk, i);
  if (tk.isWord(i)) return parseWords(tk, i);
  return null;
}

/** Rounds away float noise from scaling: 1.15 * 1e6 -> 1150000. */
function scaled(value: number, scale: number): number {
  const v = value * scale;
  return scale > 1 && Math.abs(v - Math.round(v)) < 1e-6 * Math.max(1, Math.abs(v)) ? Math.round(v) : v;
}

function numberOf(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Bare integers with a leading zero ("007", "0958") are codes, not counts; "0.5" is fine. */
function badDigits(s: string): boolean {
  return s.length > 1 && s.charCodeAt(0) === 48 && s.charCodeAt(1) !== 46;
}

function suffixScale(suffix: string | undefined): { scale: number; money: boolean } {
  if (!suffix) return { scale: 1, money: false };
  const s = suffix.toLowerCase();
  const safe = scaleAbbreviations.get(s);
  return safe ? { scale: safe, money: false } : { scale: moneyScales.get(s) ?? 1, money: true };
}

function parseDigits(tk: Tokens, i: number): ParsedNumber | null {
  const raw = tk.raw(i);
  let value: number;
  let high: number | null = null;
  let scale = 1;
  let moneyScale = false;
  let age = false;
  let digits = 0;
  const plain = DIGITS.exec(raw);
  if (plain) {
    const n = plain[1] ?? '';
    if (badDigits(n)) return null;
    const s = suffixScale(plain[2]);
    scale = s.scale;
    moneyScale = s.money;
    value = scaled(numberOf(n), scale);
    if (/^\d+$/.test(n) && !plain[2]) digits = n.length;
  } else {
    const range = GLUED_RANGE.exec(raw);
    if (range) {
      const [, lowText = '', lowSuffix, highText = '', highSuffix] = range;
      // "1948-1967" and "555-1234" are years or phone numbers, not ranges.
      if (badDigits(lowText) || badDigits(highText) || /^\d{4,}$/.test(lowText) || /^\d{4,}$/.test(highText)) return null;
      const hs = suffixScale(highSuffix);
      const ls = lowSuffix ? suffixScale(lowSuffix) : hs;
      scale = hs.scale;
      moneyScale = hs.money || ls.money;
      value = scaled(numberOf(lowText), ls.scale);
      high = scaled(numberOf(highText), hs.scale);
      if (!(high > value)) return null;
    } else {
      const glued = GLUED_AGE.exec(raw);
      if (!glued || !/^\d{1,3}$/.test(glued[1] ?? '') || badDigits(glued[1] ?? '')) return null;
      value = Number(glued[1]);
      age = true;
    }
  }
  if (!Number.isFinite(value) || (high !== null && !Number.isFinite(high))) return null; // "9999…" past 1e308
  let last = i;
  const after = scalesAfterDigits.get(tk.lower(i + 1));
  if (after && !age && scale === 1 && !moneyScale) {
    scale = after;
    value = scaled(value, after);
    if (high !== null) high = scaled(high, after);
    last = i + 1;
    digits = 0;
    if (!Number.isFinite(value) || (high !== null && !Number.isFinite(high))) return null;
  }
  return { first: i, last, value, high, scale, word: false, age, moneyScale, digits };
}

type State = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'dozen' | 'scale';

/** A number being read word by word: "two million three hundred and twelve". */
interface WordState { total: number; current: number; state: State; lastScale: number }

/** Adds one word; false when the word cannot continue the number ("one two", "twenty twelve"). */
function step(s: WordState, w: string): boolean {
  const st = s.state;
  const unit = unitWords.get(w);
  if (unit !== undefined) {
    if (!(st === 'none' || st === 'tens' || st === 'hundred' || st === 'scale') || (unit === 0 && st !== 'none')) return false;
    s.current += unit;
    s.state = 'unit';
    return true;
  }
  const small = teenWords.get(w) ?? tensWords.get(w);
  if (small !== undefined) {
    if (!(st === 'none' || st === 'hundred' || st === 'scale')) return false;
    s.current += small;
    s.state = small < 20 ? 'teen' : 'tens';
    return true;
  }
  const multiplier = multiplierWords.get(w);
  if (multiplier !== undefined) {
    if (!(st === 'unit' || st === 'teen' || st === 'a' || (multiplier === 12 && st === 'tens'))) return false;
    s.current *= multiplier;
    s.state = multiplier === 12 ? 'dozen' : 'hundred';
    return true;
  }
  const scale = scaleWords.get(w);
  if (scale !== undefined) {
    if (!(st === 'unit' || st === 'teen' || st === 'tens' || st === 'hundred' || st === 'a') || scale >= s.lastScale) return false;
    s.total += s.current * scale;
    s.current = 0;
    s.lastScale = scale;
    s.state = 'scale';
    return true;
  }
  return false;
}

function parseWords(tk: Tokens, i: number): ParsedNumber | null {
  const s: WordState = { total: 0, current: 0, state: 'none', lastScale: Infinity };
  let last = -1;
  let age = false;
  for (let j = i; j < i + 12 && j < tk.length; j++) {
    const w = tk.lower(j);
    if (j === i && articles.has(w)) {
      s.current = 1;
      s.state = 'a';
      continue;
    }
    // "three hundred and twelve": "and" only between a hundred/scale and a smaller number word.
    if (w === NUMBER_JOINER && (s.state === 'hundred' || s.state === 'scale') && isNumberWord(tk.lower(j + 1))) continue;
    if (w.includes('-') || w.includes('–')) {
      const glued = GLUED_AGE.exec(w);
      const parts = (glued ? glued[1] ?? '' : w).split(/[-–]/);
      const saved = { ...s };
      if (!parts.every((p) => step(s, p))) {
        Object.assign(s, saved);
        break;
      }
      last = j;
      if (glued) {
        age = true;
        break;
      }
      continue;
    }
    if (!step(s, w)) break;
    last = j;
  }
  if (last < 0 || s.state === 'a' || s.state === 'none') return null;
  return { first: i, last, value: s.total + s.current, high: null, scale: 1, word: true, age, moneyScale: false, digits: 0 };
}
