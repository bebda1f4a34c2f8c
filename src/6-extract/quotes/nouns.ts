// Attributions carried by a noun of saying or thinking with its owner: "Haddad's claim that the
// deal is dead", "her fear that the bridge will close". The owner (a possessive) is the source,
// the noun the cue, the "that" clause the content; a noun of intention takes an infinitive
// instead ("his vow to appeal"; "plan to" and "refusal to" were mostly unmarked in PolNeAR).
// With a prepositional object only the nouns of attack and complaint count ("her criticism of
// the plan", "his attacks on the press", "their calls for a recount"): "support for", "opposition
// to", "position on" and "views of" were as often a count or a description as someone's stance
// (PolNeAR train: as many false cues as true ones). Without an owner the noun is left alone.
import type { Token } from './tokens.js';
import { isPossessive } from './tokens.js';
import type { Cue } from './cues.js';
import { type Range, isAdverb, phraseEndingAt } from './phrases.js';
import { COMMUNICATION_NOUNS, INTENTION_NOUNS, STANCE_NOUN_PREPOSITIONS } from './model/nouns.js';
import { DETERMINERS, PHRASE_BREAKERS } from './model/words.js';

export interface NounAttribution { cue: Cue; speaker: Range; channel: null; content: Range }

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
// Adjectives between owner and noun: "his sharp criticism", "Haddad's latest public comments".
const MAX_MODIFIERS = 2;

/** Is token k a noun cue (cheap test before nounCueAt)? */
export function mayBeNounCue(t: Token): boolean {
  return t.isWord && !t.isCapital && (COMMUNICATION_NOUNS.has(t.lower) || INTENTION_NOUNS.has(t.lower));
}

/** "to" and a verb after a noun of intention: "plan to cut", not "response to the letter". */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k + 1];
  return tokens[k]?.lower === 'to' && !!verb?.isWord && !verb.isCapital && !DETERMINERS.has(verb.lower) && !/\d/.test(verb.lower);
}

/** The noun attribution at token k, its "that" clause running to `end(from)`. */
export function nounCueAt(tokens: readonly Token[], k: number, lo: number, hi: number, end: (from: number) => number): NounAttribution | null {
  const t = tokens[k]!;
  if (!mayBeNounCue(t)) return null;
  const link = tokens[k + 1];
  if (!link || k + 1 >= hi) return null;
  const intention = INTENTION_NOUNS.has(t.lower) && infinitiveAt(tokens, k + 1);
  const prep = !intention && STANCE_NOUN_PREPOSITIONS.get(t.lower)?.has(link.lower) && !!tokens[k + 2]?.isWord;
  if (!intention && !prep && !(link.lower === 'that' && COMMUNICATION_NOUNS.has(t.lower))) return null;
  const owner = ownerBefore(tokens, k, lo);
  if (!owner) return null;
  const from = intention ? k + 1 : k + 2;
  const last = end(from);
  if (last < from) return null;
  return { cue: { first: k, last: prep ? k + 1 : k, lemma: t.lower }, speaker: owner, channel: null, content: [from, last] };
}

/** "his" / "Haddad's" / "the ministry's" before the noun, past at most two modifiers. */
function ownerBefore(tokens: readonly Token[], k: number, lo: number): Range | null {
  for (let j = k - 1; j >= lo && k - j <= MAX_MODIFIERS + 1; j--) {
    const t = tokens[j]!;
    if (POSSESSIVE_DETERMINERS.has(t.lower)) return [j, j];
    if (isPossessive(t)) return phraseEndingAt(tokens, j, lo) ?? [j, j];
    // A modifier is a lower-case word that is no verb, conjunction or adverb of time.
    if (!t.isWord || t.isCapital || PHRASE_BREAKERS.has(t.lower) || (isAdverb(t) && j === k - 1)) return null;
  }
  return null;
}
