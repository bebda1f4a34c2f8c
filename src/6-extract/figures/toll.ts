// What a figure stands for when it is named before it. Samples: "the death toll rose to 40",
// "the death toll from the Dalmor floods rose to 47", "the toll in the province is now 52",
// "a death toll of 18", "put the number of displaced people at 11,000", "the official figure of
// 8,000" (a figure of what the sentence counts: see `inheritsCounted`).
import type { Tokens } from './tokens.js';
import { countedAfter, isAction, nounish, type Counted } from './noun.js';
import { TOLL_GAP_WORDS, TOLL_LINKS, TOLL_NOUNS, TOLL_VERBS } from './model/actions.js';

const tollNouns = new Set(TOLL_NOUNS);
const tollVerbs = new Set(TOLL_VERBS);
const tollGap = new Set(TOLL_GAP_WORDS);
const links = new Set(TOLL_LINKS);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'last', 'recent']);
/** Words of the short phrase between a toll noun and its verb: "from the 2026 Dalmor floods". */
const MAX_LINK_PHRASE = 6;
/** Toll nouns that count the dead or hurt, so a counted noun after the number keeps the toll's action. */
const CASUALTY_TOLLS = new Set(['toll', 'tally']);

/** "the number of confirmed cases", "its count of deaths": a count named with what it counts. */
const NUMBER_OF = new Set(['number', 'total', 'count', 'tally']);
/** A modifier that describes the count rather than naming what it counts: "national total", "official count", "daily tally". */
const ADJECTIVE_ENDING = /(al|ly|ing|ed|ic|ous|ive|ary|all|nd)$/;
const GENERAL = new Set(['people', 'persons', 'individuals']);
/** Adverbs of a revision between the counted phrase and "to": "revised the number of cases down to 380". */
const REVISED = new Set(['down', 'up', 'upward', 'upwards', 'downward', 'downwards']);

/** Token of the toll noun a figure at token j + 1 stands for, or -1. */
function tollNounAt(tk: Tokens, j: number): number {
  const to = tk.lower(j) === 'to';
  if (to || tk.lower(j) === 'at' || tk.lower(j) === 'of') j--;
  // The verb group: "rose", "has now risen", "is now", "was put", "had already climbed".
  let verbs = 0;
  while (verbs < 4 && (tollVerbs.has(tk.lower(j)) || tollGap.has(tk.lower(j)) || (to && REVISED.has(tk.lower(j))))) {
    j--;
    verbs++;
  }
  if (tollNouns.has(tk.lower(j))) return j;
  // "bringing the total number of confirmed cases to 410", "cut its count of cases to 380": the
  // "to" of a change names the count without a verb between (outbreak review, finding 1).
  if (verbs === 0 && !to) return -1;
  // "the death toll from the Dalmor floods rose to 47", "the toll in Dalmor Province has risen to 52".
  for (let k = j, n = 0; n < MAX_LINK_PHRASE && k > 0; k--, n++) {
    const w = tk.lower(k);
    if (k < j && w === 'of' && NUMBER_OF.has(tk.lower(k - 1))) return k - 1;
    if (verbs > 0 && k < j && links.has(w) && tollNouns.has(tk.lower(k - 1))) return k - 1;
    if (!(nounish(tk, k) || DETERMINERS.has(w) || (verbs > 0 && links.has(w)) || tk.isDigit(k))) return -1;
  }
  return -1;
}

/** "the death toll rose to 40", "the tally has now risen to 40", "a death toll of 18" -> the toll phrase. */
export function tollBefore(tk: Tokens, j: number): string | null {
  const t = tollNounAt(tk, j);
  if (t < 0) return null;
  // "the number of confirmed cases now stands at 380" -> "confirmed cases": what the number counts.
  if (NUMBER_OF.has(tk.lower(t)) && tk.lower(t + 1) === 'of') {
    const counted = countedAfter(tk, t + 2, false);
    // "the number of people in the square rose to 40": people alone say nothing checkable.
    if (counted.phrase && GENERAL.has(tk.lower(counted.phrase.to)) && !counted.action) return null;
    // "the count of confirmed Dalmor fever cases": a name inside the phrase ends no noun phrase.
    let to = counted.phrase?.to ?? t + 1;
    while (to < j && nounish(tk, to + 1) && !tollVerbs.has(tk.lower(to + 1))) to++;
    if (to > t + 1) return tk.text.slice(tk.start(t + 2), tk.end(to)).toLowerCase();
    if (tk.lower(t) === 'number') return null;
  }
  const modifier = tk.lower(t - 1);
  // "its confirmed case count to 380", "the case total reached 760" -> "case".
  if (NUMBER_OF.has(tk.lower(t)) && tk.lower(t) !== 'tally' && nounish(tk, t - 1) && !tk.isCapitalized(t - 1) && !ADJECTIVE_ENDING.test(modifier)) return modifier;
  return nounish(tk, t - 1) && !tk.isCapitalized(t - 1) ? `${modifier} ${tk.lower(t)}` : tk.lower(t);
}

