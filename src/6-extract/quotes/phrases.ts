// Speaker phrases found by word class, not by a parser: walk outwards from the
// cue while tokens can belong to a noun phrase ("Israel's prime minister", "a spokesman for
// the ministry") and stop at verbs, conjunctions, clause openers and punctuation.
import type { Token } from './tokens.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { NEEDS_THAT, NOUN_HOMOGRAPHS } from './model/cue-rules.js';
import { ROLE_WORDS } from '../entities/model/titles.js';
import {
  AGO_WORDS, BETWEEN_SPEAKER_AND_CUE, CLAUSE_OPENERS, COPULAS, DEGREE_WORDS, FLOATING_QUANTIFIERS, DETERMINERS, EVIDENCE_NOUNS, LINKING_PREPOSITIONS, LY_WORDS, NOT_SPEAKERS, PHRASE_BREAKERS,
  QUANTIFIER_HEADS, SUBJECT_PRONOUNS, TIME_LEADS, TIME_WORDS,
} from './model/words.js';

/** Inclusive token indices [first, last]. */
export type Range = [number, number];

const MAX_PHRASE = 10;

/** A word that cannot sit inside a speaker phrase: "was", "and", "that", "also", "Friday", "warned". */
export function breaks(t: Token, prev?: Token): boolean {
  const w = t.lower;
  if (t.isCapital && prev?.isWord && !prev.isCapital) return false; // a name mid-sentence: "which Will claims"
  if (t.isAcronym) return false; // "US", "IT"
  if (w.endsWith("n't") || isAdverb(t)) return true;
  if (PHRASE_BREAKERS.has(w) || BETWEEN_SPEAKER_AND_CUE.has(w) || TIME_WORDS.has(w) || CLAUSE_OPENERS.has(w)) return true;
  return !t.isCapital && CUE_LEMMA.has(w) && !NOUN_HOMOGRAPHS.has(w) && (w.endsWith('ed') || w.endsWith('ing'));
}

/** "recently", "widely", "publicly": an adverb, never part of a speaker phrase. */
export function isAdverb(t: Token): boolean {
  return !t.isCapital && isLyAdverb(t.lower);
}

/** A lower-cased word in "-ly" that is an adverb ("finally"), not "family" or "rally". */
export function isLyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !LY_WORDS.has(w);
}

/** "he", "they", "who"; not "one", not the acronym "IT". */
export function isPronoun(t: Token): boolean {
  return SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'one' && !t.isAcronym;
}

/** Can end (head) a noun phrase: a name, a noun, a number, a quantifier; not a pronoun. */
export function canHead(t: Token | undefined, prev?: Token): boolean {
  if (!t || !t.isWord || breaks(t, prev) || isPronoun(t)) return false;
  return !DETERMINERS.has(t.lower) || QUANTIFIER_HEADS.has(t.lower);
}

/** Adverbs and auxiliaries between a speaker and the cue: "has also", "is still", "repeatedly". */
export function isBetween(t: Token): boolean {
  // "can't", "didn't", "won't": a negated auxiliary.
  return !t.isCapital && (BETWEEN_SPEAKER_AND_CUE.has(t.lower) || isAdverb(t) || t.lower.endsWith("n't"));
}

/** Back from the cue over "has also", "on Friday", "last week": the index of the speaker's last token. */
export function skipBackToSpeaker(tokens: readonly Token[], j: number, floor: number): number {
  while (j >= floor) {
    const w = tokens[j]!.lower;
    if (isBetween(tokens[j]!) || floats(tokens, j, floor)) j--;
    else if (w === ')') {
      // "Sen. Ilan (R-Ohio) said": skip the bracket.
      let k = j - 1;
      while (k >= floor && j - k < 20 && tokens[k]!.lower !== '(') k--;
      if (k < floor || tokens[k]!.lower !== '(') break;
      j = k - 1;
    } else if (w === 'ago') {
      // "less than two weeks ago"
      const stop = j - 6;
      for (j--; j >= floor && j > stop && isAgoWord(tokens[j]!.lower); ) j--;
    } else if (j - 1 >= floor && ADVERB_PHRASES.has(`${tokens[j - 1]!.lower} ${w}`)) {
      j -= 2; // "critics have in particular noted"
    } else if (/^(?:1[89]|20)\d\d$/.test(w) && j - 1 >= floor && tokens[j - 1]!.lower === 'in') {
      j -= 2; // "who in 2010 said"
    } else if (TIME_WORDS.has(w)) {
      j--;
      if (j >= floor && TIME_LEADS.has(tokens[j]!.lower)) j--;
    } else break;
  }
  return j;
}

