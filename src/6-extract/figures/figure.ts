// One figure read around a quantity: qualifier before it, counted noun and action around it, kind.
// Sample: "Rescuers said at least 40 people were killed" -> "at least 40 people", killed.
import type { Tokens } from './tokens.js';
import type { Figure, FigureKind, Qualifier } from './types.js';
import { readQuantity, type Quantity } from './quantity.js';
import { isExcluded } from './exclude.js';
import { PhraseIndex } from './phrases.js';
import { agentOf } from './agent.js';
import { gluedCounted } from './glued.js';
import { actionAfter, actionBefore, countedAfter, isMeasure, pulledOut, type Counted } from './noun.js';
import { placeOf } from './place.js';
import { regionOf } from './region.js';
import { perNumber, purposeOf, rateOf } from './purpose.js';
import { crowdBefore, inheritsCounted, numberOfBefore, tollAction, tollBefore } from './toll.js';
import { QUALIFIER_PHRASES } from './model/qualifiers.js';
import { ONE_IDIOM_AFTER, ONE_PRONOUN_BEFORE, STOP_WORDS } from './model/nouns.js';
import { mayStartNumberWord } from './number.js';
import { YEAR_BEFORE } from './model/context.js';
import { comparativeIn, differenceBefore, measureBefore } from './measure.js';
import { countedTwice, isVoteCount, recipientOf, voteNounBefore } from './votes.js';

/** Qualifier phrases, longest first: "just under" before "under". */
const qualifiers = new PhraseIndex(Object.entries(QUALIFIER_PHRASES)
  .flatMap(([q, list]) => list.map((p): [string, Qualifier] => [p, q as Qualifier])));
const yearBefore = new Set(YEAR_BEFORE);
const oneIdiomAfter = new Set(ONE_IDIOM_AFTER);
const onePronounBefore = new Set(ONE_PRONOUN_BEFORE);
const stopWords = new Set(STOP_WORDS);

export interface Draft {
  figure: Figure;
  first: number;     // first token of the figure phrase (qualifier included)
  last: number;      // last token of the figure phrase
  weak: boolean;     // nothing but a bare number: kept only when nested in another figure
  inherit: boolean;  // "the official figure of 8,000": counts what the sentence's previous figure counts
}

/** The qualifier ending right before token `first`, not reaching back to token `floor`. */
function qualifierBefore(tk: Tokens, first: number, floor: number): { qualifier: Qualifier; first: number } {
  const match = qualifiers.endingAt(tk, first - 1, floor);
  return match ? { qualifier: match.value, first: first - match.length } : { qualifier: 'exact', first };
}

/** A period of time: "over three weeks" spreads something across it. */
const PERIOD = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries|century)$/;
/** Words before "over" + a period that make it a length exceeded: "for over 20 years", "the first in over a decade", "lasted over three weeks". */
const LENGTH_BEFORE = new Set(['for', 'in', 'after', 'of', 'within', 'than', 'since', 'last', 'lasts', 'lasted', 'lasting', 'take', 'takes', 'took', 'taking', 'spent', 'spend', 'spends', 'spanning', 'spanned', 'aged', 'age']);

/**
 * "over" right before a period of time means during, not more than: "hear 11 witnesses over three
 * weeks", "spread over 20 years". After "for", "in", "lasted" … it is a length exceeded ("for over 20
 * years"), and before things counted it is more than ("over 300 people").
 */
function overMeansDuring(tk: Tokens, first: number, counted: Counted): boolean {
  if (tk.lower(first) !== 'over' || !counted.phrase || !PERIOD.test(counted.phrase.text.split(' ').pop()!.toLowerCase())) return false;
  // "over 12 years ago": more than, counted back from now.
  return !LENGTH_BEFORE.has(tk.lower(first - 1)) && tk.lower(counted.phrase.to + 1) !== 'ago';
}

/** A count of things: "2000 people", "45m passengers", not "100m race" or "40 years". */
function countsThings(counted: Counted): boolean {
  return counted.inSpan && counted.phrase !== null && counted.phrase.plural && !isMeasure(counted.phrase.text);
}

/** "in 2023", "since 1948", "the 1967 war"; "2000 people" stays a count. */
function isYear(tk: Tokens, q: Quantity, start: number, counted: Counted): boolean {
  if (q.number.digits !== 4 || q.currency || q.percent || q.value < 1800 || q.value > 2100) return false;
  if (yearBefore.has(tk.lower(start - 1))) return true;
  return !countsThings(counted);
}

/** "one of the", "no one", "one day": the pronoun or idiom, not a count. */
function isLoneOne(tk: Tokens, q: Quantity, start: number, counted: Counted, action: string | null): boolean {
  if (!q.number.word || q.number.first !== q.number.last || tk.lower(q.number.first) !== 'one' || q.high !== null) return false;
  if (q.currency || q.percent || q.age) return false;
  if (onePronounBefore.has(tk.lower(start - 1)) || oneIdiomAfter.has(tk.lower(q.last + 1))) return true;
  if (counted.phrase) return isMeasure(counted.phrase.text);
  return action === null;
}

