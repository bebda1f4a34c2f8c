// Which sense a form has where it could be a verb of saying or not: "64 percent call him
// competent" (a verb after a share of people) against "45 percent support among voters" (the
// noun); "declined to comment" (a refusal to speak) against "sales declined 4 percent".
import type { Token } from './tokens.js';
import { DECLINED_OBJECTS } from './model/cue-rules.js';
import { DETERMINERS, OBJECT_PRONOUNS } from './model/words.js';
import { isBetween } from './phrases.js';

// Plural nouns of people: "voters", "officials", "critics", "Republicans", "Democrats".
const PEOPLE_PLURAL = /(?:ers|ists|ans|ents|ials|ics|ors|ats|ives|^men|^women|^people)$/;
// A share of the people asked, or the people asked: "64 percent call him …", "two-thirds support …",
// "the senators surveyed support …".
const SHARE_OF_PEOPLE = /^(?:percent|%|half|majority|plurality|minority|surveyed|polled|(?:\w+-)?(?:thirds|quarters|fourths|fifths))$/;

/**
 * "Republicans support deportation", "most voters fear …", "Millennials support …": after a plural
 * noun of people, a bare form (no -s) that is usually a noun is the verb ("Republican support"
 * has no plural before it).
 */
export function groupSubject(prev: Token | undefined, t: Token, next: Token | undefined): boolean {
  if (!prev || !next?.isWord || t.lower.endsWith('s') || t.lower.endsWith('ing')) return false;
  // After a share the noun is as common ("40 percent support among voters", "32% support gives him"):
  // the verb only with its object after it, a determiner, a pronoun, a name or a gerund.
  return PEOPLE_PLURAL.test(prev.lower) || (SHARE_OF_PEOPLE.test(prev.lower) && startsObject(next));
}

/**
 * After "declined" at j: "to" and a verb, a few words on ("declined for years to reveal", "at first
 * to criticize"), what is declined, or the clause's end.
 */
export function declinesToSpeak(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.lower === '.' || t.lower === ',' || t.lower === ';') return true;
  if (DECLINED_OBJECTS.has(t.lower)) return true;
  for (let i = j; i < j + 4 && tokens[i]?.isWord && !/^\d/.test(tokens[i]!.lower); i++) {
    if (tokens[i]!.lower === 'to') return !!tokens[i + 1]?.isWord && !/^\d/.test(tokens[i + 1]!.lower);
  }
  return false;
}

/** The verb's object may start at t: "the levy", "him", "Okafor", "raising the levy". */
function startsObject(t: Token): boolean {
  return DETERMINERS.has(t.lower) || OBJECT_PRONOUNS.has(t.lower) || t.isCapital || t.lower.endsWith('ing');
}

// Bare first words of multi-word cues that are nouns too: "a new focus on", "the whole push for",
// "a turning point to" ("hit" is left out: its past is bare too, "the senator hit back").
const NOUN_PHRASE_HEADS = new Set(['focus', 'push', 'call', 'talk', 'point', 'fire', 'shoot', 'brush', 'shrug']);
// After these the bare form is the verb: "they focus on", "which push for", "to call for", "and talk about".
const VERB_LEADS = new Set(['i', 'you', 'we', 'they', 'who', 'which', 'that', 'to', 'and', 'or', 'but', 'not']);

/**
 * "her lifelong focus on business", "a renewed push for", "the whole talk about": a bare phrase
 * head after a lower-case word that is no subject, auxiliary, adverb or plural noun is the noun.
 */
export function nounBeforePhrase(prev: Token | undefined, t: Token): boolean {
  if (!prev || !NOUN_PHRASE_HEADS.has(t.lower) || !prev.isWord || prev.isCapital) return false;
  return !VERB_LEADS.has(prev.lower) && !isBetween(prev) && !prev.lower.endsWith('s') && !prev.lower.endsWith("n't");
}

// Before "points"/"point" these make it a unit of a figure: "25 basis points to 4.5%", "two
// percentage points to", "half a point to"; a number does too ("rose 40 points to 1,210").
const POINT_UNITS = new Set(['basis', 'percentage', 'quarter', 'half', 'index']);

/** "raised by 25 basis points to 4.5%": the unit "points", not the verb "points to". */
export function pointsAsUnit(prev: Token | undefined, t: Token): boolean {
  if (!prev || (t.lower !== 'points' && t.lower !== 'point')) return false;
  return POINT_UNITS.has(prev.lower) || /^\d/.test(prev.lower);
}

// Words of rank or quality before the noun "showing" (a result at the polls): "a strong showing",
// "his best showing", "a second-place showing".
const SHOWING_QUALITY = /^(?:strong|poor|weak|good|bad|solid|decent|respectable|impressive|disappointing|dismal|lackluster|lacklustre|mediocre|middling|tepid|robust|stellar|surprising|unexpected|credible|better|worse|surprisingly|unexpectedly|\w+est|\w+-place)$/;

/** "a strong showing in Iowa", "his worst showing since 2009": the noun, not the verb "showing that …". */
export function showingAsResult(prev: Token | undefined, t: Token): boolean {
  return t.lower === 'showing' && !!prev?.isWord && SHOWING_QUALITY.test(prev.lower);
}

// After "voted" these open where or when a ballot was cast, not a stance: "voted in the Iowa
// caucuses", "voted at midnight", "voted on the bill", "early voted on March 2", "having voted.".
const BALLOT_ONLY_NEXT = /^(?:in|at|on|by|during|early|last|this|[.,;)]|—|–)$/;

/** "voted" with no stance after it ("more people voted in the primary"); "voted in favor of" is one. */
export function votedWithoutStance(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k]!.lower !== 'voted' || (next && !BALLOT_ONLY_NEXT.test(next.lower))) return false;
  return !(next?.lower === 'in' && /^(?:favou?r|support)$/.test(tokens[k + 2]?.lower ?? ''));
}

// Words ranking the doer of an infinitive: "the first member of the council to endorse Okafor",
// "one of the earliest mayors to back the levy", "the only farmer in Dunmore to criticize it".
const RANKS = /^(?:first|second|third|earliest|only|last|latest|next)$/;
// How far back from "to" the rank may stand ("the first sitting members of Congress to").
const MAX_TO_RANK = 7;

/** "to" at j closes a ranked noun phrase ("the first … to"): the infinitive after it is its doer's act, not a purpose. */
export function rankedInfinitive(tokens: readonly Token[], j: number, lo: number): boolean {
  for (let i = j - 1; i >= lo && j - i <= MAX_TO_RANK; i--) {
    const w = tokens[i]!;
    if (!w.isWord) return false;
    if (RANKS.test(w.lower)) return i > lo && (DETERMINERS.has(tokens[i - 1]!.lower) || /^(?:his|her|their|its)$/.test(tokens[i - 1]!.lower));
  }
  return false;
}