// Two-word adverbs between a speaker and the cue.
const ADVERB_PHRASES = new Set(['in particular', 'in fact', 'of course', 'at first', 'at least', 'in turn', 'for now', 'at times', 'in part', 'by now']);

/**
 * A quantifier that floats after its noun phrase ("Cruz and Rubio have both argued", "the ministers
 * all said") or a degree word after a copula ("he is most proud of"): neither is the speaker.
 * "Both said …", "Most agree …" at the start of a phrase stay speakers.
 */
function floats(tokens: readonly Token[], j: number, floor: number): boolean {
  const w = tokens[j]!.lower;
  const prev = j - 1 >= floor ? tokens[j - 1] : undefined;
  if (!prev?.isWord) return false;
  if (DEGREE_WORDS.has(w)) return COPULAS.has(prev.lower);
  return FLOATING_QUANTIFIERS.has(w) && (isBetween(prev) || canHead(prev, tokens[j - 2]) || prev.lower === 'they' || prev.lower === 'we');
}

function isAgoWord(w: string): boolean {
  return TIME_WORDS.has(w) || AGO_WORDS.has(w) || /^\d/.test(w) || (w.endsWith('s') && TIME_WORDS.has(w.slice(0, -1)));
}

/** The speaker phrase ending at token j: "he", "Yousef Haddad", "the army spokesman", "a spokesman for the ministry". */
export function phraseEndingAt(tokens: readonly Token[], j: number, floor: number): Range | null {
  const head = tokens[j];
  // "42% say": a percentage heads its phrase.
  if (head?.lower === '%' && j - 1 >= floor && /^\d/.test(tokens[j - 1]!.lower)) return [phraseEndingAt(tokens, j - 1, floor)?.[0] ?? j - 1, j];
  if (!head || j < floor || !head.isWord) return null;
  if (isPronoun(head)) return [j, j];
  // "most of them said", "two of us": a quantity of a group named by an object pronoun.
  // "a source close to him said", "people familiar with them": an object pronoun after a linking preposition.
  // ("a picture of him" is no group: "of" only before a plural.)
  const link = tokens[j - 1]?.lower ?? '';
  if (((/^(?:them|us|you|those|whom)$/.test(head.lower) && link === 'of') || (/^(?:them|us|him|her|me)$/.test(head.lower) && OBJECT_LINKS.has(link))) && j - 2 >= floor) {
    const part = phraseEndingAt(tokens, j - 2, floor);
    return part && !isPronoun(tokens[part[1]]!) ? [part[0], j] : null;
  }
  if (!canHead(head, tokens[j - 1])) return null;
  let first = j;
  for (let k = j - 1; k >= floor && j - k < MAX_PHRASE; k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) {
      first = k;
      // "the head of the agency": carry on over "of" when a noun stands before it.
      const prep = tokens[k - 1];
      if (k - 2 >= floor && prep && linksPhrase(prep, tokens[k - 2]!) && canHead(tokens[k - 2])) {
        first = k - 2;
        k -= 2;
        continue;
      }
      break;
    }
    if (k - 1 >= floor && linksPhrase(t, tokens[k - 1]!) && canHead(tokens[k - 1]) && tokens[k + 1]!.isCapital) {
      first = k - 1; // "officials in Washington", "the senator from Ohio"
      k--;
      continue;
    }
    if ((t.lower === '&' || (t.lower === '/' && tokens[k + 1]?.isCapital)) && tokens[k - 1]?.isCapital) continue; // "AT&T", "ABC News/Ipsos"
    if (t.lower === 'and' && tokens[k + 1]!.isCapital && tokens[k - 1]?.isCapital && head.isCapital) continue; // "Smith and Jones"
    // "That group was more likely to …": a capital "That" opening the sentence is a determiner.
    if (t.lower === 'that' && t.isCapital && k === floor && k < j) {
      first = k;
      break;
    }
    if (!t.isWord || breaks(t, tokens[k - 1]) || isPronoun(t)) break;
    first = k;
  }
  // Drop a dangling "and"/"&" at the front, and a preposition ("with aides saying …").
  while (first < j && (!tokens[first]!.isWord || LEADING_PREPOSITIONS.has(tokens[first]!.lower))) first++;
  return [first, j];
}

