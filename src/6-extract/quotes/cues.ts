// Attribution cues: "said", "according to", "voiced concern that", "seemed to suggest". Sample:
// in `Haddad told AFP on Friday that the deal was dead`, the cue is "told" (the frame words
// after it are skipped by frame.ts).
import type { Token } from './tokens.js';
import { isPossessive } from './tokens.js';
import { isBetween } from './phrases.js';
import { asFollows, viewedAs } from './judging.js';
import { lightCueAt, lightCueForms, mayStartLightCue } from './light.js';
import { declinesToSpeak, groupSubject, nounBeforePhrase, pointsAsUnit, rankedInfinitive, showingAsResult, votedWithoutStance } from './cue-senses.js';
import { phraseThenThat, thatFollows } from './frame.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { PHRASE_CUES } from './model/phrase-cues.js';
import { ATTITUDE_ADJECTIVES } from './model/adjectives.js';
import { AS_VERBS, NEEDS_THAT, NEEDS_THAT_UNLESS, NOUN_HOMOGRAPHS, PHRASAL_PARTICLES } from './model/cue-rules.js';
import { AUXILIARIES, NUMBER_WORDS, PREPOSITIONS } from './model/cue-context.js';
import { aspectStart } from './aspect.js';
import { CATENATIVES, CLAUSE_OPENERS, DEGREE_WORDS, DETERMINERS, EVIDENCE_NOUNS, FINITE_AUXILIARIES, QUANTIFIER_HEADS, SUBJECT_PRONOUNS } from './model/words.js';
import { passiveWithoutObject } from './passive-object.js';

/** Words opening a plain object of "add": a thing added, not words ("adds a night shift", "add more buses"). */
const ADDED_OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'new', 'more', 'another', 'extra', 'some', 'several']);

export interface Cue {
  first: number;
  last: number;
  lemma: string;
  /** A cue that needs "that" went without: good only after evidence ("the poll found") or last. */
  weak?: boolean;
  /** "took to Twitter to say …": an infinitive of purpose, whose speaker is the subject of its clause. */
  purpose?: boolean;
}

