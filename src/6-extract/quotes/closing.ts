// Attributions whose source follows the cue: "The deal is dead, said the official.", "…, said
// a source close to the campaign.", "According to X, …" / "…, according to X.".
import type { Token } from './tokens.js';
import { type Cue, skipFrame } from './cues.js';
import { type Range, phraseStartingAt } from './phrases.js';
import type { Attribution } from './reported.js';
import { INVERTIBLE } from './model/cue-rules.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { DETERMINERS, PHRASE_BREAKERS, TIME_WORDS } from './model/words.js';
import { isPossessive } from './tokens.js';
import { CLOSING_MARKS, TRAILING, isVerbCue, longer, nothingLeft, openingAdjunct, trimRange } from './ranges.js';

// How many tokens may describe an inverted speaker after its head: "said a source close to the campaign".
const MAX_SPEAKER_TAIL = 8;
const MAX_RELATIVE_TAIL = 14;
const DANGLING = new Set(['after', 'before', 'because', 'that', 'when', 'since', 'while', 'if', 'and', 'but', 'as', 'until']);
const TAIL_OPENERS = new Set(['close', 'closest', 'familiar', 'who', 'with', 'of', 'from', 'in', 'at', 'for', 'to']);

/** "The deal is dead, said the official." / "…, said Wilcox, an Orlando Republican." */
export function invertedSpeaker(tokens: readonly Token[], cue: Cue, hi: number, left: number): Attribution | null {
  const mark = tokens[cue.first - 1];
  if (!INVERTIBLE.has(cue.lemma) || !mark || !(mark.lower === ',' || CLOSING_MARKS.has(mark.lower))) return null;
  // "…, saying nothing": a participle never inverts its subject.
  if (tokens[cue.first]!.lower.endsWith('ing')) return null;
  // "Rawlings, who watched on a screen, said the event …": a relative clause before the cue belongs to its subject.
  if (relativeClauseBefore(tokens, cue.first - 1, left)) return null;
  const after = withPartners(tokens, phraseStartingAt(tokens, cue.last + 1, hi), hi);
  const content = trimRange(tokens, left, cue.first - 1);
  if (!after || !content) return null;
  const rest = skipFrame(tokens, after[1] + 1, hi, cue.lemma);
  // "…, said Burman (a view others shared).": a bracket after the speaker is an aside.
  if (nothingLeft(tokens, rest.next, hi) || tokens[after[1] + 1]?.lower === ',' || tokens[after[1] + 1]?.lower === '(') return { cue, speaker: after, channel: rest.channel, content };
  // Only "said"/"says": after other verbs ("…, wrote an assessment of …") the phrase is an object.
  const tail = cue.lemma === 'say' && !tokens[cue.last]!.lower.endsWith('ing') ? speakerTail(tokens, after[1] + 1, hi) : -1;
  return tail >= 0 ? { cue, speaker: [after[0], tail], channel: null, content } : null;
}

/** "…, said Doyle and others, …": a second phrase after "and" that ends the clause joins the speaker. */
function withPartners(tokens: readonly Token[], phrase: Range | null, hi: number): Range | null {
  if (!phrase || tokens[phrase[1] + 1]?.lower !== 'and') return phrase;
  const partner = phraseStartingAt(tokens, phrase[1] + 2, hi);
  if (!partner || !(tokens[partner[1] + 1]?.lower === ',' || nothingLeft(tokens, partner[1] + 1, hi))) return phrase;
  return [phrase[0], partner[1]];
}

/** The comma at `comma` closes a clause opened by ", who" (or "whose", "both of whom"): "…, who watched it, said". */
function relativeClauseBefore(tokens: readonly Token[], comma: number, left: number): boolean {
  for (let k = comma - 1; k > left; k--) {
    if (tokens[k]!.lower !== ',') continue;
    // "…, neither of whom had met him, said", "…, many of them farmers, said": a quantity "of whom/them" too.
    return /^(?:who|whose)$/.test(tokens[k + 1]?.lower ?? '') || (tokens[k + 2]?.lower === 'of' && /^(?:whom|which|them)$/.test(tokens[k + 3]?.lower ?? ''));
  }
  return false;
}

/**
 * "…, said a source close to the campaign." / "…, said an aide who was there.": a short rest
 * of the sentence with no cue in it still describes the speaker. Its last word, or -1.
 */
