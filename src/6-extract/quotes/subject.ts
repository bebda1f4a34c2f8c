// The subject that opens a sentence, for a participle cue ("Haddad hit back, saying …"): past
// opening phrases of place and time, a name's capitals, or a determiner's noun phrase up to its verb.
import type { Token } from './tokens.js';
import { CUE_LEMMA } from './model/verbs.js';
import { NOUN_HOMOGRAPHS } from './model/cue-rules.js';
import { AUDIENCE_NOUNS, CHANNEL_NOUNS, DOCUMENT_NOUNS } from './model/channels.js';
import { DETERMINERS, IRREGULAR_PAST, LINKING_PREPOSITIONS, TIME_LEADS, TIME_UNITS, TIME_WORDS } from './model/words.js';
import { breaks, canHead, isAdverb, isLyAdverb, isPossessiveLink, isPronoun, type Range } from './phrases.js';

/** "Haddad hit back, saying …" -> "Haddad". */
export function sentenceSubject(tokens: readonly Token[], lo: number, hi: number, from = lo): Range | null {
  let i = from;
  while (i <= hi && !tokens[i]!.isWord) i++;
  i = pastDateline(tokens, i, hi);
  // "But Trump went further, embracing …": a coordinator opening the sentence is no opening phrase.
  if (/^(?:and|but|so|yet|or)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower !== ',') i++;
  // "In an interview on Friday, Haddad hit back, saying …", "Weighing in, Haddad agreed, …": past the opening phrase.
  // "However, during the third meeting, the Varnian side reversed course, insisting …": past
  // each opening phrase (at most three), to its comma.
  for (let n = 0; n < 3; n++) {
    // "A few minutes later they reversed course": a span of time needs no comma.
    const span = relativeTimeEnd(tokens, i, hi);
    if (span > 0) {
      i = span + (tokens[span + 1]?.lower === ',' ? 2 : 1);
      continue;
    }
    // "Then he cut into Okafor, calling …", "On Tuesday she doubled down, …": no comma after the opener.
    const subject = subjectAfterOpener(tokens, i, hi);
    if (subject > i) {
      i = subject;
      break;
    }
    const opener = tokens[i];
    if (!opener || !(LINKING_PREPOSITIONS.has(opener.lower) || breaks(opener) || isAdverb(opener) || opensPhrase(tokens, i) || /(?:ing|ed)$/.test(opener.lower) || opensTimePhrase(tokens, i))) break;
    if (n > 0 && DETERMINERS.has(opener.lower)) break;
    while (i <= hi && tokens[i]!.lower !== ',') i++;
    i++;
    // "In Ames, Iowa, on Sunday, …", "in Green Bay, Wis., …": a state after its city belongs to the opening phrase.
    i = pastState(tokens, i, hi);
  }
  const first = tokens[i];
  if (!first || i > hi) return null;
  if (isPronoun(first)) return [i, i];
  // "…, former Gov. Dana Orlov agreed, praising …": lower-case words of a title before the name.
  const titled = first.isCapital ? -1 : titledName(tokens, i, hi);
  if (titled > i) return [i, capitalsFrom(tokens, titled, hi)[1]];
  if (breaks(first) || !(first.isCapital || (i > lo && DETERMINERS.has(first.lower)))) return null;
  // "The ministry hit back": a determiner takes the words up to the verb; "The Foreign Ministry" the capitals.
  if (DETERMINERS.has(first.lower) && tokens[i + 1] && !tokens[i + 1]!.isCapital) return determinerPhrase(tokens, i, hi);
  const last = capitalsFrom(tokens, i, hi)[1];
  // "Clinton’s right-hand woman rallied …": after a possessive the noun phrase runs on to its verb.
  const owner = tokens[last - 1]?.lower.endsWith("'s") ? last - 1 : tokens[last]!.lower.endsWith("'s") ? last : -1;
  if (owner >= i) {
    const phrase = determinerPhrase(tokens, owner, hi, i);
    if (phrase && phrase[1] > last) return phrase;
  }
  // "The Varnian side reversed course": one capitalised word after the determiner is an adjective of its noun.
  if (DETERMINERS.has(first.lower) && last === i + 1) return determinerPhrase(tokens, i + 1, hi, i);
  return [i, last];
}