function kindOf(q: Quantity, counted: string | null, action: string | null): FigureKind {
  if (q.age) return 'age';
  if (q.percent) return 'percent';
  if (q.currency) return 'money';
  if (counted !== null) return isMeasure(counted) ? 'other' : 'count';
  return action !== null ? 'count' : 'other';
}

/** "in three" ending a ratio ("two votes in three"), not "in three days". */
function isRatioEnd(tk: Tokens, j: number): boolean {
  const w = tk.lower(j);
  if (!(tk.isDigit(j) || mayStartNumberWord(w)) || w === 'a' || w === 'an') return false;
  return !tk.isWord(j + 1) || stopWords.has(tk.lower(j + 1));
}

/** "40,200 votes cast in person": the kind of ballot is in the action. */
function castInPerson(tk: Tokens, to: number, action: string | null): string | null {
  if (action !== 'cast') return action;
  for (let k = to + 1; k < to + 4; k++) if (tk.lower(k) === 'cast') return tk.matches(k + 1, ['in', 'person']) ? 'cast in person' : action;
  return action;
}

/** The figure whose quantity starts at token i, or null when the number is not a figure. */
export function readFigure(tk: Tokens, i: number, floor: number): Draft | null {
  const q = readQuantity(tk, i, floor);
  if (!q || isExcluded(tk, q)) return null;
  const read = qualifierBefore(tk, q.first, floor);
  const singular = (q.value <= 1 && q.high === null) || q.percent || q.currency !== null || q.age;
  const counted = (q.currency === null && !q.percent ? gluedCounted(tk, q.last + 1) : null) ?? countedAfter(tk, q.last + 1, singular);
  const { qualifier, first } = overMeansDuring(tk, read.first, counted) ? { qualifier: 'exact' as const, first: q.first } : read;
  const last = counted.inSpan && counted.phrase ? counted.phrase.to : q.last;
  const to = counted.phrase?.to ?? q.last;
  // "two votes in three": a ratio, not a count.
  if (tk.lower(to + 1) === 'in' && isRatioEnd(tk, to + 2)) return null;
  // A difference ("won by 3,100 votes", "a margin of 3,100 votes", "900 fewer votes than") is no total.
  const difference = differenceBefore(tk, first) ?? (counted.phrase ? comparativeIn(tk, counted.phrase.from, to) : null);
  const after = difference ? null : counted.action ?? castInPerson(tk, to, actionAfter(tk, to + 1));
  // "put the number of displaced people at 11,000": the counted phrase comes before the number.
  const lead = counted.phrase || q.percent || q.currency || q.age ? null : numberOfBefore(tk, first - 1);
  const action = difference ?? after ?? lead?.action ?? actionBefore(tk, first - 1) ?? (isVoteCount(counted.phrase?.text ?? null) ? countedTwice(tk, to) : null)
    // "The flood death toll reached 31 people": the people are the toll's.
    ?? (counted.phrase ? tollAction(tk, first - 1) ?? pulledOut(tk, first - 1, to, counted.phrase.text) : null);
  if (isYear(tk, q, first, counted) || isLoneOne(tk, q, first, counted, action)) return null;
  if (q.countScale && !countsThings(counted)) return null;
  const countedText = counted.phrase?.text ?? (q.percent ? measureBefore(tk, first - 1) : q.currency || q.age ? null : tollBefore(tk, first - 1) ?? lead?.phrase?.text ?? crowdBefore(tk, first - 1) ?? voteNounBefore(tk, first - 1));
  const start = tk.start(first);
  const end = tk.end(last);
  const text = tk.text.slice(start, end);
  const figure: Figure = {
    start, end, text, value: q.value, high: q.high, kind: kindOf(q, countedText, action),
    currency: q.currency, qualifier, counted: countedText, action, parent: null,
    // Votes are the candidate's they count for, not the doer's who cast, counted or rejected them.
    agent: isVoteCount(countedText) ? recipientOf(tk, first, to) : action === null ? null : agentOf(tk, first, to, after === null),
  };
  const bare = countedText === null && action === null && figure.kind === 'other';
  // "1,200 Oldfen residents"; else a count scoped by its clause: "Tessel Province now has 30 cases" (region.ts).
  const place = placeOf(tk, counted.phrase) ?? (figure.kind === 'count' ? regionOf(tk, first, last) : null);
  if (place) figure.place = place;
  // A sum's rate and purpose: money, or a count of something that is no person ("dalers", a currency the model does not know).
  if (figure.kind === 'money' || (figure.kind === 'count' && action === null)) {
    const per = rateOf(tk, first, last);
    const purpose = purposeOf(tk, first, last);
    if (per) figure.per = per;
    if (purpose) figure.purpose = purpose;
  } else if (figure.kind === 'count') {
    // "4 deaths per 100,000 people": a rate whatever happened to those counted.
    const per = perNumber(tk, last);
    if (per) figure.per = per;
  }
  const weak = bare && qualifier === 'exact' && !q.between;
  return { figure, first, last, weak, inherit: bare && inheritsCounted(tk, first - 1) };
}