const PHRASE_FIRST_WORDS = new Set([...PHRASE_CUES.keys()].map((p) => p.split(' ')[0]!));
// Before a cue these make it a noun or an infinitive: "his claims", "wants to say", "of the report".
const NOT_BEFORE_VERB = new Set(['to', 'of', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'as']);
export const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'without', 'when', 'since', 'in']);
export const GERUND_FOR_FROM: ReadonlySet<string> = new Set(['for', 'from']);
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'get', 'got']);
const INDEFINITE = new Set(['a', 'an']);
const GAP_MODALS = new Set(['will', 'would', 'can', 'could', 'might', 'may', 'must', 'should']);
const ATTITUDE = new Set(ATTITUDE_ADJECTIVES);
// After these a form that is often a noun is the verb: "she fears", "they plan", "who claims".
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
const QUOTE_OR_BRACKET = /^["“”‘’'«»„(\[—–-]$/;

/** Every word a cue can start with (a cue form, a multi-word cue's first word, a light-verb noun), in one set. */
const CUE_STARTS = new Set<string>([...CUE_LEMMA.keys(), ...PHRASE_FIRST_WORDS, ...lightCueForms(), ...AS_VERBS.keys()]);

/** Cheap test before cueAt, asked of every word: the token is a cue form or opens a multi-word cue. */
export function mayStartCue(t: Token): boolean {
  return t.isWord && CUE_STARTS.has(t.lower);
}

/**
 * The cue starting at token k of the sentence [lo, hi], if any. `tail`: right after a quote and
 * its speaker (`“…,” Haddad notes.`), where a form that is often a noun is the verb.
 */
export function cueAt(tokens: readonly Token[], k: number, lo: number, hi: number, titleCase = false, tail = false): Cue | null {
  const t = tokens[k]!;
  if (!t.isWord) return null;
  const prev = k > lo ? tokens[k - 1] : undefined;
  // A capital is allowed only where a sentence, quote or clause after a colon starts ("According to …") or in a
  // title-case headline ("Haddad Says Talks Are Over").
  if (t.isCapital && prev && !QUOTE_OR_BRACKET.test(prev.lower) && prev.lower !== ':' && !(titleCase && !t.isAcronym)) return null;
  if (PHRASE_FIRST_WORDS.has(t.lower)) {
    for (let n = 5; n >= 2; n--) {
      if (k + n - 1 > hi) continue;
      let key = t.lower;
      for (let i = 1; i < n; i++) key += ' ' + tokens[k + i]!.lower;
      const lemma = PHRASE_CUES.get(key);
      // "an ad focused on immigration": after a plain noun the participle describes it.
      if (lemma === 'focus on' && t.lower === 'focused' && describesNoun(prev)) return null;
      if (lemma && !(prev && isNounContext(prev)) && !nounBeforePhrase(prev, t) && !pointsAsUnit(prev, t)) {
        // "has continued to push for": a catenative before "to" joins the phrase; other "to"s make it an infinitive.
        // "began talking about", "spent the debate talking about": a verb of phase or of spending time joins the cue.
        const aspect = t.lower.endsWith('ing') ? aspectStart(tokens, k, lo) : -1;
        const first = lemma === 'according to' ? k : aspect >= 0 ? aspect : chainedStart(tokens, k, lo);
        return first < 0 ? null : { first, last: k + n - 1, lemma };
      }
    }
  }
  // "is not sure she can win", "were convinced the plan would fail": an adjective of attitude
  // after a form of "be" opens a clause without "that" too.
  if (ATTITUDE.has(t.lower) && prev && (isBetween(prev) || DEGREE_WORDS.has(prev.lower)) && (subjectFollows(tokens, k + 1) || nounClauseFollows(tokens, k + 1, hi))) {
    return { first: k, last: k, lemma: `be ${t.lower}` };
  }
  // "voiced concern that", "took issue with": a light verb and its noun.
  const light = mayStartLightCue(t) && !(prev && isNounContext(prev)) ? lightCueAt(tokens, k, hi) : null;
  if (light) {
    // "was quick to express concern": after "to" only as part of a chain.
    const first = chainedStart(tokens, k, lo);
    return first < 0 ? null : { first, last: light.last, lemma: light.lemma };
  }
  const lemma = CUE_LEMMA.get(t.lower) ?? (AS_VERBS.has(t.lower) && asFollows(tokens, k + 1, hi) ? AS_VERBS.get(t.lower) : undefined);
  if (!lemma) return null;
  // "by touting", "after saying"; "criticized for saying that", "aside from saying he …": a gerund of speech before its clause.
  const after = k < hi ? tokens[k + 1] : undefined;
  const gerund = !!prev && t.lower.endsWith('ing') && (GERUND_PREPOSITIONS.has(prev.lower) || (GERUND_FOR_FROM.has(prev.lower) && SPEECH_LEMMAS.has(lemma) && !!after && (after.lower === 'that' || subjectFollows(tokens, k + 1))));
  const chain = prev?.lower === 'to' ? chainStart(tokens, k - 1, lo) : -1; // "are more likely to say"
  // "many believe", "most said": a quantifier standing alone is the speaker, unless the form is usually a noun ("some claims").
  const quantified = !!prev && QUANTIFIER_HEADS.has(prev.lower) && (!NOUN_HOMOGRAPHS.has(t.lower) || (/^views?$/.test(t.lower) && viewedAs(tokens, k, hi))) && !(t.lower.endsWith('ed') && after?.isWord && !opensClause(after));
  // "the first member of the council to endorse Okafor": the ranked noun's act, its speaker the clause's subject.
  const purpose = prev?.lower === 'to' && chain < 0 && !!after && ((SPEECH_LEMMAS.has(lemma) && !NOUN_HOMOGRAPHS.has(t.lower) && opensContent(tokens, k + 1)) || (lemma !== 'speak' && after.isWord && rankedInfinitive(tokens, k - 1, lo)));
  if (prev && ((isNounContext(prev) && !quantified) || (NOT_BEFORE_VERB.has(prev.lower) && !gerund && chain < 0 && !purpose))) return null;
  if (prev && PASSIVE_AUXILIARIES.has(prev.lower) && !t.lower.endsWith('ing')) return null;
  // "what's called regenerative medicine": the contracted "is" of a naming passive.
  if (t.lower === 'called' && /^(?:what|that|it)'s$/.test(prev?.lower ?? '')) return null;
  const next = k < hi ? tokens[k + 1] : undefined;
  if (next && PHRASAL_PARTICLES.get(lemma)?.has(next.lower)) return null;
  // "went on trial, accused of fraud", "was fined and ordered to repay": passive, no one speaks (passive-object.ts).
  if (passiveWithoutObject(t.lower, next?.lower)) return null;
  // Last in its sentence after a comma's clause, or set off by commas, such a form is the verb:
  // "…, the polls show.", "…, records show, and …"
  // After a modal or "has/have/had" it is the verb too: "would support", "has supported".
  // "a News report which said …": "which" follows a noun, never such a verb.
  // Before a comma or colon and a quotation mark it is the verb: `He adds, “…”`, `It reads: “…”`.
  // "many view the levy as a tax": with its object and "as" after it, "view" is the verb.
  const viewsAs = lemma === 'view' && viewedAs(tokens, k, hi);
  // "a move the mayor hopes will end the feud": a modal right after a verb of hope or fear opens the clause whose
  // subject is the gap (not "the report will", "the attack would": nouns of other kinds head a subject).
  const gapped = !!next && GAP_MODALS.has(next.lower) && !!prev?.isWord && /^(?:hope|fear|doubt|suspect)s?$/.test(t.lower);
  if (NOUN_HOMOGRAPHS.has(t.lower) && !viewsAs && !tail && !gapped && !PERSONAL_SUBJECTS.has(prev?.lower ?? '') && !evidenceSubject(prev, t, lemma, k - 1 === lo) && !groupSubject(prev, t, next) && !opensQuote(tokens, k + 1) && !(next && opensClause(next) && next.lower !== 'which') && !((endsSentence(tokens, k + 1, hi) || (next?.lower === ',' && !afterPreposition(tokens, k, lo))) && closesClause(tokens, k, lo)) && !afterAuxiliary(tokens, k, lo)) return null;
  // "appeared in court to answer charges that he took bribes": after "to" and a verb, such a form is its object.
  if (NOUN_HOMOGRAPHS.has(t.lower) && k - 2 >= lo && tokens[k - 2]!.lower === 'to' && prev?.isWord && !prev.isCapital && !prev.lower.endsWith('ly')) return null;
  // "44 emails", "dozens of emails": after a number a plural form is a noun.
  if (NOUN_HOMOGRAPHS.has(t.lower) && t.lower.endsWith('s') && prev && (/\d$/.test(prev.lower) || NUMBER_WORDS.has(prev.lower))) return null;
  // "a brief note to readers", "a new report that": after "a/an" and one word, a bare form is a
  // noun (a verb there would need its -s: "a spokesman notes").
  if (NOUN_HOMOGRAPHS.has(t.lower) && !t.lower.endsWith('s') && k - 2 >= lo && INDEFINITE.has(tokens[k - 2]!.lower)) return null;
  // "declined to comment", "declined a question"; not "sales declined 4 percent", "the rate would decline by".
  if (lemma === 'decline' && !declinesToSpeak(tokens, k + 1)) return null;
  // "The new menus add two dishes", "the plan adds a night shift": adding a thing, not words.
  if (lemma === 'add' && /^adds?$/.test(t.lower) && next && (/^\d/.test(next.lower) || NUMBER_WORDS.has(next.lower) || ADDED_OBJECT_OPENERS.has(next.lower))) return null;
  if (showingAsResult(prev, t) || votedWithoutStance(tokens, k)) return null;
  // "It's worth noting that …": the writer's aside, no one's words.
  if (prev?.lower === 'worth' && t.lower.endsWith('ing')) return null;
  // "called into a radio show": to phone, not to name ("called into question" is a cue).
  if (lemma === 'call' && next?.lower === 'into' && !/^(?:question|doubt)$/.test(tokens[k + 2]?.lower ?? '')) return null;
  // "plans to vote": an intention only with its infinitive; not "a rally planned for Thursday", "planning a referendum".
  if (lemma === 'plan' && next?.lower !== 'to') return null;
  // "Having said that, …": a discourse marker, no one's words.
  if (t.lower === 'said' && prev?.lower === 'having' && /^(?:that|this)$/.test(next?.lower ?? '') && tokens[k + 2]?.lower === ',') return null;
  // "easier said than done": an idiom.
  if (t.lower === 'said' && next?.lower === 'than' && tokens[k + 2]?.lower === 'done') return null;
  // "a request seeking comment", "governors seeking to stem his rise": after a plain noun the participle describes it.
  if (t.lower === 'seeking' && describesNoun(prev)) return null;
  const weak = NEEDS_THAT.has(lemma) && !NEEDS_THAT_UNLESS.get(lemma)?.has(next?.lower ?? '') && !thatFollows(tokens, k + 1, Math.min(hi, k + 4)) && phraseThenThat(tokens, k + 1, hi) < 0 && !subjectFollows(tokens, k + 1) && !nounClauseFollows(tokens, k + 1, hi) && !(next?.lower === ',' && asClauseOpens(tokens, k, lo));
  // "has lately started asking", "have all but stopped confirming", "spent the week attacking": a verb of phase or of spending time before a gerund joins the cue.
  const phase = t.lower.endsWith('ing') ? aspectStart(tokens, k, lo) : -1;
  const first = chain >= 0 ? chain : phase >= 0 ? phase : k;
  if (purpose) return phraseEndsAt(tokens, k, lo, hi) ? null : { first, last: k, lemma, purpose };
  return weak ? { first, last: k, lemma, weak } : { first, last: k, lemma };
}

/** "went on to say": a multi-word cue that ends at k (then that phrase is the cue, not the infinitive). */
function phraseEndsAt(tokens: readonly Token[], k: number, lo: number, hi: number): boolean {
  for (let j = Math.max(lo, k - 4); j < k - 1; j++) if (PHRASE_FIRST_WORDS.has(tokens[j]!.lower) && cueAt(tokens, j, lo, hi)?.last === k) return true;
  return false;
}

/** What opens reported content right after a verb: "that", a colon, a quotation mark, a subject pronoun. */
function opensContent(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (w === ',' || w === ':') return /^["“‘']$/.test(tokens[k + 1]?.lower ?? '') || w === ':';
  return w === 'that' || /^["“‘']$/.test(w) || (SUBJECT_PRONOUNS.has(w) && w !== 'who' && w !== 'which');
}

/**
 * "seemed to suggest", "are slightly more likely to say", "is set to announce": a verb or
 * adjective taking "to" before the cue joins it. The chain's first token (auxiliaries and
 * adverbs before the catenative included), or -1.
 */
/**
 * Where a multi-word cue starting at k begins: k itself, or with "to" before it the start of its
 * chain ("has continued to push for"); -1 for a bare infinitive ("met to focus on").
 */
function chainedStart(tokens: readonly Token[], k: number, lo: number): number {
  return k > lo && tokens[k - 1]!.lower === 'to' ? chainStart(tokens, k - 1, lo) : k;
}

// How far back "as" may open the clause of its cue: "as Dana Orlov of the Dunmore Herald observed,".
const AS_CLAUSE_REACH = 10;

/** "As Orlov observed, …": the cue at k closes a clause opened by "as" (first in its sentence or after a comma). */
function asClauseOpens(tokens: readonly Token[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && k - j <= AS_CLAUSE_REACH; j--) {
    const t = tokens[j]!;
    if (t.lower === 'as') return j === lo || tokens[j - 1]!.lower === ',';
    if (!t.isWord && t.lower !== '.') return false;
  }
  return false;
}

/** A plain lower-case noun right before a participle, which then describes it ("a request seeking comment"). */
function describesNoun(prev: Token | undefined): boolean {
  return !!prev?.isWord && !prev.isCapital && !isBetween(prev) && !SUBJECT_PRONOUNS.has(prev.lower) && !GERUND_PREPOSITIONS.has(prev.lower) && !PASSIVE_AUXILIARIES.has(prev.lower);
}

function chainStart(tokens: readonly Token[], to: number, lo: number): number {
  let j = to - 1;
  if (j < lo || !CATENATIVES.has(tokens[j]!.lower)) return -1;
  while (j - 1 >= lo && (isBetween(tokens[j - 1]!) || DEGREE_WORDS.has(tokens[j - 1]!.lower))) j--;
  return j;
}

/** A modal or perfect auxiliary right before k, past adverbs ("has doubts", "had plans" count too) ("would also support", "has long supported"). */
function afterAuxiliary(tokens: readonly Token[], k: number, lo: number): boolean {
  // "Okafor is warning voters that …": a form in -ing after a form of "be" is the progressive.
  const progressive = tokens[k]!.lower.endsWith('ing');
  let j = k - 1;
  while (j >= lo && !isHelper(tokens[j]!.lower, progressive) && isBetween(tokens[j]!) && k - j <= 3) j--;
  return j >= lo && isHelper(tokens[j]!.lower, progressive);
}
function isHelper(w: string, progressive: boolean): boolean {
  return AUXILIARIES.has(w) || (progressive && PROGRESSIVE.has(w));
}
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'am', "'s", "’s", "'re", "’re"]);

/** Only punctuation from `from` to the sentence end. */
function endsSentence(tokens: readonly Token[], from: number, hi: number): boolean {
  for (let j = from; j <= hi; j++) if (tokens[j]!.isWord) return false;
  return true;
}

/**
 * "…, the latest polls show.", "…, the Dunmore Herald reports.": a name or a noun of evidence
 * right before, a comma at most five words before, with only words between.
 */
function closesClause(tokens: readonly Token[], k: number, lo: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || !((prev.isCapital && !prev.isAcronym) || EVIDENCE_NOUNS.has(prev.lower))) return false;
  for (let j = k - 1; j >= lo && k - j <= 6; j--) {
    if (tokens[j]!.lower === ',') return j < k - 1;
    if (!tokens[j]!.isWord) return false;
  }
  return false;
}

/** "…, per the McKinley plan, is …": the phrase since the last comma opens with a preposition. */
function afterPreposition(tokens: readonly Token[], k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && k - j <= 6; j--) if (tokens[j]!.lower === ',') return PREPOSITIONS.has(tokens[j + 1]?.lower ?? '');
  return false;
}

