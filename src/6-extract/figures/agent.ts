// Who did what a figure reports, as the head word of its doer: "The government freed 40 rebel
// prisoners" -> "government"; "the Orlan Council, which released 35 soldiers" -> "council"; "60
// detainees held by the council" -> "council"; "They released 25" -> null (a pronoun names no one
// here). Claims keep two sides' releases apart with it (src/7-align/figure-claims.ts).
import type { Tokens } from './tokens.js';
import { ACTION_GAP_WORDS, ACTION_WORDS } from './model/actions.js';
import { STOP_WORDS } from './model/nouns.js';

const actions = new Set(ACTION_WORDS);
const gap = new Set(ACTION_GAP_WORDS);
const stopWords = new Set(STOP_WORDS);
/** Words between a doer and its verb: "The council still holds", "the army has now freed". */
const BETWEEN = new Set([...ACTION_GAP_WORDS, 'finally', 'then', 'quietly', 'reportedly', 'eventually', 'just']);
const RELATIVE = new Set(['which', 'who', 'that']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** "Council’s" -> "council", "rebels" -> "rebel". */
function headOf(tk: Tokens, j: number): string | null {
  if (!tk.isWord(j)) return null;
  const w = tk.lower(j).replace(/['’]s?$/u, '');
  if (stopWords.has(w) || actions.has(w) || w.length < 2) return null;
  // A common noun's plural is one kind of doer ("rebels" = "rebel"); a capitalised word may be a
  // name ("Hamas"), and claims fold what is left (src/7-align/figure-agents.ts).
  return tk.isCapitalized(j) || /(?:ss|us|is)$/u.test(w) || !w.endsWith('s') || w.length < 4 ? w : w.slice(0, -1);
}

/**
 * Where the subject of the verb at token v ends: back past the words `between` (adverbs,
 * auxiliaries) and past ", which" / ", who" (`relatives`): "the Council, which released" -> "Council".
 */
export function subjectEnd(tk: Tokens, v: number, between: ReadonlySet<string>, relatives: ReadonlySet<string>): number {
  let j = v - 1;
  while (j >= 0 && between.has(tk.lower(j))) j--;
  if (relatives.has(tk.lower(j))) {
    j--;
    if (tk.raw(j) === ',') j--;
  }
  return j;
}

/** The subject of the verb at token v, as its head word. */
const subjectBefore = (tk: Tokens, v: number): string | null => headOf(tk, subjectEnd(tk, v, BETWEEN, RELATIVE));

/** The doer after "by": "by the Orlan Highlands Council" -> "council", "by rebel fighters" -> "fighter". */
function byAgent(tk: Tokens, k: number): string | null {
  if (tk.lower(k) !== 'by') return null;
  let j = k + 1;
  if (DETERMINERS.has(tk.lower(j))) j++;
  if (!tk.isWord(j)) return null;
  // A name runs over capitalised words; a description over words that are no function words.
  const name = tk.isCapitalized(j);
  let last = j;
  while (last < j + 5 && tk.isWord(last + 1) && (name ? tk.isCapitalized(last + 1) : !stopWords.has(tk.lower(last + 1)) && !actions.has(tk.lower(last + 1)))) last++;
  return headOf(tk, last);
}

/**
 * The doer of a figure's action. `before`: the action word right before the quantity's first
 * token (`first - 1`), if that is where it was read; else the action is looked for after the
 * counted phrase (ending at token `to`), where only a "by" phrase names the doer.
 */
export function agentOf(tk: Tokens, first: number, to: number, actionIsBefore: boolean): string | null {
  if (actionIsBefore) return subjectBefore(tk, first - 1);
  for (let k = to + 1; k < to + 6; k++) {
    const w = tk.lower(k);
    if (actions.has(w)) return byAgent(tk, k + 1);
    if (!gap.has(w)) return null;
  }
  return null;
}
