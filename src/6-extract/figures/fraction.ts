// Fractions read as figures. Samples: "a third of the workforce", "two-thirds of the plants",
// "nearly half of its 2,400 staff", "one in five jobs", "three out of four shops". Read here as a
// percentage of what follows "of" ("a third" -> 33.3, kind 'percent', counted "workforce");
// fraction-whole.ts later turns one with a known whole into a count ("half of its
// 2,400 staff" -> 1,200 staff). Not fractions: "one of the founders", "half-time", "a third
// round", "a two-thirds majority" (no "of"), "the first half of the year" (a period), "needs
// two-thirds of MPs" (a threshold, not a count).
import type { Tokens } from './tokens.js';
import type { Figure, Qualifier } from './types.js';
import type { Draft } from './figure.js';
import { PhraseIndex } from './phrases.js';
import { QUALIFIER_PHRASES } from './model/qualifiers.js';
import { FRACTION_COUNTS, FRACTIONS } from './model/business.js';
import { countedAfter } from './noun.js';
import { parseNumber } from './number.js';

const qualifiers = new PhraseIndex(Object.entries(QUALIFIER_PHRASES)
  .flatMap(([q, list]) => list.map((p): [string, Qualifier] => [p, q as Qualifier])));

/** After "of": the determiners of the whole ("half of its staff", "a third of the plant's workers"). */
const WHOLE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'this', 'that', 'a', 'an']);
/** Wholes that are spans of time or sizes, not things counted ("a third of the size"): "half of the year", "a quarter of a century". */
const TIME_WHOLES = new Set([
  'year', 'years', 'century', 'decade', 'hour', 'day', 'week', 'month', 'time', 'season', 'term', 'session', 'match', 'game',
  'way', 'distance', 'mile', 'kilometre', 'kilometer', 'price', 'cost', 'size', 'length', 'height', 'width', 'weight', 'area', 'amount',
  'level', 'rate', 'speed',
]);
/** Before "half": a period or an idiom, not a share ("the first half of", "one and a half", "the other half"). */
const NOT_BEFORE_HALF = new Set(['the', 'first', 'second', 'other', 'latter', 'former', 'a', 'and', 'every', 'each', 'better']);
/** A threshold, not a count: "needs the backing of two-thirds of MPs", "requires a two-thirds vote". */
const THRESHOLD_BEFORE = new Set([
  'need', 'needs', 'needed', 'require', 'requires', 'required', 'requiring', 'threshold', 'majority', 'approval', 'backing', 'support',
]);
/** "one in five", "three out of four": the denominators read as words (digits are read by parseNumber). */
const RATIO_MAX = 100;

export interface FractionDraft {
  figure: Figure;
  first: number;     // first token (qualifier included)
  last: number;      // last token of the fraction (the counted noun when no number follows)
  whole: number;     // token where the whole begins after "of" and its determiners
  share: number;     // 0.5 for "half", 0.2 for "one in five"
}

/** "a third", "two thirds", "two-thirds", "one-quarter", "half": the share and its last token, or null. */
function shareAt(tk: Tokens, i: number): { share: number; last: number } | null {
  const w = tk.lower(i);
  if (!tk.isWord(i)) return null;
  // "two-thirds", "one-third", "three-quarters"
  const glued = /^(\p{L}+)[-–](\p{L}+)$/u.exec(w);
  if (glued) {
    const n = FRACTION_COUNTS[glued[1]!];
    const f = FRACTIONS[glued[2]!];
    return n && f && glued[1] !== 'a' && glued[1] !== 'an' && n * f < 1 ? { share: n * f, last: i } : null;
  }
  if (w === 'half') return NOT_BEFORE_HALF.has(tk.lower(i - 1)) || tk.isDigit(i - 1) ? null : { share: 0.5, last: i };
  const n = FRACTION_COUNTS[w];
  const f = FRACTIONS[tk.lower(i + 1)];
  if (!n || !f || tk.lower(i + 1) === 'half' || n * f >= 1) return null;
  // "a third", "two thirds": the plural goes with a count above one ("one thirds" is no English).
  if ((n > 1) !== tk.lower(i + 1).endsWith('s')) return null;
  return { share: n * f, last: i + 1 };
}