/** A comma or colon and an opening quotation mark at k. */
function opensQuote(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]?.lower === ',' || tokens[k]?.lower === ':') && /^["“‘']$/.test(tokens[k + 1]?.lower ?? '');
}

/**
 * "polls show", "the survey found": after a noun of evidence, "show" and "find" are its verb;
 * the bare form only after a plural ("The poll show drew a crowd" is a noun compound).
 */
function evidenceSubject(prev: Token | undefined, t: Token, lemma: string, opensSentence: boolean): boolean {
  // "Polls show voters …": a capital only where the noun opens the sentence (no speaker named "Polls").
  if (!prev || (lemma !== 'show' && lemma !== 'find') || (prev.isCapital && !opensSentence) || !EVIDENCE_NOUNS.has(prev.lower)) return false;
  return t.lower !== lemma || prev.lower.endsWith('s') || prev.lower === 'data';
}

function isNounContext(prev: Token): boolean {
  // "That's according to …": a pronoun's "'s" is "is".
  // "He’s predicting …": a subject pronoun's "'s" is "is" or "has".
  return DETERMINERS.has(prev.lower) || (isPossessive(prev) && !/^(?:that|it|this|what|here|he|she|who|there|everyone|nobody|someone)['’]s$/.test(prev.lower));
}

/** What may follow a verb but rarely a noun: "plans to", "fears that", "claims he", "reports the". */
function opensClause(next: Token): boolean {
  const w = next.lower;
  return w === 'to' || w === ':' || CLAUSE_OPENERS.has(w) || SUBJECT_PRONOUNS.has(w) || DETERMINERS.has(w) || next.isCapital || QUOTE_OR_BRACKET.test(w);
}


// A subject right after the verb opens its clause without "that": "knows we must", "agreed there is".
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'there']);

/**
 * A subject opening a clause at k: "he", "they're", "we'll"; "you" and "it" only before an
 * auxiliary ("know you don't", not "know you well").
 */
function subjectFollows(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (CLAUSE_SUBJECTS.has(t.lower) || /^(?:he|she|they|we|i|you|there)'(?:s|re|m|ll|d|ve)$/.test(t.lower)) return true;
  const next = tokens[k + 1]?.lower ?? '';
  return (t.lower === 'you' || t.lower === 'it') && (FINITE_AUXILIARIES.has(next) || next.endsWith("n't"));
}

// How many words may stand between the cue and the verb of its clause: "found the United States was".
const SUBJECT_REACH = 5;

/** "found the council was wrong": a bare noun phrase and a finite verb open a clause. */
function nounClauseFollows(tokens: readonly Token[], from: number, hi: number): boolean {
  for (let k = from; k <= hi && k - from <= SUBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (FINITE_AUXILIARIES.has(t.lower)) return k > from;
    if (!t.isWord || CLAUSE_OPENERS.has(t.lower) || t.lower === 'who' || t.lower === 'which') return false;
  }
  return false;
}

export { type Frame, channelAt, skipFrame } from './frame.js';
