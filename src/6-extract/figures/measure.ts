// What a figure measures when it is no total: a difference ("won by 3,100 votes", "a margin of
// 3,100 votes", "900 fewer votes than first announced") or the measure a bare percentage gives
// ("Turnout was 61 percent", "a turnout of 61 percent", "the jobless rate rose to 5.2 percent").
import type { Tokens } from './tokens.js';
import { STOP_WORDS } from './model/nouns.js';
import { CHANGE_VERBS, INTERIM_CUE, LEVEL_VERBS, MARGIN_NOUNS, MARGIN_VERBS, MEASURE_HEADS, PERCENT_MEASURES } from './model/votes.js';

const marginVerbs = new Set(MARGIN_VERBS);
const changeVerbs = new Set(CHANGE_VERBS);
const marginNouns = new Set(MARGIN_NOUNS);
const levelVerbs = new Set(LEVEL_VERBS);
const measures = new Set(PERCENT_MEASURES);
const measureHeads = new Set(MEASURE_HEADS);
const stopWords = new Set(STOP_WORDS);
const PREPOSITIONS = new Set(['in', 'across', 'among', 'at', 'for', 'of', 'on', 'nationwide', 'overall', 'amongst', 'throughout']);

/** Back from token j over a linking "to", "at" or "of" and level verbs: the token before them. */
function pastLevelVerbs(tk: Tokens, j: number): number {
  if (['to', 'at', 'of'].includes(tk.lower(j))) j--;
  for (let n = 0; n < 4 && levelVerbs.has(tk.lower(j)); n++) j--;
  return j;
}

/**
 * A difference written before the figure starting at token `first`: "won by" -> "won by", "cut
 * its lead by" -> "cut by", "a margin of", "her margin narrowed to" -> "margin". Null when none.
 */
export function differenceBefore(tk: Tokens, first: number): string | null {
  if (tk.lower(first - 1) === 'by') {
    // "won by", "won the race by", "beat Orsk by": the verb up to three words before "by".
    for (let j = first - 2; j >= first - 5 && tk.isWord(j); j--) {
      const w = tk.lower(j);
      if (marginVerbs.has(w) || changeVerbs.has(w)) return `${w} by`;
    }
    return null;
  }
  const j = pastLevelVerbs(tk, first - 1);
  return j < first - 1 && marginNouns.has(tk.lower(j)) ? tk.lower(j) : null;
}

/** "900 fewer votes than": the comparative that makes the count a difference, or null. */
export function comparativeIn(tk: Tokens, from: number, to: number): string | null {
  const w = tk.lower(from);
  if (w !== 'fewer' && w !== 'more' && w !== 'less') return null;
  for (let k = to + 1; k <= to + 4; k++) if (tk.lower(k) === 'than') return w;
  return null;
}

/** Whether the measure at token j is a reading taken during the day ("By 3 p.m., turnout …"). */
function interim(tk: Tokens, j: number): boolean {
  const before = tk.text.slice(Math.max(0, tk.start(j) - 60), tk.start(j));
  const sentence = before.split(/[.!?]\s+(?=[A-Z])/u).pop() ?? '';
  return INTERIM_CUE.test(sentence);
}

/** "unemployment rate" -> with its modifier when the head says too little alone. */
function measurePhrase(tk: Tokens, j: number): string | null {
  const head = tk.lower(j);
  // A capital opening the sentence is no name: "Core inflation stayed at 2.7%" keeps "core".
  const mod = tk.isWord(j - 1) && !stopWords.has(tk.lower(j - 1)) && (!tk.isCapitalized(j - 1) || tk.opensSentence(j - 1)) ? tk.lower(j - 1) : null;
  // "the core inflation rate": two words name a rate.
  const mod2 = mod && tk.isWord(j - 2) && !stopWords.has(tk.lower(j - 2)) && (!tk.isCapitalized(j - 2) || tk.opensSentence(j - 2)) ? tk.lower(j - 2) : null;
  if (measureHeads.has(head)) return mod ? `${mod2 ? `${mod2} ` : ''}${mod} ${head}` : null;
  return mod && !levelVerbs.has(mod) ? `${mod} ${head}` : head;
}

/**
 * The measure a bare percentage gives, read before it (token j is the one before the figure):
 * "Turnout was 61 percent", "turnout across the region reached 61 percent", "a turnout of 61
 * percent", "the jobless rate rose to 5.2 percent". Not "rose 5 percent" (a change), and not a
 * reading "by 3 p.m." (an interim figure of the day).
 */
const PERCENT_MARKS = new Set(['%', 'percent', 'cent', 'pc']);

export function measureBefore(tk: Tokens, j: number): string | null {
  // "the rate fell to 8% from 12%": the earlier level is of the same measure (outbreak review, finding 8).
  if (tk.lower(j) === 'from') {
    let k = j - 1;
    if (PERCENT_MARKS.has(tk.lower(k))) k--;
    if (tk.lower(k) === 'per') k--;
    return k < j - 1 && tk.isDigit(k) ? measureBefore(tk, k - 1) : null;
  }
  const linked = ['to', 'at', 'of'].includes(tk.lower(j)) || levelVerbs.has(tk.lower(j));
  if (!linked) return null;
  const end = pastLevelVerbs(tk, j);
  // The measure noun right before the verb, or before a short phrase of place: "turnout across the region".
  // Up to six words back: "the positivity rate of tests carried out on Monday was 12%".
  for (let k = end; k >= end - 6 && tk.isWord(k); k--) {
    if (measures.has(tk.lower(k)) && (k === end || PREPOSITIONS.has(tk.lower(k + 1)))) return interim(tk, k) ? null : measurePhrase(tk, k);
  }
  return null;
}

/** "61 percent turnout": a measure noun right after the percentage. */
export function isPercentMeasure(counted: string): boolean {
  const words = counted.split(' ');
  const head = words[words.length - 1]!;
  return measures.has(head) && (!measureHeads.has(head) || words.length > 1);
}
