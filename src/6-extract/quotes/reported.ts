// One cue of reported speech resolved to speaker and clause: "Haddad said (that) …", "The deal
// is dead, the official said.", "…, said Haddad.", "According to X, …", "…, according to X.",
// "…, adding that …", "Haddad hit back and said …". The sentence loop is in sentence.ts;
// where a clause ends, in clauses.ts.
import type { Token } from './tokens.js';
import { type Cue, type Frame, GERUND_FOR_FROM, GERUND_PREPOSITIONS, cueAt, skipFrame } from './cues.js';
import {
  type Range, isAdverb, isBetween, describingParticiple, phraseStartingAt, phraseWithParticiple, phraseWithRelativeClause, skipBackToSpeaker,
} from './phrases.js';
import { speakerEndingAt } from './appositive.js';
import { authorOfDocument, gerundOpening, sentenceSubject } from './subject.js';
import { nearestSubject, perceivedSpeaker, reducedRelative, relativeThat, whoClause } from './speakers.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { ASKED_OPENERS, NOT_SPEAKER_HEADS, OBJECT_PRONOUNS, OPENING_PREPOSITIONS, PHRASE_BREAKERS, SUBJECT_PRONOUNS } from './model/words.js';
import { hearsayAt, raisingAt } from './raising.js';
import { passiveAt } from './passive.js';
import { targetAt } from './targets.js';
import { receptionAt } from './reception.js';
import { CLOSING_MARKS, accordingToAt, endsWithComma, isVerbCue, longer, namesEvidence, onlySourceLeft, openingAdjunct, trimRange } from './ranges.js';
import { accordingTo, invertedSpeaker } from './closing.js';
import { COORDINATORS, clauseEnd, gerundOfSpeechAt, openingSubordinate } from './clauses.js';

export { nothingLeft, trimRange } from './ranges.js';
export { clauseEnd } from './clauses.js';

export interface Attribution {
  cue: Cue;
  speaker: Range | null;
  channel: Range | null;
  content: Range | null;
  /** The writer's impression with no one named ("the deal seemed doomed"): an attribution, not a quote. */
  impression?: true;
  /** A verb of saying with its own speaker inside another attribution's clause. */
  nested?: true;
}

/** Where one sentence sits and what around it is off limits. */
export interface SentenceScope {
  lo: number;
  hi: number;
  /** Tokens that cannot start a cue (inside quotes, cues already used). */
  blocked: (k: number) => boolean;
  /** First token a clause left of the cue may start at (after a quote in the sentence). */
  wall: (k: number) => number;
  /** Speaker of an attribution earlier in the sentence, for "…, adding" and "and said". */
  earlier: Range | null;
  /** Headline in title case: "Haddad Says Talks Are Over". */
  titleCase: boolean;
  /** The sentence opens a paragraph, where "Haddad: Talks are over" is an attribution. */
  paragraphStart: boolean;
}

const COPULA_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const SEPARATORS = new Set([',', '—', '–', ':', ...CLOSING_MARKS]);
// After a closing cue these open an adjunct, not the content: "…, he said after the meeting".
const ADJUNCT_OPENERS = new Set(['after', 'before', 'during', 'while', 'when', 'as', 'because', 'following', 'since', 'until', 'upon', 'without', 'amid', 'despite']);

/** Tokens [from, to) are adverbs between words ("quickly"), no auxiliary that would make a verb group. */
function onlyAdverbs(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isBetween(tokens[k]!) || /^(?:is|was|are|were|has|have|had)$/.test(tokens[k]!.lower)) return false;
  return true;
}

/** A comma at most 6 tokens before `from`, with only words between. */
function commaBefore(tokens: readonly Token[], from: number, left: number): number {
  for (let k = from - 1; k > left && from - k <= 6; k--) {
    if (tokens[k]!.lower === ',') return k;
    if (!tokens[k]!.isWord) return -1;
  }
  return -1;
}

