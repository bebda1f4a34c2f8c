// Referent terms of a text with offsets and the sentence around each. Sample:
// `Security forces held 12 detainees.` -> [{ referent: 'state forces', term: 'security forces',
// start: 0, end: 15, ... }, { referent: 'people held', term: 'detainees', start: 24, end: 33, ... }].
import { splitSentences, type Span } from '../6-extract/text/sentences.js';
import { PhraseIndex, type PhraseMatch } from './match.js';
import { HOSTAGE_FIGURE, LABOUR_DISPUTE, NOT_REFERENTS, OTHER_SENSES, REFERENTS } from './model/referents.js';
import { STREET_PROTEST, streetProtest } from './model/street-protest.js';
import { economyStory, notRateChange } from './model/economy.js';

export interface ReferentTerm {
  /** Category label: "armed group". */
  referent: string;
  /** Lexicon form, lower case: "militants" for "Militant" too. */
  term: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface TermEntry {
  referent: string;
  term: string;
}

/** What the article is about beyond its sentences. */
export interface TermContext {
  /** The article (or its storyline) is about a labour dispute; by default read from the text (`labourDispute`). */
  labour?: boolean;
  /** The article is about a street protest; by default read from the text (`streetProtest`). */
  protest?: boolean;
  /** The article (or its storyline) is about the economy; by default read from the text (`economyStory`). */
  economy?: boolean;
}

/** The referent of NOT_REFERENTS phrases: matched, then dropped. */
const NONE = '';

function buildIndex(): PhraseIndex<TermEntry> {
  const entries: Array<[string, TermEntry]> = [];
  for (const { label, terms } of REFERENTS) {
    for (const spec of terms) {
      const forms = spec.split('|');
      const entry = { referent: label, term: forms[0]! };
      for (const form of forms) entries.push([form, entry]);
    }
  }
  for (const phrase of NOT_REFERENTS) entries.push([phrase, { referent: NONE, term: phrase }]);
  return new PhraseIndex(entries);
}

/** Every form of every referent term; throws at load time if the model gives a form twice. */
export const REFERENT_INDEX: PhraseIndex<TermEntry> = buildIndex();

const LABOUR_CATEGORIES = new Set(REFERENTS.filter((c) => c.context === 'labour').map((c) => c.label));
const UNREST_CATEGORIES = new Set(REFERENTS.filter((c) => c.context === 'unrest').map((c) => c.label));
const ECONOMY_CATEGORIES = new Set(REFERENTS.filter((c) => c.context === 'economy').map((c) => c.label));
const PROTEST_SENSES = new Map<string, string | null>(Object.entries(STREET_PROTEST.senses));
const LABOUR_CUES = new PhraseIndex(LABOUR_DISPUTE.cues.map((c) => [c, true] as const));
const LOWER_CASE_ONLY = new Set<string>(LABOUR_DISPUTE.lowerCaseOnly);
const LABOUR_SENSES = new Map<string, string | null>(Object.entries(LABOUR_DISPUTE.senses));
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const ATTACK = set(LABOUR_DISPUTE.attack);
const ATTACK_AFTER = set(LABOUR_DISPUTE.strikeAttackAfter);
const TIME_WORDS = set(LABOUR_DISPUTE.timeWords);
const STRIKE_BEFORE = set(LABOUR_DISPUTE.strikeBefore);
const STRIKE_AFTER = set(LABOUR_DISPUTE.strikeAfter);
const HOSTAGE_BEFORE = set(HOSTAGE_FIGURE.before);
const HOLDING = set(HOSTAGE_FIGURE.holding);
const LINKING = set(HOSTAGE_FIGURE.linking);
const CAPTIVITY = new PhraseIndex(HOSTAGE_FIGURE.captivity.map((c) => [c, true] as const));

/**
 * Whether a text is about a labour dispute: LABOUR_DISPUTE.minCues distinct cues in it
 * ("the union", "a pay offer", "pickets"). `Unions backed the walkout.` -> true;
 * `The European Union condemned the strike.` -> false (a capitalised "Union" inside a sentence is a name).
 */
export function labourDispute(text: string): boolean {
  const seen = new Set<string>();
  for (const m of LABOUR_CUES.match(text)) {
    if (LOWER_CASE_ONLY.has(m.form) && text[m.start] !== text[m.start]!.toLowerCase() && !/(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    seen.add(m.form);
    if (seen.size >= LABOUR_DISPUTE.minCues) return true;
  }
  return false;
}

/**
 * Longest-match referent terms in text order; offsets are UTF-16 indices into text.
 * `sentences`: the text's splitSentences, when the caller has them already.
 */
export function referentTerms(text: string, sentences?: readonly Span[], context: TermContext = {}): ReferentTerm[] {
  const matches = REFERENT_INDEX.match(text);
  if (matches.length === 0) return [];
  sentences ??= splitSentences(text);
  const labour = context.labour ?? labourDispute(text);
  const protest = !labour && (context.protest ?? streetProtest(text));
  // Read only when an economy term is matched: most articles hold none.
  let economy = context.economy;
  const kept: Array<{ m: PhraseMatch<TermEntry>; referent: string; s: Span; figure: boolean }> = [];
  const senseOfArticle = new Map<string, boolean>();
  for (const m of matches) {
    let referent = m.value.referent;
    if (referent === NONE || (LABOUR_CATEGORIES.has(referent) && !labour) || (UNREST_CATEGORIES.has(referent) && !labour && !protest)) continue;
    const s = sentenceAround(sentences, m.start, m.end);
    const sentence = text.slice(s.start, s.end);
    const before = text.slice(s.start, m.start);
    const after = text.slice(m.end, s.end);
    if (m.value.term === 'strike' && labourStrike(sentence, before, after, labour)) continue;
    if (otherSense(m.value.term, sentence) || articleSense(m.value.term, text, senseOfArticle)) continue;
    if (ECONOMY_CATEGORIES.has(referent)) {
      if (!(economy ??= economyStory(text))) continue;
      if (notRateChange(m.value.term, m.form, before, after, sentence, previousSentence(text, sentences, s.start))) continue;
    }
    const senses = labour ? LABOUR_SENSES : protest ? PROTEST_SENSES : null;
    if (senses?.has(m.value.term)) {
      const to = senses.get(m.value.term)!;
      if (to === null) continue;
      referent = to;
    }
    const figure = m.value.term === 'hostages' ? hostageFigure(m.form, before, after) : null;
    if (figure === 'always') continue;
    kept.push({ m, referent, s, figure: figure === 'unless captives' });
  }
  // A "held hostage" figure counts only in an article that shows captives.
  const captives = kept.some((k) => k.figure) && (kept.some((k) => k.referent === 'people held' && !k.figure) || CAPTIVITY.match(text).length > 0);
  return kept
    .filter((k) => !k.figure || captives)
    .map(({ m, referent, s }) => ({ referent, term: m.value.term, start: m.start, end: m.end, sentenceStart: s.start, sentenceEnd: s.end }));
}

const WORD = "[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*";
const wordsOf = (s: string): string[] => s.toLowerCase().replace(/’/g, "'").match(new RegExp(WORD, 'gu')) ?? [];
// Neighbours joined to a term by spaces only, as the words of a phrase are (match.ts).
const PREVIOUS = new RegExp(`(${WORD})['’]?[ \\t\\u00a0]+$`, 'u');
const NEXT = new RegExp(`^[ \\t\\u00a0]+(${WORD})(?:[ \\t\\u00a0]+(${WORD}))?`, 'u');
const previousWord = (before: string): string | undefined => PREVIOUS.exec(before)?.[1]?.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
const nextWords = (after: string): string[] => (NEXT.exec(after)?.slice(1).filter((w): w is string => w !== undefined) ?? []).map((w) => w.toLowerCase());

/**
 * "Kessanport's dock strike", "went on strike", "strike action" anywhere; in a labour article any
 * strike whose sentence shows no attack ("a drone strike", "the strike on the depot").
 */
function labourStrike(sentence: string, before: string, after: string, labour: boolean): boolean {
  const previous = previousWord(before);
  const next = nextWords(after);
  if ((previous !== undefined && STRIKE_BEFORE.has(previous)) || (next[0] !== undefined && STRIKE_AFTER.has(next[0]))) return true;
  if (!labour) return false;
  const target = next[0] !== undefined && ATTACK_AFTER.has(next[0]) && !(next[1] !== undefined && (TIME_WORDS.has(next[1]) || /^\d/.test(next[1])));
  return !target && !wordsOf(sentence).some((w) => ATTACK.has(w));
}

/** Singular "hostage" "to" something is a figure; after "held"/"holding" one unless captives are shown. */
function hostageFigure(form: string, before: string, after: string): 'always' | 'unless captives' | null {
  if (form !== 'hostage') return null;
  const next = nextWords(after)[0];
  const previous = previousWord(before);
  if (next !== undefined && HOSTAGE_BEFORE.has(next) && previous !== undefined && LINKING.has(previous)) return 'always';
  return wordsOf(before).slice(-HOSTAGE_FIGURE.window).some((w) => HOLDING.has(w)) ? 'unless captives' : null;
}

const SENSE_WORDS = new Map(Object.entries(OTHER_SENSES).map(([term, words]) => [term, new Set(words)]));

/** Distinct words of a term's other sense that make a whole article read in it: an election story's "campaign". */
const ARTICLE_SENSE_WORDS = 3;

/** The term's other sense holds across the article (cached per article in `seen`). */
function articleSense(term: string, text: string, seen: Map<string, boolean>): boolean {
  const words = SENSE_WORDS.get(term);
  // A strike's article-wide sense is the labour dispute's, which keeps "drone strike" an attack (labourStrike).
  if (!words || term === 'strike') return false;
  let found = seen.get(term);
  if (found === undefined) {
    const hits = new Set((text.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((w) => words.has(w)));
    seen.set(term, (found = hits.size >= ARTICLE_SENSE_WORDS));
  }
  return found;
}

/** "Nurses began a two-day strike over pay": the term in its other sense (OTHER_SENSES). */
function otherSense(term: string, sentence: string): boolean {
  const words = SENSE_WORDS.get(term);
  return !!words && (sentence.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((w) => words.has(w));
}

/** The text of the sentence before the one starting at `start` ('' for the first). */
function previousSentence(text: string, sentences: readonly Span[], start: number): string {
  let j = start - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  if (j < 0) return '';
  const s = sentenceAround(sentences, j, j + 1);
  return text.slice(s.start, s.end);
}

/** The sentence holding [start, end); the match itself if none does (the splitter trims only white space). */
export function sentenceAround(sentences: readonly Span[], start: number, end: number): Span {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo - 1];
  return s && s.end >= end ? { start: s.start, end: s.end } : { start, end };
}