function speakerTail(tokens: readonly Token[], from: number, hi: number): number {
  const head = tokens[from - 1]!;
  if (head.isWord && /^(?:he|she|they|we|i|it|you)(?:'[a-z]+)?$/.test(head.lower)) return -1; // "…, says he's open to …"
  // "close to the campaign", "familiar with the plan", or a title and name: "professor Paul Beck".
  const named = tokens[from - 1]!.isCapital && !nothingLeft(tokens, from, hi);
  if (!TAIL_OPENERS.has(tokens[from]?.lower ?? '') && !named) return -1;
  // "…, said an aide who requested anonymity.": a relative clause may hold a verb of its own.
  const relative = tokens[from]!.lower === 'who';
  let last = -1;
  for (let k = from; k <= hi; k++) {
    const t = tokens[k]!;
    if (k - from >= (relative ? MAX_RELATIVE_TAIL : MAX_SPEAKER_TAIL) || (isVerbCue(t) && !relative) || (!t.isWord && !TRAILING.has(t.lower))) return -1;
    if (named && !TAIL_OPENERS.has(tokens[from]!.lower) && t.isWord && (TIME_WORDS.has(t.lower) || PHRASE_BREAKERS.has(t.lower))) return -1;
    if (t.isWord) last = k;
    else if (k < hi && !nothingLeft(tokens, k + 1, hi)) return -1;
  }
  return last;
}
/** "According to X, …" / "…, according to X." / "The deal, according to X, is dead." */
export function accordingTo(tokens: readonly Token[], cue: Cue, hi: number, left: number): Attribution | null {
  // "according to him": an object pronoun is the whole source.
  let speaker = /^(?:him|her|them|me|us)$/.test(tokens[cue.last + 1]?.lower ?? '') ? [cue.last + 1, cue.last + 1] as Range : phraseStartingAt(tokens, cue.last + 1, hi);
  if (!speaker) return null;
  // Opening the sentence, the source runs to the comma: "According to early results of exit polls conducted for X, …".
  if (cue.first === left) {
    let comma = speaker[1] + 1;
    while (comma <= hi && comma - cue.last < 25 && tokens[comma]!.lower !== ',' && tokens[comma]!.lower !== ':') comma++;
    if (comma <= hi && comma - cue.last < 25) speaker = [speaker[0], comma - 1];
  }
  // "according to a tally by the Herald", "… to audio provided by X": the author belongs to the source.
  const by = tokens[speaker[1] + 1]?.lower === 'by' ? speaker[1] + 1 : /ed$/.test(tokens[speaker[1] + 1]?.lower ?? '') && tokens[speaker[1] + 2]?.lower === 'by' ? speaker[1] + 2 : -1;
  const author = by > 0 ? phraseStartingAt(tokens, by + 1, hi) : null;
  if (author) speaker = [speaker[0], author[1]];
  const leftContent = trimRange(tokens, left, cue.first - 1);
  // "That’s according to early results of exit polls conducted for …": after a copula the rest is all source.
  if (leftContent && /(?:['’]s|^is|^was|^are|^were)$/.test(tokens[leftContent[1]]!.lower)) {
    const whole = trimRange(tokens, speaker[0], hi);
    return whole ? { cue, speaker: whole, channel: null, content: leftContent } : null;
  }
  // "…, according to people close to the council." / "…, according to the Harlow Institute, which tracks polls.":
  // the rest of the sentence describes the source, and the content is the clause before the cue.
  // With no clause left of the cue (an earlier attribution claimed it), nothing is returned, and
  // the sentence is searched again with the whole clause (findReported).
  if (tokens[cue.first - 1]?.lower === ',') {
    // A clause before the comma: at least four words that are no opening adjunct, or one an earlier attribution claimed.
    const clauseBefore = leftContent ? leftContent[1] - leftContent[0] >= 3 && !openingAdjunct(tokens, leftContent[0], leftContent[1]) : true;
    const tail = sourceTail(tokens, speaker, hi, clauseBefore);
    if (tail === ADJUNCT) return leftContent ? { cue, speaker, channel: null, content: leftContent } : null;
    if (tail >= 0) speaker = [speaker[0], tail];
  }
  const rest = skipFrame(tokens, speaker[1] + 1, hi, cue.lemma);
  // "…, according to a count by AP, but Sanders has vowed …": a new coordinated clause is not the source's content.
  const coordinated = tokens[rest.next - 1]?.lower === ',' && /^(?:but|and|while|yet|whereas)$/.test(tokens[rest.next]?.lower ?? '');
  const rightContent = nothingLeft(tokens, rest.next, hi) || (coordinated && cue.first > left) ? null : trimRange(tokens, rest.next, hi);
  // "…, after, according to him, the network censured …": a left side ending in a conjunction is no clause.
  const dangling = leftContent && DANGLING.has(tokens[leftContent[1]]!.lower);
  const content = leftContent && rightContent ? (dangling ? rightContent : longer(leftContent, rightContent)) : (leftContent ?? rightContent);
  return content ? { cue, speaker, channel: rest.channel, content } : null;
}

const ADJUNCT = -2;
// After a mid-sentence source and a comma, these open an adjunct of the clause before the cue, not the content:
// "…, according to the growers, compared with …", "…, according to the Herald, during a visit to …".
const ADJUNCT_OPENERS = new Set(['compared', 'although', 'though', 'even', 'during', 'before', 'after', 'despite', 'unlike', 'as']);
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'including']);
const MAX_SOURCE_TAIL = 20;

/**
 * What follows a mid-sentence "according to X": the last token of a description of X that runs
 * to a comma or the sentence end ("people close to the council", "growers who spoke with the
 * mayor", "the Harlow Institute, which tracks …", "Vantra, a tool that counts them", "Ilsa
 * Varn, D-Ash."), ADJUNCT for an adjunct of the clause before the cue ("…, compared with …",
 * "…, referring to …"), or -1 when a clause may follow.
 */
function sourceTail(tokens: readonly Token[], speaker: Range, hi: number, clauseBefore: boolean): number {
  let k = speaker[1] + 1;
  const next = tokens[k];
  if (!next || nothingLeft(tokens, k, hi)) return -1;
  if (next.lower === ',') {
    const t = tokens[k + 1];
    if (!t?.isWord) return -1;
    if (ADJUNCT_OPENERS.has(t.lower) || (t.lower.endsWith('ing') && !t.isCapital && t.lower !== 'including')) return ADJUNCT;
    // "…, according to the Red Cross, which says 70 percent …": a report of its own, not a description.
    if ((t.lower === 'which' || t.lower === 'who') && SPEECH_LEMMAS.has(CUE_LEMMA.get(tokens[k + 2]?.lower ?? '') ?? '')) return ADJUNCT;
    // An appositive of a name only after a clause ("Since May, according to X, the guards …" opens one).
    const appositive = clauseBefore && tokens[speaker[1]]!.isCapital && verbless(tokens, k + 1, hi) && (DETERMINERS.has(t.lower) || /^(?:former|two|three|four|five)$/.test(t.lower) || /^[a-z]-[a-z.]+$/.test(t.lower) || isPossessive(t));
    if (!RELATIVE_OPENERS.has(t.lower) && !appositive) return -1;
    k += 1;
  } else if (!next.isWord || next.isCapital || PHRASE_BREAKERS.has(next.lower) && !/^(?:to|on|about|who|whom|whose|that|and)$/.test(next.lower)) return -1;
  let last = -1;
  for (; k <= hi && k - speaker[1] <= MAX_SOURCE_TAIL; k++) {
    const t = tokens[k]!;
    if (t.lower === ',' || t.lower === ';' || t.lower === '—' || t.lower === '(') break;
    if (t.isWord) last = k;
  }
  return k > hi || tokens[k]!.lower === ',' || nothingLeft(tokens, k, hi) ? last : -1;
}

/** No verb of being, having or an auxiliary before the next comma, past a relative pronoun: "a tool that counts them". */
function verbless(tokens: readonly Token[], from: number, hi: number): boolean {
  for (let k = from; k <= hi && tokens[k]!.lower !== ','; k++) {
    const w = tokens[k]!.lower;
    if (w === 'that' || w === 'who' || w === 'which') return true;
    if (PHRASE_BREAKERS.has(w) && !LINKS.has(w)) return false;
  }
  return true;
}
const LINKS = new Set(['to', 'on', 'about', 'by', 'over', 'under', 'between', 'among', 'across', 'near']);
