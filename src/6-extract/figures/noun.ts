// What a figure counts and what happened to it. Samples: "40 Palestinian prisoners were released"
// -> counted "palestinian prisoners", action "released"; "killing 40 people" -> "people", "killing";
// "the death toll rose to 40" -> "death toll" (toll.ts); "40% of homes" -> "homes"; "of whom 12 were women".
import type { Tokens } from './tokens.js';
import { mayStartNumberWord } from './number.js';
import {
  IRREGULAR_PLURALS, MEASURE_NOUNS, OF_DETERMINERS, QUANTITY_ADJECTIVES, SINGULAR_ENDING_S, STOP_WORDS,
} from './model/nouns.js';
import { ACTION_GAP_WORDS, ACTION_WORDS } from './model/actions.js';
import { MONTHS, WEEKDAYS } from './model/context.js';

const stopWords = new Set(STOP_WORDS);
const irregularPlurals = new Set(IRREGULAR_PLURALS);
const singularS = new Set(SINGULAR_ENDING_S);
const measures = new Set(MEASURE_NOUNS);
const quantityAdjectives = new Set(QUANTITY_ADJECTIVES);
const ofDeterminers = new Set(OF_DETERMINERS);
const actions = new Set(ACTION_WORDS);
const actionGap = new Set(ACTION_GAP_WORDS);
const calendar = new Set([...MONTHS, ...WEEKDAYS]);

