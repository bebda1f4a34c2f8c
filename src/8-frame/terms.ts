// Referent terms of a text with offsets and the sentence around each. Sample:
// `Security forces held 12 detainees.` -> [{ referent: 'state forces', term: 'security forces',
// start: 0, end: 15, ... }, { referent: 'people held', term: 'detainees', start: 24, end: 33, ... }].
import { splitSentences, type Span } from '../6-extract/text/sentences.js';
import { PhraseIndex } from './match.js';
import { OTHER_SENSES, REFERENTS } from './model/referents.js';

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

function buildIndex(): PhraseIndex<TermEntry> {
  const entries: Array<[string, TermEntry]> = [];
  for (const { label, terms } of REFERENTS) {
    for (const spec of terms) {
      const forms = spec.split('|');
      const entry = { referent: label, term: forms[0]! };
      for (const form of forms) entries.push([form, entry]);
    }
  }
  return new PhraseIndex(entries);
}

/** Every form of every referent term; throws at load time if the model gives a form twice. */
export const REFERENT_INDEX: PhraseIndex<TermEntry> = buildIndex();

/**
 * Longest-match referent terms in text order; offsets are UTF-16 indices into text.
 * `sentences`: the text's splitSentences, when the caller has them already.
 */
export function referentTerms(text: string, sentences?: readonly Span[]): ReferentTerm[] {
  const matches = REFERENT_INDEX.match(text);
  if (matches.length === 0) return [];
  sentences ??= splitSentences(text);
  return matches.flatMap((m) => {
    const s = sentenceAround(sentences!, m.start, m.end);
    if (otherSense(m.value.term, text.slice(s.start, s.end))) return [];
    return [{ referent: m.value.referent, term: m.value.term, start: m.start, end: m.end, sentenceStart: s.start, sentenceEnd: s.end }];
  });
}

const SENSE_WORDS = new Map(Object.entries(OTHER_SENSES).map(([term, words]) => [term, new Set(words)]));

/** "Nurses began a two-day strike over pay": the term in its other sense (OTHER_SENSES). */
function otherSense(term: string, sentence: string): boolean {
  const words = SENSE_WORDS.get(term);
  return !!words && (sentence.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((w) => words.has(w));
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
