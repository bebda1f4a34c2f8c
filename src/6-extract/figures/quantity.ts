// A number with its marks: currency before or after, scale, percent sign, range and age words.
// Samples: "$3 billion", "US$10", "€40m", "3 million shekels", "40 per cent", "30 to 40",
// "between 30 and 40", "$3 to $4 billion", "16 years old".
import type { Tokens } from './tokens.js';
import { PhraseIndex } from './phrases.js';
import { mayStartNumberWord, parseNumber, type ParsedNumber } from './number.js';
import { CODE_ALIASES, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './model/currencies.js';
import { AGE_AFTER, AGE_BEFORE, PERCENT_WORDS } from './model/context.js';
import { CHANGE_OPENERS, RANGE_JOINERS, RANGE_OPENER } from './model/qualifiers.js';

export interface Quantity {
  first: number;             // first token (currency or "between" included)
  last: number;              // last token (percent, currency name, range end, "years old" included)
  number: ParsedNumber;      // the (low) number itself
  value: number;
  high: number | null;
  currency: string | null;
  percent: boolean;
  age: boolean;
  between: boolean;          // "between 30 and 40"
  countScale: boolean;       // "m"/"k"/"b" without a currency: valid only before a plural ("45m passengers")
}

const symbols = new Map(Object.entries(CURRENCY_SYMBOLS));
const dollarPrefixes = new Map(Object.entries(DOLLAR_PREFIXES));
const codes = new Map<string, string>([...CURRENCY_CODES.map((c): [string, string] => [c, c]), ...Object.entries(CODE_ALIASES)]);
const currencyNames = new PhraseIndex(Object.entries(CURRENCY_NAMES));
const flag = (w: string): [string, true] => [w, true];
const percentWords = new PhraseIndex(PERCENT_WORDS.map(flag));
const ageAfter = new PhraseIndex(AGE_AFTER.map(flag));
const ageBefore = new PhraseIndex(AGE_BEFORE.map(flag));
const rangeJoiners = new Set(RANGE_JOINERS);
const changeOpeners = new Set(CHANGE_OPENERS);

/** Length of the phrase starting at token i, 0 if none. */
function phraseAt(tk: Tokens, i: number, index: PhraseIndex<true>): number {
  return index.at(tk, i)?.length ?? 0;
}

interface Mark { code: string; next: number }

/** Currency written before the number: "$3", "US$10", "A$5", "€40m", "USD 10", "NIS 40". */
function currencyBefore(tk: Tokens, i: number): Mark | null {
  const raw = tk.raw(i);
  const symbol = symbols.get(raw);
  if (symbol) return { code: symbol, next: i + 1 };
  const code = codes.get(raw);
  if (code && tk.isDigit(i + 1)) return { code, next: i + 1 };
  const prefixed = dollarPrefixes.get(tk.lower(i));
  if (prefixed && tk.raw(i + 1) === '$' && tk.joinedToPrevious(i + 1) && tk.isCapitalized(i)) return { code: prefixed, next: i + 2 };
  return null;
}

/** Currency written after the number: "3 million shekels", "40 Canadian dollars", "10 EUR", "40€". */
function currencyAfter(tk: Tokens, i: number): Mark | null {
  const raw = tk.raw(i);
  const code = codes.get(raw) ?? symbols.get(raw);
  if (code) return { code, next: i + 1 };
  const name = currencyNames.at(tk, i);
  return name ? { code: name.value, next: i + name.length } : null;
}

/** Whether token i could begin a quantity; a cheap filter run on every token. */
export function startsQuantity(tk: Tokens, i: number): boolean {
  if (tk.isDigit(i)) return true;
  if (!tk.isWord(i)) return symbols.has(tk.raw(i));
  return mayStartNumberWord(tk.lower(i)) || (tk.isCapitalized(i) && currencyBefore(tk, i) !== null);
}

export function readQuantity(tk: Tokens, i: number, floor: number): Quantity | null {
  let currency: Mark | null = currencyBefore(tk, i);
  const low = parseNumber(tk, currency ? currency.next : i);
  if (!low) return null;
  let first = i;
  let last = low.last;
  let value = low.value;
  let high = low.high;
  let moneyScale = low.moneyScale;
  let percent = phraseAt(tk, last + 1, percentWords);
  last += percent;
  let between = false;

  // A second number: "between 30 and 40", "30 to 40", "$3 to $4 billion"; not "from 30 to 40".
  const opener = tk.lower(first - 1);
  const joiner = tk.lower(last + 1);
  const isBetween = opener === RANGE_OPENER && joiner === 'and' && first - 1 > floor;
  if (high === null && (isBetween || (rangeJoiners.has(joiner) && !changeOpeners.has(opener)))) {
    let j = last + 2;
    if (currency && tk.raw(j) === tk.raw(currency.next - 1)) j++;
    const second = parseNumber(tk, j);
    if (second && second.high === null && !second.age && second.word === low.word) {
      const lowValue = low.scale === 1 && second.scale > 1 && low.value < second.value / second.scale ? low.value * second.scale : value;
      if (second.value > lowValue) {
        const secondPercent = phraseAt(tk, second.last + 1, percentWords);
        if (!percent || secondPercent || isBetween) {
          value = lowValue;
          high = second.value;
          moneyScale ||= second.moneyScale;
          last = second.last + secondPercent;
          percent ||= secondPercent;
          if (isBetween) {
            between = true;
            first -= 1;
          }
        }
      }
    }
  }
  if (!currency && !percent) {
    currency = currencyAfter(tk, last + 1);
    if (currency) last = currency.next - 1;
  }

  let age = low.age;
  if (!currency && !percent) {
    const after = phraseAt(tk, last + 1, ageAfter);
    if (after > 0) {
      age = true;
      last += after;
    }
    if (ageBefore.endingAt(tk, first - 1)) age = true;
  }
  const countScale = moneyScale && !currency;
  if (countScale && (percent || age)) return null;
  return { first, last, number: low, value, high, currency: currency?.code ?? null, percent: percent > 0, age, between, countScale };
}
