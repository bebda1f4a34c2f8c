// The named place a count of residents belongs to: "About 1,200 Oldfen residents were evacuated",
// "1,200 residents of Haldby" -> "oldfen", "haldby". Such a count is a part of the story's count
// (one village of a flooded province), never a rival value of it.
import type { Tokens } from './tokens.js';
import type { NounPhrase } from './noun.js';
import { MONTHS, WEEKDAYS } from './model/context.js';
import { STOP_WORDS } from './model/nouns.js';

/** Nouns for the people living in a place: "Oldfen residents", "villagers of Haldby". */
export const RESIDENTS: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'villagers', 'locals', 'townspeople', 'citizens', 'householders']);
const LINKS = new Set(['of', 'in', 'from']);
const calendar = new Set([...MONTHS, ...WEEKDAYS]);
const stopWords = new Set(STOP_WORDS);
const MAX_NAME = 3;

/** A capitalised word that can be (part of) a place's name. */
function named(tk: Tokens, j: number): boolean {
  return tk.isWord(j) && tk.isCapitalized(j) && !calendar.has(tk.raw(j)) && !stopWords.has(tk.lower(j));
}

/** The place the counted phrase names, lower-case, or null. */
export function placeOf(tk: Tokens, phrase: NounPhrase | null): string | null {
  if (!phrase) return null;
  const head = tk.lower(phrase.to);
  if (RESIDENTS.has(head)) {
    // "1,200 Oldfen residents": capitalised modifiers of the head.
    const words: string[] = [];
    for (let j = phrase.from; j < phrase.to; j++) if (named(tk, j)) words.push(tk.lower(j));
    if (words.length) return words.join(' ');
  }
  // "residents of Oldfen". Not "people in Saltmere": "boats rescued 83 people in Saltmere" says
  // where the rescue was, and may be a part of a total the claims add up.
  if (!RESIDENTS.has(head)) return null;
  if (!LINKS.has(tk.lower(phrase.to + 1))) return null;
  const words: string[] = [];
  for (let j = phrase.to + 2; words.length < MAX_NAME && named(tk, j); j++) words.push(tk.lower(j));
  return words.length ? words.join(' ') : null;
}