/** "one in five", "3 out of 4": the ratio and its last token, or null. */
function ratioAt(tk: Tokens, i: number): { share: number; last: number } | null {
  const top = parseNumber(tk, i);
  if (!top || top.high !== null || top.scale !== 1 || ['a', 'an'].includes(tk.lower(i))) return null;
  let j = top.last + 1;
  if (tk.lower(j) === 'in') j++;
  else if (tk.lower(j) === 'out' && tk.lower(j + 1) === 'of') j += 2;
  else return null;
  const bottom = parseNumber(tk, j);
  if (!bottom || bottom.high !== null || bottom.scale !== 1 || bottom.value > RATIO_MAX || top.value >= bottom.value || top.value <= 0) return null;
  return { share: top.value / bottom.value, last: bottom.last };
}

/** Where the whole begins: after "of" and its determiners (and a possessive: "the plant's"); -1 when none. */
function wholeStart(tk: Tokens, k: number, ratio: boolean, half: boolean): number {
  let j = k;
  if (tk.lower(j) === 'of') j++;
  // "one in five jobs"; "half its staff", "half the plants" (not "a third the size").
  // "half a million", "half an hour": a number or a span, not a share of a whole.
  else if (!(ratio || (half && WHOLE_DETERMINERS.has(tk.lower(j)) && tk.lower(j) !== 'a' && tk.lower(j) !== 'an'))) return -1;
  if (WHOLE_DETERMINERS.has(tk.lower(j))) j++;
  if (/['’]s?$/u.test(tk.raw(j)) && tk.isWord(j)) j++;
  return j;
}

const round1 = (x: number) => Math.round(x * 1000) / 10;

/** A fraction starting at token i (the count word, "half", or a ratio's first number), or null. */
export function readFraction(tk: Tokens, i: number, floor: number): FractionDraft | null {
  const w = tk.lower(i);
  if (!(w in FRACTION_COUNTS) && w !== 'half' && !w.includes('-') && !tk.isDigit(i) && !/^(?:one|two|three|four|five|six|seven|eight|nine)$/.test(w)) return null;
  const ratio = shareAt(tk, i) ? null : ratioAt(tk, i);
  const found = shareAt(tk, i) ?? ratio;
  if (!found) return null;
  const whole = wholeStart(tk, found.last + 1, ratio !== null, w === 'half');
  if (whole < 0 || TIME_WHOLES.has(tk.lower(whole))) return null;
  // "half of 2025": a year, not a whole counted.
  if (tk.isDigit(whole) && /^(?:1[89]|20)\d\d$/.test(tk.raw(whole))) return null;
  const match = qualifiers.endingAt(tk, i - 1, floor);
  const first = match ? i - match.length : i;
  for (let j = first - 1; j >= first - 4 && j > floor && tk.isWord(j); j--) if (THRESHOLD_BEFORE.has(tk.lower(j))) return null;
  // The whole has a number ("half of its 2,400 staff"): the figure is the share, the whole is read next.
  // Otherwise it names what the share is of: "a third of the workforce", "one in five jobs".
  let last = found.last;
  let counted: string | null = null;
  if (!tk.isDigit(whole) && !(parseNumber(tk, whole) && !['a', 'an'].includes(tk.lower(whole)))) {
    const noun = countedAfter(tk, whole, true).phrase;
    if (!noun) return null;
    counted = noun.text;
    last = noun.to;
  }
  const share = round1(found.share);
  const start = tk.start(first);
  const text = tk.text.slice(start, tk.end(last));
  const figure: Figure = {
    start, end: start + text.length, text, value: share, high: null, kind: 'percent', currency: null,
    // "a third" is 33.3 % only roughly; "half" is 50 exactly.
    qualifier: match?.value ?? (Number.isInteger(share) ? 'exact' : 'about'),
    counted, action: null, parent: null, agent: null,
  };
  return { figure, first, last, whole, share: found.share };
}

/** "half a million people", "half a dozen firms": the number read from "a" is halved and starts at "half". */
export function halfOf(tk: Tokens, draft: Draft): void {
  const f = draft.figure;
  const at = draft.first;
  const a = tk.lower(at);
  if ((a !== 'a' && a !== 'an') || tk.lower(at - 1) !== 'half' || f.high !== null) return;
  f.value /= 2;
  f.start = tk.start(at - 1);
  f.text = tk.text.slice(f.start, f.end);
  draft.first = at - 1;
}