/** "the flood death toll reached 31 people": the people counted are the toll's, so the toll is their action. */
export function tollAction(tk: Tokens, j: number): string | null {
  const t = tollNounAt(tk, j);
  if (t < 0 || !CASUALTY_TOLLS.has(tk.lower(t))) return null;
  return tollBefore(tk, j);
}

const PUT_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing', 'estimated', 'estimates', 'estimating', 'set', 'sets']);
const NUMBER_NOUNS = new Set(['number', 'total', 'count', 'tally']);

/**
 * "The charity put the number of displaced people at 11,000" -> people, displaced: the noun
 * phrase after "the number of" is counted (j is the token before the figure, "at").
 */
export function numberOfBefore(tk: Tokens, j: number): Counted | null {
  if (tk.lower(j) !== 'at') return null;
  const hurt = actionNumberOf(tk, j);
  if (hurt) return hurt;
  // Back over the counted phrase to "of": at most four words ("displaced Oldfen residents").
  let of = j - 1;
  while (of > j - 6 && of > 0 && tk.lower(of) !== 'of') {
    if (!nounish(tk, of)) return null;
    of--;
  }
  if (tk.lower(of) !== 'of' || of === j - 1 || !NUMBER_NOUNS.has(tk.lower(of - 1))) return null;
  let verb = of - 2;
  if (DETERMINERS.has(tk.lower(verb))) verb--;
  if (!PUT_VERBS.has(tk.lower(verb))) return null;
  const counted = countedAfter(tk, of + 1, false);
  if (!counted.phrase) return null;
  if (counted.phrase.to === j - 1) return counted;
  // "the number of people killed at 300"
  return counted.action === null && counted.phrase.to === j - 2 && isAction(tk.lower(j - 1)) ? { ...counted, action: tk.lower(j - 1) } : null;
}

/** Words opening a short time phrase after what is counted: "the number of injured since Sunday at 75". */
const SINCE = new Set(['since', 'on', 'in', 'over', 'during', 'so']);

/** "put the number of injured (since Sunday) at 75" -> no noun, action "injured" (j is "at"). */
function actionNumberOf(tk: Tokens, j: number): Counted | null {
  for (let a = j - 1; a >= j - 4 && a > 2; a--) {
    if (tk.lower(a - 1) !== 'of' || !isAction(tk.lower(a)) || !NUMBER_NOUNS.has(tk.lower(a - 2))) continue;
    // Between the action and "at": nothing, or a time phrase of up to two words.
    if (a < j - 1 && !SINCE.has(tk.lower(a + 1))) return null;
    let verb = a - 3;
    if (DETERMINERS.has(tk.lower(verb))) verb--;
    return PUT_VERBS.has(tk.lower(verb)) ? { phrase: null, action: tk.lower(a), inSpan: false } : null;
  }
  return null;
}

/** Nouns of a crowd whose size is given after them: "put the crowd at 12,000", "a crowd of 12,000". */
const CROWD_NOUNS = new Set(['crowd', 'crowds']);

/**
 * "Police put the crowd at 12,000", "estimated the crowd at", "a crowd of 12,000" -> "crowd"
 * (j is the token before the figure and its qualifier).
 */
export function crowdBefore(tk: Tokens, j: number): string | null {
  if (tk.lower(j) === 'of') return CROWD_NOUNS.has(tk.lower(j - 1)) ? tk.lower(j - 1) : null;
  if (tk.lower(j) !== 'at' || !CROWD_NOUNS.has(tk.lower(j - 1))) return null;
  let verb = j - 2;
  if (DETERMINERS.has(tk.lower(verb))) verb--;
  return PUT_VERBS.has(tk.lower(verb)) ? tk.lower(j - 1) : null;
}

const FIGURE_NOUNS = new Set(['figure', 'estimate']);

/**
 * "far above the official figure of 8,000": a number named only as a figure, which counts what
 * the sentence's other figure counts (index.ts gives it that figure's counted noun and action).
 */
export function inheritsCounted(tk: Tokens, j: number): boolean {
  return tk.lower(j) === 'of' && FIGURE_NOUNS.has(tk.lower(j - 1));
}