/** "the head of the agency", "a poll by the Harlow Institute": "by" links only after a noun of evidence. */
function linksPhrase(prep: Token, before: Token): boolean {
  // "aides to Okafor", "an adviser to the mayor": "to" after a role.
  return LINKING_PREPOSITIONS.has(prep.lower) || (prep.lower === 'by' && EVIDENCE_NOUNS.has(before.lower)) || (prep.lower === 'to' && ROLES_TO.test(before.lower));
}

const ROLES_TO = /^(?:aides?|advis[eo]rs?|counsel(?:l)?ors?|consultants?|envoys?|ambassadors?|heirs?|successors?|spokes(?:man|woman|person)|assistants?|deputy|deputies)$/;
const OBJECT_LINKS = new Set(['to', 'with', 'for']);
export const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'by', 'to', 'on', 'as', 'for', 'from', 'at', 'in', 'of']);

/** The phrase starting at token i: "said the official", "according to a US official", "told AFP". */
export function phraseStartingAt(tokens: readonly Token[], i: number, ceil: number): Range | null {
  const first = tokens[i];
  if (!first || i > ceil || !first.isWord) return null;
  if (isPronoun(first) && first.lower !== 'which') return [i, i];
  let last = -1;
  for (let k = i; k <= ceil && k - i < MAX_PHRASE; k++) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) {
      if (last >= 0 && !LINKING_PREPOSITIONS.has(tokens[k - 1]!.lower)) break; // "told reporters the deal …"
      continue;
    }
    if (LINKING_PREPOSITIONS.has(t.lower)) {
      const next = tokens[k + 1];
      // "some of his rivals", "many of them": a quantifier heads the phrase before "of".
      if (last < 0 && t.lower === 'of' && k > i && QUANTIFIER_HEADS.has(tokens[k - 1]!.lower)) last = k - 1;
      if (last < 0 || !next || k + 1 > ceil || !(next.isCapital || DETERMINERS.has(next.lower))) break;
      continue;
    }
    // "AT&T", "Okafor and Orlov", "a Herald/Varn Institute poll".
    if (t.lower === '&' || ((t.lower === 'and' || t.lower === '/') && tokens[k - 1]?.isCapital && tokens[k + 1]?.isCapital)) continue;
    if (!t.isWord || breaks(t, tokens[k - 1]) || isPronoun(t)) break;
    // "Haddad insisted" ends the phrase; "former Pennsylvania governor Ed Rendell" does not: a role before a name.
    if (last >= 0 && tokens[last]!.isCapital && !t.isCapital && k > i + 1 && !DETERMINERS.has(tokens[i]!.lower) && !(ROLE_WORDS.has(t.lower) && tokens[k + 1]?.isCapital)) break;
    last = k;
  }
  return last >= 0 ? [i, last] : null;
}

export function isPossessiveLink(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]!.lower.endsWith("'s") && tokens[k]!.isWord && !breaks(tokens[k]!);
}