/** Resolves the cue at token k; content may not start left of `left`. */
export function resolveCue(tokens: readonly Token[], k: number, scope: SentenceScope, left: number, inherited: Range | null): Attribution | null {
  const { lo, hi } = scope;
  const raised = raisingAt(tokens, k, lo, hi, (from) => clauseEnd(tokens, from, hi, false));
  if (raised !== undefined) return raised && { ...raised, content: trimRange(tokens, raised.content[0], raised.content[1]) };
  const passive = passiveAt(tokens, k, lo, hi, (from) => clauseEnd(tokens, from, hi, true)) ?? hearsayAt(tokens, k, hi, (from) => clauseEnd(tokens, from, hi, false));
  if (passive) return { ...passive, content: trimRange(tokens, passive.content[0], passive.content[1]) };
  const target = targetAt(tokens, k, left, hi) ?? receptionAt(tokens, k, left, hi);
  if (target) return target;
  const cue = cueAt(tokens, k, lo, hi, scope.titleCase);
  if (!cue || cue.lemma === 'continue') return null;
  // "The levy's effects are worrying, Okafor said.": a form in -ing after "be" and before a comma is an adjective.
  if (cue.first === cue.last && tokens[k]!.lower.endsWith('ing') && COPULA_FORMS.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower === ',' && !/^["“‘']/.test(tokens[k + 2]?.lower ?? '')) return null;
  // "Asked whether …, Haddad said": the question is attributed, its asker unnamed.
  // "When asked by a reporter whether …": the asker is named after "by".
  if (cue.lemma === 'ask' && tokens[k]!.lower === 'asked' && ASKED_OPENERS.has(cue.first === lo ? '' : tokens[cue.first - 1]!.lower)) {
    const asker = tokens[cue.last + 1]?.lower === 'by' ? phraseStartingAt(tokens, cue.last + 2, hi) : null;
    const from = asker ? asker[1] + 1 : cue.last + 1;
    const content = trimRange(tokens, from, clauseEnd(tokens, from, hi, true));
    return content ? { cue, speaker: asker, channel: null, content } : null;
  }
  if (cue.lemma === 'according to') return accordingTo(tokens, cue, hi, left);
  const frame = skipFrame(tokens, cue.last + 1, hi, cue.lemma);
  // "said that according to its count, …": after "that" the source is inside the clause.
  const rightEmpty = onlySourceLeft(tokens, frame.next, hi) && !(tokens[frame.next - 1]?.lower === 'that' && accordingToAt(tokens, frame.next));
  const inverted = invertedSpeaker(tokens, cue, hi, left);
  if (inverted) return inverted;
  // "After saying he was nervous, the man left": the subject after the opening clause.
  const opening = inherited ? null : gerundOpening(tokens, cue.first, lo, hi);
  if (opening) {
    const content = trimRange(tokens, frame.next, opening.comma - 1);
    return content ? { cue, speaker: opening.speaker, channel: frame.channel, content } : null;
  }
  // "Okafor took to the radio to say that …": the subject of the clause speaks.
  if (cue.purpose) {
    const speaker = inherited ?? sentenceSubject(tokens, scope.wall(k), cue.first - 1);
    const content = rightEmpty ? null : trimRange(tokens, frame.next, clauseEnd(tokens, frame.next, hi, false));
    return speaker && content ? { cue, speaker, channel: frame.channel, content } : null;
  }
  const before = skipBackToSpeaker(tokens, cue.first - 1, scope.wall(k));
  const prev = tokens[before];
  // "Haddad hit back and said …", "…, saying …", "… by touting …": the sentence's subject speaks.
  // `…was “overblown,” adding …`: the comma may sit inside the closing mark.
  // "…, quickly reminding viewers …": adverbs may stand between the comma and the participle.
  const participle = tokens[k]!.lower.endsWith('ing') && onlyAdverbs(tokens, before + 1, cue.first) && (endsWithComma(tokens, before) || GERUND_PREPOSITIONS.has(prev?.lower ?? '') || GERUND_FOR_FROM.has(prev?.lower ?? ''));
  if (before >= lo && (COORDINATORS.has(prev!.lower) || participle)) {
    const content = rightEmpty ? null : trimRange(tokens, frame.next, clauseEnd(tokens, frame.next, hi, false));
    return content ? { cue, speaker: inherited ?? nearestSubject(tokens, lo, before - 1), channel: frame.channel, content } : null;
  }
  const perceived = tokens[k]!.lower.endsWith('ing') ? perceivedSpeaker(tokens, cue.first, scope.wall(k)) : null;
  const finite = !tokens[k]!.lower.endsWith('ing') && SPEECH_LEMMAS.has(cue.lemma);
  const phrase = perceived ?? relativeThat(tokens, before, cue.first, scope.wall(k)) ?? whoClause(tokens, before, scope.wall(k)) ?? (finite ? phraseWithParticiple(tokens, before, scope.wall(k)) : null) ?? speakerEndingAt(tokens, before, scope.wall(k)) ?? (before >= lo ? phraseWithRelativeClause(tokens, before, scope.wall(k)) : null);
  const speaker = phrase && !perceived && tokens[k]!.lower.endsWith('ing') ? (authorOfDocument(tokens, phrase, scope.wall(k)) ?? phrase) : phrase;
  if (!speaker || (cue.weak && !rightEmpty && !namesEvidence(tokens, speaker))) return null;
  // "The time posted on our pages is local time": a time or a date says nothing.
  if (speaker[1] === speaker[0] + 1 && tokens[speaker[0]]!.lower === 'the' && !tokens[speaker[1]]!.isCapital && NOT_SPEAKER_HEADS.has(tokens[speaker[1]]!.lower)) return null;
  // "a group called Hamas", "an unprompted call for …": an indefinite noun phrase is not calling
  // ("A reporter called it “chaos”" is: an object pronoun follows).
  if (cue.lemma === 'call' && /^an?$/.test(tokens[speaker[0]]!.lower) && !OBJECT_PRONOUNS.has(tokens[cue.last + 1]?.lower ?? '')) return null;
  // "speak" only anchors a speaker ("Haddad spoke on Friday."); "spoke about" is a phrase cue.
  if (cue.lemma === 'speak') return speakAbout(tokens, cue, speaker, hi) ?? { cue, speaker, channel: frame.channel, content: null };
  const found = withSpeaker(tokens, cue, speaker, frame, rightEmpty, left, hi);
  // "In a message posted Friday, Okafor said …": a participle after the object of an opening
  // preposition describes that noun, and the clause after the comma is not its content.
  const described = cue.lemma !== 'say' && /(?:ed|en)$/.test(tokens[cue.first]!.lower) && OPENING_PREPOSITIONS.has(tokens[speaker[0] - 1]?.lower ?? '');
  if (described && found.content && tokens[found.content[0] - 1]?.lower === ',') return null;
  // "could not resist pointing out", "Keeps saying", "together vowed": no noun heads the
  // phrase before the cue, so the speaker stays unnamed (the cue and its clause still count).
  if (speaker[0] === speaker[1] && headsNoPhrase(tokens[speaker[1]]!)) return { ...found, speaker: reducedRelative(tokens, speaker[0], scope.wall(k)) };
  return found;
}

const NOT_HEADS = new Set(['together', 'away', 'little', 'much', 'also', 'again', 'back', 'out', 'up', 'down', 'off']);

/** A word that is no noun phrase on its own: a participle, an adverb, a particle. */
function headsNoPhrase(t: Token): boolean {
  if (t.isCapital || !t.isWord) return false;
  return /(?:ing|ed)$/.test(t.lower) || isAdverb(t) || NOT_HEADS.has(t.lower);
}

/** Cue and speaker found: the content is the clause after the cue, or the one before it. */
function withSpeaker(tokens: readonly Token[], cue: Cue, speaker: Range, frame: Frame, rightEmpty: boolean, left: number, hi: number): Attribution {
  const ahead = tokens[speaker[0] - 1];
  // "a levy (which Okafor also supports)", "the plan that she fears.": in an object relative
  // clause with nothing after the verb, the relative word stands for the content.
  if (ahead && OBJECT_RELATIVES.has(ahead.lower) && speaker[0] - 1 >= left && gapFollows(tokens, frame.next, hi, ahead.lower !== 'that')) {
    return { cue, speaker, channel: frame.channel, content: [speaker[0] - 1, speaker[0] - 1] };
  }
  const separated = speaker[0] === left || (!!ahead && SEPARATORS.has(ahead.lower));
  if (rightEmpty && !separated) {
    // "…, people close to Clinton say.": the speaker runs back to the comma.
    const comma = commaBefore(tokens, speaker[0], left);
    if (comma >= 0) return { cue, speaker: [comma + 1, speaker[1]], channel: frame.channel, content: trimRange(tokens, left, comma - 1) };
  }
  const leftContent = separated && !openingAdjunct(tokens, left, speaker[0] - 1) ? trimRange(tokens, left, speaker[0] - 1) : null;
  // With nothing after it ("Haddad said on Friday.") the speaker still anchors the next quote.
  if (rightEmpty) return { cue, speaker, channel: frame.channel, content: leftContent };
  // "…, a Republican who voted for Reyes, said …": a relative clause with a cue not of saying ends at its comma.
  // "The levy, which Okafor called fair, passed": an object relative clause ends at its comma too.
  const objectRelative = /^(?:which|whom)$/.test(ahead?.lower ?? '') && tokens[speaker[0] - 2]?.lower === ',';
  // "The families, many of whom say …, met": a relative clause ends at its comma.
  const ofWhom = tokens[speaker[1]]!.lower === 'whom' && ahead?.lower === ',';
  const relative = objectRelative || ofWhom || (/^(?:who|which)$/.test(tokens[speaker[0]]!.lower) && (ahead?.lower === ',' || (speaker[0] === speaker[1] && !SPEECH_LEMMAS.has(cue.lemma))));
  // "Victory is vital, he said after the meeting, because …": the clause before the speaker.
  if (leftContent && !/^(?:who|which)$/.test(tokens[speaker[0]]!.lower) && adjunctFollows(tokens, cue, frame, leftContent, ahead)) return { cue, speaker, channel: frame.channel, content: leftContent };
  // "Talks have begun, Reyes announced on Friday, emphasizing that …": the participle after the
  // comma is a cue of its own; the announcement is the clause before the speaker.
  // "Reyes responded on Friday by saying …": one attribution whose cue runs to the gerund.
  const afterComma = tokens[frame.next - 1]?.lower === ',';
  if (!afterComma && tokens[frame.next - 1]?.lower !== 'that' && gerundOfSpeechAt(tokens, frame.next)) {
    const inner = skipFrame(tokens, frame.next + 2, hi, CUE_LEMMA.get(tokens[frame.next + 1]!.lower)!);
    const content = trimRange(tokens, inner.next, clauseEnd(tokens, inner.next, hi, false));
    if (content) return { cue: { ...cue, last: frame.next + 1 }, speaker, channel: frame.channel ?? inner.channel, content };
  }
  const following = tokens[frame.next];
  if (afterComma && ((following && following.lower.endsWith('ing') && CUE_LEMMA.has(following.lower)) || gerundOfSpeechAt(tokens, frame.next))) {
    if (leftContent && ahead?.lower === ',') return { cue, speaker, channel: frame.channel, content: leftContent };
    // "On Friday, Haddad hit back, saying …": the participle's clause is its own.
    if (!leftContent) return { cue, speaker, channel: frame.channel, content: null };
  }
  const end = clauseEnd(tokens, frame.next, hi, relative || openingSubordinate(tokens, left, cue.first));
  // "An official who relayed the exchange said …": a relative clause ends before the main verb.
  // "An aide who worked there and who asked not to be named said …": also a second relative clause.
  const inRelative = /^(?:who|which|that)$/.test(tokens[speaker[0]]!.lower) || tokens[speaker[1]]!.lower === 'who';
  // "Farmers opposing the levy said they would march": a participle right after a noun describes it,
  // and its clause ends before the sentence's verb of saying.
  const reduced = !inRelative && describingParticiple(tokens, cue.first);
  const rightContent = trimRange(tokens, frame.next, inRelative || reduced ? mainSayingBefore(tokens, frame.next, end, reduced) : end);
  // "The deal is off, he said, on condition of anonymity": the clause before the speaker,
  // unless it is a mere fragment ("The deal, he said, is off").
  if (leftContent && rightContent && ahead?.lower === ',' && tokens[cue.last + 1]?.lower === ',') {
    return { cue, speaker, channel: frame.channel, content: leftContent[1] - leftContent[0] >= 3 ? leftContent : longer(leftContent, rightContent) };
  }
  return { cue, speaker, channel: frame.channel, content: rightContent };
}

const PREPOSITIONS = new Set(['in', 'of', 'at', 'for', 'from', 'with']);

/**
 * The token before the first finite verb of saying after a noun in [from, end] ("the exchange
 * said"), or `end`: after a relative clause's object that verb is the sentence's main verb.
 */
function mainSayingBefore(tokens: readonly Token[], from: number, end: number, overAuxiliaries = false): number {
  // Words only: a restrictive clause has no comma, and a colon or dash opens another clause.
  for (let k = from + 1; k < end && tokens[k]!.isWord; k++) {
    const t = tokens[k]!;
    if (t.lower.endsWith('ing') || !SPEECH_LEMMAS.has(CUE_LEMMA.get(t.lower) ?? '') || !isVerbCue(t)) continue;
    // "Farmers backing the bill have also said …": the verb group may open with auxiliaries.
    let j = k - 1;
    if (overAuxiliaries) while (j > from && isBetween(tokens[j]!)) j--;
    const prev = tokens[j]!;
    // "Trump's proposed cuts": after a possessive the form is an adjective.
    if (overAuxiliaries && /['’]s$/.test(prev.lower)) continue;
    // Not after a preposition, a conjunction or an auxiliary ("is in decline", "when asked"), nor a subject of its own.
    if (!isBetween(prev) && !PHRASE_BREAKERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && !SUBJECT_PRONOUNS.has(prev.lower)) return j;
  }
  return end;
}

// Between "spoke" and "of/about": "spoke favorably of", "speak with admiration of", "spoke briefly about".
const MAX_SPEAK_GAP = 3;

/** "Okafor spoke warmly of the mill": a manner between the verb and its topic; the topic is the content. */
function speakAbout(tokens: readonly Token[], cue: Cue, speaker: Range, hi: number): Attribution | null {
  let j = cue.last + 1;
  if (tokens[j]?.lower === 'with' && tokens[j + 1]?.isWord && !tokens[j + 1]!.isCapital) j += 2;
  while (j <= hi && j - cue.last <= MAX_SPEAK_GAP && isAdverb(tokens[j]!)) j++;
  if (j === cue.last + 1 || !/^(?:of|about)$/.test(tokens[j]?.lower ?? '')) return null;
  const content = trimRange(tokens, j + 1, clauseEnd(tokens, j + 1, hi, true));
  return content ? { cue: { ...cue, last: j, lemma: 'speak about' }, speaker, channel: null, content } : null;
}

const OBJECT_RELATIVES = new Set(['which', 'whom', 'that', 'what']);
const GAP_ENDS = new Set([',', ')', '—', '–', '-', ';', '.', '!', '?']);

/** Nothing after the verb up to the clause end: its object is the relative word before its subject. */
function gapFollows(tokens: readonly Token[], from: number, hi: number, wh: boolean): boolean {
  // After "what"/"which" (never "that" as a conjunction) a coordinator starts another clause: "what she wants and …".
  return from > hi || GAP_ENDS.has(tokens[from]!.lower) || (wh && /^(?:and|but)$/.test(tokens[from]!.lower));
}

/** A clause of four words or more, a comma, then speaker, cue and an adjunct ("after the meeting"), no "that" between. */
function adjunctFollows(tokens: readonly Token[], cue: Cue, frame: Frame, leftContent: Range, ahead: Token | undefined): boolean {
  if (ahead?.lower !== ',' || leftContent[1] - leftContent[0] < 3 || tokens[cue.last]!.lower.endsWith('ing')) return false;
  if (OPENING_PREPOSITIONS.has(tokens[leftContent[0]]!.lower) || tokens[frame.next - 1]?.lower === 'that') return false;
  return ADJUNCT_OPENERS.has(tokens[frame.next]?.lower ?? '');
}