/** Past "Iowa," or "Wis.," at i when a capitalised place ends the phrase before its comma; else i. */
function pastState(tokens: readonly Token[], i: number, hi: number): number {
  const t = tokens[i];
  if (!t?.isCapital || !tokens[i - 2]?.isCapital) return i;
  const comma = tokens[i + 1]?.lower === '.' ? i + 2 : i + 1;
  return comma < hi && tokens[comma]!.lower === ',' && !isPronoun(t) ? comma + 1 : i;
}

/**
 * The index of a pronoun subject right after a one-word adverb ("Then he …") or a short time
 * phrase with no comma ("On Tuesday she …", "Last week they …") opening at i; else i.
 */
export function subjectAfterOpener(tokens: readonly Token[], i: number, hi: number): number {
  const t = tokens[i];
  if (!t?.isWord || i + 1 > hi) return i;
  if ((OPENING_ADVERBS.has(t.lower) || isLyAdverb(t.lower)) && isPronoun(tokens[i + 1]!)) return i + 1;
  if (!(TIME_LEADS.has(t.lower) || TIME_WORDS.has(t.lower))) return i;
  let k = i + 1;
  while (k <= hi && k - i <= 3 && (TIME_WORDS.has(tokens[k]!.lower) || /^\d{1,2}$/.test(tokens[k]!.lower))) k++;
  return k > i + 1 && k <= hi && isPronoun(tokens[k]!) ? k : i;
}

// Adverbs that open a sentence without a comma before its subject ("Then he …"); not "Once he was …".
const OPENING_ADVERBS = new Set(['then', 'later', 'instead', 'meanwhile', 'now', 'earlier', 'afterward', 'afterwards', 'still', 'again', 'soon', 'today', 'yesterday']);

// Lower-case words of a title before a name: "former Gov. Dana Orlov", "presidential candidate Okafor".
const MAX_TITLE_WORDS = 3;

/** The index of the first capital of a name that follows lower-case title words from i, or -1. */
function titledName(tokens: readonly Token[], i: number, hi: number): number {
  for (let k = i; k <= hi && k - i < MAX_TITLE_WORDS + 1; k++) {
    const t = tokens[k]!;
    if (t.isCapital) return k > i && ROLE_LEADS.test(tokens[i]!.lower) ? k : -1;
    if (!t.isWord || breaks(t, tokens[k - 1]) || DETERMINERS.has(t.lower) || isPronoun(t)) return -1;
  }
  return -1;
}
const ROLE_LEADS = /^(?:former|ex-\S+|then-\S+|retired|veteran|outgoing|incoming|acting|interim|deputy|senior|presidential|republican|democratic)$/;

// A dateline runs this far at most: "DES MOINES, Iowa (AP) —".
const MAX_DATELINE = 10;

/**
 * "WASHINGTON (AP) — In response …", "VELMORA, July 25 (UPI) — …", "Velmora (AFP) – …": past a
 * dateline (capitals, a date, a bracket, a dash) opening the sentence at i. A place not in capitals
 * needs the agency's bracket.
 */
function pastDateline(tokens: readonly Token[], i: number, hi: number): number {
  const first = tokens[i];
  if (!first?.isCapital) return i;
  let agency = first.isAcronym;
  for (let k = i + 1; k <= hi && k - i <= MAX_DATELINE; k++) {
    const w = tokens[k]!.lower;
    if (w === '—' || w === '–' || w === '--' || w === '-') return agency ? k + 1 : i;
    if (w === '(' && tokens[k + 1]?.isAcronym && tokens[k + 2]?.lower === ')') agency = true;
    if (!(tokens[k]!.isCapital || /^\d{1,2}$/.test(w) || w === ',' || w === '(' || w === ')' || w === '.')) return i;
  }
  return i;
}

