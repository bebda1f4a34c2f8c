// Attributions carried by a noun of saying or thinking with its owner: "Haddad's claim that the
// deal is dead", "her fear that the bridge will close". The owner (a possessive) is the source,
// the noun the cue, the "that" clause the content; a noun of intention takes an infinitive
// instead ("his vow to appeal"; "plan to" and "refusal to" were mostly unmarked in PolNeAR).
// With a prepositional object only the nouns of attack and complaint count ("her criticism of
// the plan", "his attacks on the press", "their calls for a recount"): "support for", "opposition
// to", "position on" and "views of" were as often a count or a description as someone's stance
// (PolNeAR train: as many false cues as true ones). Without an owner only a noun taking a
// clause of talk or belief counts ("amid speculation that …"), as an impression with no source.
// A possessive pronoun owning the object of a verb stands for that verb's subject, the speaker
// named ("She escalated her attacks on …": "She").
import type { Token } from './tokens.js';
import { isPossessive } from './tokens.js';
import type { Cue } from './cues.js';
import { type Range, isAdverb, phraseEndingAt } from './phrases.js';
import { nearestSubject } from './speakers.js';
import { COMMUNICATION_NOUNS, COMPLEMENT_NOUNS, INTENTION_NOUNS, STANCE_NOUN_PREPOSITIONS } from './model/nouns.js';
import { DETERMINERS, IRREGULAR_PAST, LINKING_PREPOSITIONS, PHRASE_BREAKERS } from './model/words.js';

export interface NounAttribution { cue: Cue; speaker: Range | null; channel: null; content: Range; impression?: true }

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
// Adjectives between owner and noun: "his sharp criticism", "Haddad's latest public comments".
const MAX_MODIFIERS = 2;

/** Is token k a noun cue (cheap test before nounCueAt)? */
export function mayBeNounCue(t: Token): boolean {
  return t.isWord && !t.isCapital && (COMMUNICATION_NOUNS.has(t.lower) || INTENTION_NOUNS.has(t.lower) || COMPLEMENT_NOUNS.has(t.lower));
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
  if (!intention && !prep && !(link.lower === 'that' && (COMMUNICATION_NOUNS.has(t.lower) || COMPLEMENT_NOUNS.has(t.lower)))) return null;
  const owned = ownerBefore(tokens, k, lo);
  if (!owned) return link.lower === 'that' ? unownedComplement(tokens, k, lo, end) : null;
  const owner = (POSSESSIVE_DETERMINERS.has(tokens[owned[0]]!.lower) ? verbSubject(tokens, owned[0], lo) : null) ?? owned;
  const from = intention ? k + 1 : k + 2;
  const last = end(from);
  if (last < from) return null;
  return { cue: { first: k, last: prep ? k + 1 : k, lemma: t.lower }, speaker: owner, channel: null, content: [from, last] };
}

// Particles of a phrasal verb before its object: "ratcheted up his attacks", "doubled down on her claim".
const OBJECT_PARTICLES = new Set(['up', 'down', 'on', 'upon']);
// Verbs that keep, sharpen or soften one's own stance: their subject owns the noun ("escalated her
// attacks"), where "ignored his call" or "shared her fear" may take someone else's.
const OWN_STANCE_VERBS = new Set(`continue continued continues continuing renew renewed renews renewing repeat repeated repeats repeating
  reiterate reiterated reiterates reiterating escalate escalated escalates escalating intensify intensified intensifies intensifying
  ratchet ratcheted ratchets ratcheting step stepped steps stepping double doubled doubles doubling tone toned tones toning
  soften softened softens softening temper tempered tempers tempering sharpen sharpened sharpens sharpening
  expand expanded expands expanding broaden broadened broadens broadening keep kept keeps keeping reaffirm reaffirmed reaffirms reaffirming
  resume resumed resumes resuming revive revived revives reviving reboot rebooted reboots rebooting voice voiced voices voicing
  press pressed presses pressing restate restated restates restating`.split(/\s+/));