// In a headline, these end the speaker and open a phrase of audience, place or topic: "Okafor to Farmers: …".
const HEADLINE_LINKS = new Set(['to', 'at']);
const MAX_HEADLINE_TAIL = 10;

/**
 * "Haddad:" / "Israel's Prime Minister:" opening a paragraph: a short run of capitals before a
 * colon; also "Okafor to Farmers:", "Former Mayor Reyes at Rally:", "Orlov on the Levy:", where
 * the speaker ends before the link word. The speaker and the colon, or null.
 */
export function titleSpeaker(tokens: readonly Token[], lo: number, hi: number): { speaker: Range; colon: number } | null {
  let end = -1;
  for (let k = lo; k <= hi && k - lo < (end < 0 ? 6 : end - lo + 2 + MAX_HEADLINE_TAIL); k++) {
    const t = tokens[k]!;
    if (t.lower === ':') return k > lo && k < hi ? { speaker: [lo, end < 0 ? k - 1 : end], colon: k } : null;
    // "Still to come:", "According to HuffPo:", "Fast-forward to 2016:" are no such headlines.
    if (end < 0 && k > lo && HEADLINE_LINKS.has(t.lower) && tokens[k + 1]?.isCapital && tokens[k - 1]!.lower !== 'according') {
      end = k - 1;
      continue;
    }
    if (end >= 0 && t.isWord) continue;
    if (!t.isWord || NOT_SPEAKERS.has(t.lower) || !(t.isCapital || (k > lo && (t.lower === 'of' || t.lower === '&')))) return null;
  }
  return null;
}

// How far back from the cue a relative clause's "who"/"that" is looked for, in tokens.
const RELATIVE_REACH = 10;

/** "organizations that have endorsed him (say)": a noun with its relative clause, ending at j. */
export function phraseWithRelativeClause(tokens: readonly Token[], j: number, floor: number): Range | null {
  // "…, said Tempel": a comma before the cue ends a clause, not a speaker.
  if (!tokens[j]?.isWord) return null;
  let limit = RELATIVE_REACH;
  for (let k = j - 1; k > floor && j - k < limit; k--) {
    const t = tokens[k]!;
    if (!t.isWord) return null;
    if (t.lower !== 'who' && t.lower !== 'that') continue;
    // "an aide who worked there and who asked not to be named (said)": a second clause joined by "and".
    if (t.lower === 'who' && tokens[k - 1]?.lower === 'and' && limit === RELATIVE_REACH) {
      limit = j - k + RELATIVE_REACH;
      continue;
    }
    const head = phraseEndingAt(tokens, k - 1, floor);
    return head && !isPronoun(tokens[head[1]]!) ? [head[0], j] : null;
  }
  return null;
}

/** "opposing" right after a noun ("Farmers opposing the levy"): a participle of stance describing it, not a verb of saying. */
export function describingParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!, prev = tokens[k - 1];
  const lemma = CUE_LEMMA.get(t.lower);
  if (!t.lower.endsWith('ing') || !lemma || SPEECH_LEMMAS.has(lemma) || NEEDS_THAT.has(lemma)) return false;
  return !!prev?.isWord && !isBetween(prev) && !PHRASE_BREAKERS.has(prev.lower) && !SUBJECT_PRONOUNS.has(prev.lower) && !LINKING_PREPOSITIONS.has(prev.lower);
}

/**
 * "Farmers opposing the levy (said)": a noun phrase with a participle of stance right after its
 * head, ending at j; null when no such participle is within reach.
 */
export function phraseWithParticiple(tokens: readonly Token[], j: number, floor: number): Range | null {
  if (!tokens[j]?.isWord) return null;
  for (let k = j - 1; k > floor && j - k < RELATIVE_REACH; k--) {
    const t = tokens[k]!;
    if (!t.isWord || PHRASE_BREAKERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return null;
    if (!describingParticiple(tokens, k)) continue;
    const head = phraseEndingAt(tokens, k - 1, floor);
    return head && !isPronoun(tokens[head[1]]!) ? [head[0], j] : null;
  }
  return null;
}