// Words that open an adverbial phrase or clause before the subject: "Despite the polls, …", "Besides …,".
const PHRASE_OPENERS = new Set(['despite', 'besides', 'since', 'although', 'though', 'because', 'unless', 'until', 'amid', 'following',
  'during', 'under', 'over', 'within', 'throughout', 'among', 'without', 'as', 'while', 'after', 'before', 'if', 'once', 'by', 'on', 'to', 'like', 'unlike']);

/** "Shortly after …,", "Despite …,", "Two weeks after …,": a sentence-opening word of an adverbial phrase. */
function opensPhrase(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  if (PHRASE_OPENERS.has(w) || isLyAdverb(w)) return true;
  return /^(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|few)$/.test(w) && TIME_UNITS.has(tokens[i + 1]?.lower ?? '');
}

// "Hours later", "A few minutes earlier", "Two days ago": a span of time counted from the story.
const RELATIVE_TIME = /^(?:later|earlier|ago|afterward|afterwards)$/;

/** "Hours later", "A few minutes earlier": the index of the time word ending such a span opening at i, or -1. */
function relativeTimeEnd(tokens: readonly Token[], i: number, hi: number): number {
  for (let k = i + 1; k <= hi && k - i <= 3; k++) {
    const t = tokens[k]!;
    if (!t.isWord) return -1;
    if (RELATIVE_TIME.test(t.lower)) return /^(?:\d+|a|an|few|several|two|three|hours|days|minutes|weeks|months|years|moments)$/i.test(tokens[k - 1]!.lower) ? k : -1;
  }
  return -1;
}

/** "Last week, …", "Early on Friday, …", "Hours later, …": a time phrase opening the sentence, up to its comma. */
function opensTimePhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const lead = TIME_LEADS.has(t.lower) || TIME_WORDS.has(t.lower);
  for (let k = i + 1; k < tokens.length && k - i <= 4; k++) {
    if (tokens[k]!.lower === ',') return RELATIVE_TIME.test(tokens[k - 1]!.lower) || (lead && (TIME_WORDS.has(tokens[k - 1]!.lower) || TIME_WORDS.has(t.lower)));
    if (!tokens[k]!.isWord) return false;
  }
  return false;
}

function capitalsFrom(tokens: readonly Token[], i: number, hi: number): Range {
  let last = i;
  while (last + 1 <= hi && (tokens[last + 1]!.isCapital || isPossessiveLink(tokens, last + 1))) last++;
  return [i, last];
}

/**
 * "The ministry hit back", "The senior official held …": a determiner and the lower-case words
 * after it up to a verb (a cue, an auxiliary, a past form), at most four; "The armed group" keeps
 * the "-ed" word right after the determiner.
 */
function determinerPhrase(tokens: readonly Token[], i: number, hi: number, from = i): Range | null {
  let last = i;
  for (let k = i + 1; k <= hi && k - i <= 4; k++) {
    const t = tokens[k]!;
    // "The dean of the school", "the mayor of Velmora": the phrase goes on after "of".
    if (t.lower === 'of' && last === k - 1 && k + 1 <= hi) {
      const next = tokens[k + 1]!;
      const rest = DETERMINERS.has(next.lower) ? determinerPhrase(tokens, k + 1, hi) : next.isCapital ? capitalsFrom(tokens, k + 1, hi) : null;
      return rest ? [from, rest[1]] : last > from ? [from, last] : null;
    }
    if (t.isCapital || !canHead(t, tokens[k - 1]) || IRREGULAR_PAST.has(t.lower) || (k > i + 1 && t.lower.endsWith('ed'))) break;
    if (CUE_LEMMA.has(t.lower) && !NOUN_HOMOGRAPHS.has(t.lower)) break; // "The ministry warns"
    last = k;
  }
  return last > from ? [from, last] : null;
}

