// Speakers that are more than the phrase right before the cue: the one heard or seen ("was heard
// on a microphone telling"), a noun with its relative clause ("an official who spoke
// anonymously … said", "the experts I interviewed said"), and the subject of the nearest
// coordinated clause for a participle ("…, and she grew upset, shouting").
import type { Token } from './tokens.js';
import { type Range, canHead, isBetween, isPronoun, phraseEndingAt, phraseWithRelativeClause } from './phrases.js';
import { speakerEndingAt } from './appositive.js';
import { CUE_LEMMA } from './model/verbs.js';
import { sentenceSubject } from './subject.js';
import { PASSIVE_AUXILIARIES } from './cues.js';
import { OPENING_PREPOSITIONS } from './model/words.js';

/**
 * The subject of the clause a participle or coordinated verb follows: the sentence's, unless a
 * clause coordinated after a comma has its own ("The camera fell, and she grew upset, shouting …" -> "she").
 */
export function nearestSubject(tokens: readonly Token[], lo: number, hi: number): Range | null {
  for (let k = hi - 1; k > lo; k--) {
    if (tokens[k]!.lower !== ',' || !/^(?:and|but|then)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const own = sentenceSubject(tokens, k + 1, hi, k + 1);
    if (own && own[0] === k + 2) return own;
  }
  return sentenceSubject(tokens, lo, hi);
}

const PERCEIVED = new Set(['heard', 'seen', 'overheard', 'caught', 'spotted', 'filmed', 'recorded', 'videotaped', 'shown', 'pictured', 'photographed']);
// How far a place may stand between the participle of perception and the cue: "heard on a hot microphone telling".
const PERCEPTION_GAP = 5;

/**
 * "Okafor was heard on a microphone telling …", "a reporter can be heard asking …": the one
 * perceived speaks, the subject of the passive. Its phrase, or null.
 */
export function perceivedSpeaker(tokens: readonly Token[], cue: number, floor: number): Range | null {
  let p = cue - 1;
  while (p > floor && cue - p <= PERCEPTION_GAP && !PERCEIVED.has(tokens[p]!.lower)) {
    if (!tokens[p]!.isWord) return null;
    p--;
  }
  // Between the participle and the cue, only a prepositional phrase: "on a microphone".
  if (!PERCEIVED.has(tokens[p]?.lower ?? '') || (p < cue - 1 && !OPENING_PREPOSITIONS.has(tokens[p + 1]!.lower))) return null;
  let a = p - 1;
  while (a > floor && isBetween(tokens[a]!) && !PASSIVE_AUXILIARIES.has(tokens[a]!.lower)) a--; // "was also heard"
  if (!PASSIVE_AUXILIARIES.has(tokens[a]?.lower ?? '')) return null;
  while (a - 1 > floor && isBetween(tokens[a - 1]!)) a--; // "can be", "has been"
  return speakerEndingAt(tokens, a - 1, floor);
}

/**
 * "an official who spoke anonymously to discuss strategy said": a subject relative clause ending
 * at j, with no punctuation in it, belongs to the speaker. The noun and its clause, or null.
 */
export function whoClause(tokens: readonly Token[], j: number, floor: number): Range | null {
  const whole = j >= floor && tokens[j]!.isWord ? phraseWithRelativeClause(tokens, j, floor) : null;
  if (!whole) return null;
  let who = -1;
  for (let k = whole[0]; k <= j; k++) {
    if (!tokens[k]!.isWord) return null;
    if (who < 0 && tokens[k]!.lower === 'who') who = k;
  }
  return who >= 0 && !isPronoun(tokens[who + 1]!) ? whole : null;
}

/** "all the experts I interviewed (said)": a noun phrase, a subject pronoun and the verb at j; the whole, or null. */
export function reducedRelative(tokens: readonly Token[], j: number, floor: number): Range | null {
  if (!/ed$/.test(tokens[j]!.lower) || !/^(?:i|we|he|she|they|you)$/.test(tokens[j - 1]?.lower ?? '')) return null;
  const head = phraseEndingAt(tokens, j - 2, floor);
  return head && !isPronoun(tokens[head[1]]!) ? [head[0], j] : null;
}

const PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back', 'over', 'around']);
const NOT_ANTECEDENTS = new Set(['of', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'as', 'about', 'like', 'than', 'so', 'now', 'such', 'is', 'was', 'are', 'were', 'be', 'been', 'help', 'one']);
/** "a letter that says he is healthy", "bottles that said, “…”": "that" after a noun stands for it. */
export function relativeThat(tokens: readonly Token[], j: number, cueFirst: number, floor: number): Range | null {
  if (j !== cueFirst - 1 || j - 1 < floor || tokens[j]!.lower !== 'that') return null;
  const noun = tokens[j - 1]!;
  if (!canHead(noun, tokens[j - 2]) || CUE_LEMMA.has(noun.lower) || noun.isCapital || NOT_ANTECEDENTS.has(noun.lower)) return null;
  const np = phraseEndingAt(tokens, j - 1, floor);
  if (!np) return null;
  // "handed out leaflets that said": the phrase starts after a verb's particle.
  let first = np[0];
  for (let k = np[0]; k < j - 1; k++) if (PARTICLES.has(tokens[k]!.lower)) first = k + 1;
  return [first, j - 1];
}