/**
 * "She escalated her attacks on …", "Okafor ratcheted up his criticism of …": a possessive pronoun
 * owning the object of a verb that keeps or sharpens one's own stance stands for that verb's
 * subject, which is the speaker named. That subject, or null.
 */
function verbSubject(tokens: readonly Token[], j: number, lo: number): Range | null {
  let v = j - 1;
  if (v > lo && OBJECT_PARTICLES.has(tokens[v]!.lower)) v--;
  // "doubled down on", "stepped up": the particle's own particle.
  if (v > lo && (tokens[v]!.lower === 'down' || tokens[v]!.lower === 'up')) v--;
  if (v <= lo || !OWN_STANCE_VERBS.has(tokens[v]!.lower)) return null;
  const subject = nearestSubject(tokens, lo, v - 1);
  return subject && subject[1] < v ? subject : null;
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

// After "that", what opens a clause with its own subject: "rumors that the mill was sold".
const SUBJECT_OPENERS = new Set('he she they we i it you there the a an his her their its our this these those some many no'.split(' '));
// After a relative clause's verb, what shows its object is missing: "the claims that he made were
// false", "the claims he made in Dunmore" (a preposition: with a verb that takes none, a loss accepted).
const GAP_FOLLOWERS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'from', 'in', 'at', 'on', 'during', 'about', 'over', 'with', 'by', 'against']);

/**
 * "Amid speculation that Orlov will run", "allegations that he took bribes": a noun that takes a
 * clause of what is said or believed, with no owner, is the writer's report of talk with no one
 * named (an impression). The clause must open on a subject and keep its object, so that "the
 * claims that he made were false" (a relative clause) is left alone.
 */
function unownedComplement(tokens: readonly Token[], k: number, lo: number, end: (from: number) => number): NounAttribution | null {
  if (!COMPLEMENT_NOUNS.has(tokens[k]!.lower) || opensSentence(tokens, k, lo)) return null;
  const from = k + 2;
  const first = tokens[from];
  if (!first?.isWord || !(SUBJECT_OPENERS.has(first.lower) || first.isCapital || /^\d/.test(first.lower))) return null;
  const last = end(from);
  if (last < from + 2 || objectGap(tokens, from, last)) return null;
  return { cue: { first: k, last: k, lemma: tokens[k]!.lower }, speaker: null, channel: null, content: [from, last], impression: true };
}

/**
 * "The claim that the bridge was unsafe spread quickly": only a determiner and modifiers before the
 * noun, so its phrase is the sentence's subject and where its clause ends is not known.
 */
function opensSentence(tokens: readonly Token[], k: number, lo: number): boolean {
  let j = k - 1;
  const modifier = (t: Token): boolean => t.isWord && (DETERMINERS.has(t.lower) || (!t.isCapital && !PHRASE_BREAKERS.has(t.lower) && !LINKING_PREPOSITIONS.has(t.lower)));
  while (j >= lo && k - j <= MAX_MODIFIERS + 1 && modifier(tokens[j]!)) j--;
  return j < lo || !tokens[j]!.isWord;
}

/** "the allegations that he made were false": after the clause's first past form, nothing its object could be. */
function objectGap(tokens: readonly Token[], from: number, last: number): boolean {
  for (let j = from + 1; j <= Math.min(last, from + 6); j++) {
    const w = tokens[j]!.lower;
    if (!/ed$/.test(w) && !IRREGULAR_PAST.has(w)) continue;
    // "that the mill was sold": a passive has no object to miss.
    if (/^(?:be|been|being|is|are|was|were)$/.test(tokens[j - 1]!.lower)) return false;
    const next = tokens[j + 1];
    return j === last || !next || !next.isWord || GAP_FOLLOWERS.has(next.lower);
  }
  return false;
}