// Before a gerund opening the sentence: "After saying …", "While discussing …", "Having announced …".
const GERUND_LEADS = new Set(['after', 'before', 'while', 'when', 'by', 'in', 'since', 'without', 'upon', 'having', 'besides', 'despite']);
// A gerund clause reaches its comma within this many tokens.
const MAX_GERUND_CLAUSE = 40;

// Words of a span of time before a gerund's preposition: "One month after", "Shortly before".
const TIME_SPAN = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|just|shortly|soon|only|long|hours?|days?|minutes?|weeks?|months?|years?|moments?)$/;

/**
 * "After saying he was nervous, the man left": a gerund cue opening the sentence [lo, hi] (token
 * `first` starts the cue) is said by the subject after the clause's comma. That comma and the
 * subject, or null.
 */
export function gerundOpening(tokens: readonly Token[], first: number, lo: number, hi: number): { comma: number; speaker: Range } | null {
  let start = first;
  const lead = tokens[first - 1];
  if (lead && GERUND_LEADS.has(lead.lower)) start--;
  if (lead?.lower !== 'having' && !/[a-z]ing$/.test(tokens[first]!.lower)) return null;
  let s = lo;
  while (s < start && !tokens[s]!.isWord) s++;
  if (s < start && /^(?:and|but|so|yet)$/.test(tokens[s]!.lower)) s++;
  // "One month after announcing …, Rubio said …": a span of time before the preposition.
  if (start !== first && start - s <= 3) while (s < start && TIME_SPAN.test(tokens[s]!.lower)) s++;
  if (s !== start) return null;
  for (let k = first + 1; k <= hi && k - first <= MAX_GERUND_CLAUSE; k++) {
    const w = tokens[k]!.lower;
    if (w === ';' || w === ':') return null;
    if (w === '“' || w === '"') {
      // `After saying her foot was “so swollen I could barely walk,” she …`: over a quote to its mark.
      let close = k + 1;
      while (close <= hi && close - first <= MAX_GERUND_CLAUSE && !/^["”]$/.test(tokens[close]!.lower)) close++;
      if (close > hi || close - first > MAX_GERUND_CLAUSE) return null;
      k = close;
      if (tokens[close - 1]!.lower !== ',') continue;
      const speaker = sentenceSubject(tokens, lo, hi, close + 1);
      return speaker ? { comma: close - 1, speaker } : null;
    }
    if (w !== ',') continue;
    const speaker = sentenceSubject(tokens, lo, hi, k + 1);
    return speaker ? { comma: k, speaker } : null;
  }
  return null;
}

/**
 * "Haddad issued a statement saying …", "The office put out a letter disputing …": a document
 * that a verb governs, before a participle cue, was written by the sentence's subject; so is a
 * message to an audience ("Haddad emailed supporters saying …"). That subject, or null.
 */
export function authorOfDocument(tokens: readonly Token[], phrase: Range, lo: number): Range | null {
  const verb = tokens[phrase[0] - 1];
  const head = tokens[phrase[1]]!.lower;
  // "sent a letter to the board urging …": the audience of a document; its author wrote it.
  if (verb?.lower === 'to' && isDocument(tokens[phrase[0] - 2]?.lower ?? '')) {
    const document = determinerPhraseEndingAt(tokens, phrase[0] - 2);
    return document ? authorOfDocument(tokens, document, lo) : null;
  }
  if (!(isDocument(head) || AUDIENCE_NOUNS.has(head)) || !verb?.isWord || verb.isCapital || LINKING_PREPOSITIONS.has(verb.lower) || DETERMINERS.has(verb.lower)) return null;
  return sentenceSubject(tokens, lo, phrase[0] - 2);
}

function isDocument(head: string): boolean {
  return CHANNEL_NOUNS.has(head) || DOCUMENT_NOUNS.has(head);
}

/** "a (policy) letter" ending at j: back over lower-case words to a determiner. */
function determinerPhraseEndingAt(tokens: readonly Token[], j: number): Range | null {
  for (let k = j - 1; k >= 0 && j - k <= 3; k--) if (DETERMINERS.has(tokens[k]!.lower)) return [k, j];
  return null;
}
