// An economy story (a rate decision, an inflation figure) and the words that show it, as data
// with the small logic that reads them (rates review finding 11). Outlets name the same act a
// "hike", a "rise" or a "tightening", the same prices "soaring" or "rising", the people affected
// "borrowers", "homeowners" or "families": three rows, counted in an economy article only, so
// "a rise in sea levels" or "a hike in the mountains" elsewhere counts nothing.
import { PhraseIndex } from '../match.js';
import type { ReferentCategory } from './referents.js';

export const ECONOMY_STORY = {
  /** Phrases; an article holding `minCues` distinct ones is about the economy. */
  cues: [
    'central bank', 'central banks', 'interest rate', 'interest rates', 'inflation', 'deflation', 'basis points', 'basis point',
    'monetary policy', 'rate decision', 'key rate', 'policy rate', 'benchmark rate', 'base rate', 'bank rate', 'mortgage rates',
    'mortgage rate', 'borrowing costs', 'consumer prices', 'consumer price index', 'cost of living', 'cost-of-living',
    'rate hike', 'rate hikes', 'rate cut', 'rate cuts', 'rate rise', 'rate rises', 'federal reserve',
  ],
  minCues: 2,
  /**
   * Words that show a rate in a sentence: a bare "increase" or "cut" is the rate change only in
   * a sentence (or right after one) holding one ("voted 5-2 for the increase" after "raised its key rate").
   */
  // ("basis" only before "point(s)": "on a month-on-month basis, prices rose 0.4%" holds no rate.)
  rateWords: ['rate', 'rates', 'bp', 'point', 'points', 'quarter-point', 'half-point', 'borrowing', 'monetary', 'policy'],
  /**
   * What else rises or is cut in an economy story: "a rise in unemployment", "price rises",
   * "a pay increase", "tax cuts". Right before the term, or after its "in"/"of", it is not the rate.
   */
  notRate: [
    'inflation', 'prices', 'price', 'unemployment', 'jobless', 'joblessness', 'wages', 'wage', 'pay', 'salary', 'salaries',
    'costs', 'cost', 'bills', 'output', 'growth', 'gdp', 'demand', 'spending', 'sales', 'profits', 'profit', 'earnings',
    'rents', 'rent', 'energy', 'food', 'fuel', 'tax', 'taxes', 'debt', 'productivity', 'exports', 'imports', 'budget',
    'benefits', 'forecast', 'forecasts', 'outlook', 'jobs', 'job', 'staff', 'core', 'headline', 'sea', 'levels',
  ],
  /** After a verb form ("raised its", "cut the"), the object must name a rate within `window` words. */
  objectStart: ['its', 'their', 'the', 'his', 'her'],
  window: 5,
} as const;

/** Rows of an economy story (context 'economy'; categories of REFERENTS, referents.ts). */
export const ECONOMY_REFERENTS: readonly ReferentCategory[] = [
  {
    label: 'rate change',
    context: 'economy',
    terms: [
      'hike|hikes|hiked|hiking|rate hike|rate hikes', 'rise|rises|rate rise|rate rises', 'increase|increases|rate increase|rate increases',
      'raise|raises|raised|raising', 'lift|lifts|lifted|lifting', 'tightening|tighten|tightens|tightened|monetary tightening',
      'cut|cuts|cutting|rate cut|rate cuts', 'reduction|reductions|rate reduction|rate reductions', 'easing|monetary easing',
    ],
  },
  {
    label: 'price growth',
    context: 'economy',
    terms: [
      'soaring prices|soaring price|soaring bills|soaring costs|soaring inflation|prices soaring',
      'surging prices|surging bills|surging costs|surging inflation|prices surging',
      'spiralling prices|spiraling prices|spiralling bills|spiralling costs|spiralling inflation|spiraling inflation',
      'rising prices|rising bills|rising costs|rising inflation|prices rising',
      'climbing prices|climbing bills|climbing costs|prices climbing', 'skyrocketing prices|sky-rocketing prices|rocketing prices',
      'price rises|price rise|price increases|price increase|price hikes|price hike',
      'cost-of-living crisis|cost of living crisis|cost-of-living squeeze|cost of living squeeze',
    ],
  },
  {
    label: 'people affected',
    context: 'economy',
    terms: [
      'borrowers|borrower', 'homeowners|homeowner|home owners|home-owners', 'mortgage holders|mortgage holder|mortgage-holders',
      'households', 'families', 'savers|saver', 'mortgage payers|mortgage payer', 'consumers', 'renters|renter',
      'first-time buyers|first-time buyer',
    ],
  },
];

const CUES = new PhraseIndex(ECONOMY_STORY.cues.map((c) => [c, true] as const));

/** `The central bank raised interest rates.` -> true; `A rise in sea levels threatens the coast.` -> false. */
export function economyStory(text: string): boolean {
  const seen = new Set<string>();
  for (const m of CUES.match(text)) {
    seen.add(m.form);
    if (seen.size >= ECONOMY_STORY.minCues) return true;
  }
  return false;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const RATE = set(ECONOMY_STORY.rateWords);
const NOT_RATE = set(ECONOMY_STORY.notRate);
const OBJECT_START = set(ECONOMY_STORY.objectStart);
const RATE_CHANGE = new Set(ECONOMY_REFERENTS[0]!.terms.map((t) => t.split('|')[0]!));
const isRate = (words: readonly string[], i: number): boolean => RATE.has(words[i]!) || (words[i] === 'basis' && /^points?$/.test(words[i + 1] ?? ''));
const hasRate = (words: readonly string[]): boolean => words.some((_, i) => isRate(words, i));
const wordsOf = (s: string): string[] => s.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

/**
 * Whether a rate-change term is said of something else than a rate: "raised its forecast",
 * "a rise in unemployment", "pay rises", or a bare "increase" with no rate in its sentence or the one
 * before. `form` is the matched form (lower case); compounds ("rate hike") always hold.
 */
export function notRateChange(term: string, form: string, before: string, after: string, sentence: string, previousSentence: string): boolean {
  if (!RATE_CHANGE.has(term) || form.includes(' ')) return false;
  const previous = wordsOf(before).at(-1);
  if (previous !== undefined && NOT_RATE.has(previous)) return true;
  const next = wordsOf(after).slice(0, ECONOMY_STORY.window);
  // "Raised its key rate by 25 basis points" (a rate within the window) or "cut its growth forecast" (none).
  if (next[0] !== undefined && (OBJECT_START.has(next[0]) || next[0] === 'in' || next[0] === 'of')) {
    const rest = next.slice(1);
    const rate = rest.findIndex((_, i) => isRate(rest, i));
    const other = rest.findIndex((w) => NOT_RATE.has(w));
    if (other >= 0 && (rate < 0 || other < rate)) return true;
    if (OBJECT_START.has(next[0]) && rate < 0) return true;
  }
  return !hasRate(wordsOf(sentence)) && !hasRate(wordsOf(previousSentence));
}