/** Letters with inner hyphens or apostrophes only: "aid-workers", "Gaza’s"; not "F-16". */
const PLAIN_WORD = /^[\p{L}\p{M}]+(?:['’\-–][\p{L}\p{M}]+)*$/u;

export interface NounPhrase { from: number; to: number; text: string; plural: boolean }

export function isMeasure(counted: string): boolean {
  return measures.has(counted.slice(counted.lastIndexOf(' ') + 1));
}

export function isAction(word: string): boolean {
  return actions.has(word);
}

/** A word that can be part of a counted phrase: not a function word, verb, date or number. */
export function nounish(tk: Tokens, j: number): boolean {
  if (!tk.isWord(j)) return false;
  const w = tk.lower(j);
  if (stopWords.has(w) || mayStartNumberWord(w) || calendar.has(tk.raw(j))) return false;
  return PLAIN_WORD.test(w);
}

/**
 * Participles, action words and "-ly" words describe a noun ("wounded soldiers", "elderly women")
 * but never head it: "40 reportedly died" has no counted noun.
 */
function modifierOnly(w: string): boolean {
  return actions.has(w) || irregularParticiples.has(w) || w.endsWith('ed') || w.endsWith('ly') || (w.endsWith('ing') && !w.endsWith('ings'));
}

/** Past participles not ending in -ed: "a 6.5 percent pay rise spread over two years" counts a rise, not a spread. */
const irregularParticiples = new Set(['spread', 'split', 'paid', 'built', 'sent', 'spent', 'kept', 'given', 'taken', 'shown', 'brought', 'bought', 'sold', 'made', 'set']);

function isHead(tk: Tokens, j: number): boolean {
  return nounish(tk, j) && !modifierOnly(tk.lower(j));
}

/** "prisoners", "children", "Israelis"; not "news", "crisis", "Hamas" (when a noun follows). */
function isPlural(tk: Tokens, j: number): boolean {
  const w = tk.lower(j);
  if (irregularPlurals.has(w) || measures.has(w)) return true;
  if (singularS.has(w) || w.length < 3 || !w.endsWith('s') || /(?:ss|us|['’]s)$/.test(w)) return false;
  if (w.endsWith('is') && !tk.isCapitalized(j)) return false;
  // A capitalised word followed by a noun is a modifier: "Hamas fighters", "Red Cross workers".
  return !(tk.isCapitalized(j) && isHead(tk, j + 1));
}

/**
 * Up to three words from token k ending at the first plural ("40 Palestinian prisoners"), or a
 * singular run ending before a function word when singular is allowed ("a 61-year-old man").
 */
export function nounPhraseAt(tk: Tokens, k: number, singular: boolean): NounPhrase | null {
  let j = k;
  for (; j < k + 3; j++) {
    if (!nounish(tk, j)) break;
    const modifier = modifierOnly(tk.lower(j));
    if (modifier && !isHead(tk, j + 1)) break;
    if (!modifier && isPlural(tk, j)) return phrase(tk, k, j, true);
  }
  if (j === k || !singular || (j === k + 3 && nounish(tk, j))) return null;
  if (modifierOnly(tk.lower(j - 1))) return null;
  return phrase(tk, k, j - 1, false);
}

function phrase(tk: Tokens, from: number, to: number, plural: boolean): NounPhrase {
  return { from, to, text: tk.text.slice(tk.start(from), tk.end(to)).toLowerCase().replace(/\s+/g, ' '), plural };
}

export interface Counted { phrase: NounPhrase | null; action: string | null; inSpan: boolean }

const BASIS_UNITS = new Set(['year', 'quarter', 'month', 'week']);

/** "0.3% quarter on quarter", "4% year-on-year": the basis a change is measured on, not what is counted. */
function comparisonBasis(tk: Tokens, k: number): boolean {
  const w = tk.lower(k);
  if (/^(?:year|quarter|month|week)-on-(?:year|quarter|month|week)$/.test(w)) return true;
  return BASIS_UNITS.has(w) && tk.lower(k + 1) === 'on' && tk.lower(k + 2) === w;
}

/** The counted phrase after the number (token k follows the quantity). */
export function countedAfter(tk: Tokens, k: number, singular: boolean): Counted {
  let action: string | null = null;
  if (comparisonBasis(tk, k)) return { phrase: null, action, inSpan: false };
  if (quantityAdjectives.has(tk.lower(k)) && nounish(tk, k + 1)) k++;
  // "12,000 displaced people": the participle is the action, the noun is counted.
  if (actions.has(tk.lower(k)) && isHead(tk, k + 1)) {
    action = tk.lower(k);
    k++;
  }
  const direct = nounPhraseAt(tk, k, singular);
  if (direct) return { phrase: direct, action, inSpan: true };
  // "40 of the hostages", "40% of homes".
  if (tk.lower(k) === 'of') {
    const d = ofDeterminers.has(tk.lower(k + 1)) ? k + 2 : k + 1;
    const of = nounPhraseAt(tk, d, singular);
    if (of) return { phrase: of, action, inSpan: true };
  }
  // "of whom 12 were women": the predicate names what is counted.
  const verb = tk.lower(k);
  if (verb === 'were' || verb === 'are') {
    const predicate = nounPhraseAt(tk, k + 1, false);
    if (predicate) return { phrase: predicate, action, inSpan: false };
  }
  return { phrase: null, action, inSpan: false };
}

/** Action after the counted phrase: "were killed", "have reportedly been released", "dead". */
export function actionAfter(tk: Tokens, k: number): string | null {
  k = pastOfPhrase(tk, k);
  for (let j = k; j < k + 5; j++) {
    const w = tk.lower(j);
    // "walk out" is a strike; "walk five miles" is no action.
    if (WALK.has(w)) return tk.lower(j + 1) === 'out' ? `${w} out` : null;
    // A crowd: "6,000 people took part in the march", "turned out for the vigil" (not "turned out to be").
    if (TAKE.has(w)) return tk.lower(j + 1) === 'part' ? `${w} part` : null;
    if (TURN.has(w)) return tk.lower(j + 1) === 'out' && tk.lower(j + 2) !== 'to' ? `${w} out` : null;
    if (actions.has(w)) return w;
    if (!actionGap.has(w)) return null;
  }
  return null;
}

const WALK = new Set(['walk', 'walked', 'walking', 'walks']);
const TAKE = new Set(['take', 'took', 'taking', 'takes']);
const TURN = new Set(['turn', 'turned', 'turning', 'turns']);

/**
 * Past a short "of" phrase after the counted noun: "2,400 members of the dockers' union are set
 * to walk out" -> the action after "union", or a named place: "300 people in Senna Bridge were
 * evacuated". Up to a determiner and three words; k when none.
 */
function pastOfPhrase(tk: Tokens, k: number): number {
  const place = (tk.lower(k) === 'in' || tk.lower(k) === 'from') && tk.isCapitalized(k + 1);
  if (tk.lower(k) !== 'of' && !place) return k;
  let j = k + 1;
  if (['the', 'a', 'an', 'their', 'its', 'his', 'her'].includes(tk.lower(j))) j++;
  const from = j;
  while (j < from + 3 && tk.isWord(j) && !actions.has(tk.lower(j)) && !actionGap.has(tk.lower(j)) && !stopWords.has(tk.lower(j))) j++;
  return j > from ? j : k;
}

/** Action right before the figure: "killing 40", "Hamas holds 40 hostages". */
export function actionBefore(tk: Tokens, j: number): string | null {
  const w = tk.lower(j);
  return actions.has(w) && tk.isWord(j) ? w : null;
}

/** Verbs of pulling people out: "rescuers pulled 400 people from rooftops" is a rescue. */
const PULL_VERBS = new Set(['pulled', 'plucked', 'hauled', 'winched', 'dragged']);
/** What is pulled out dead is no rescue: "pulled 12 bodies from the rubble". */
const REMAINS = new Set(['bodies', 'corpses', 'remains', 'body']);

/**
 * "Rescuers have pulled 400 people from rooftops", "plucked 30 fishermen out of the sea": the
 * pulling verb (token j, before the figure) with the "from" or "out" that follows the counted
 * phrase (ending at token `to`) is the action: "pulled from". "The army pulled 400 troops back" is none.
 */
export function pulledOut(tk: Tokens, j: number, to: number, counted: string | null): string | null {
  const w = tk.lower(j);
  if (!PULL_VERBS.has(w) || counted === null || REMAINS.has(counted.slice(counted.lastIndexOf(' ') + 1))) return null;
  const out = tk.lower(to + 1);
  return out === 'from' || out === 'out' ? `${w} ${out}` : null;
}
