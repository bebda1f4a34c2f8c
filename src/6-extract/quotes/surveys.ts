// Findings credited to a poll or survey with "in", the way "according to" credits a person:
// "In a Harlow Gazette poll released Monday, 40 percent backed the levy" and "Okafor leads in
// the latest polls". The cue is "in", the source the noun phrase up to its head noun (opening
// the sentence: up to the comma), the content the clause after the comma or before "in".
import type { Token } from './tokens.js';
import type { Cue } from './cues.js';
import type { Range } from './phrases.js';
import { CUE_LEMMA } from './model/verbs.js';
import { NOUN_HOMOGRAPHS } from './model/cue-rules.js';
import { SURVEY_NOUNS } from './model/nouns.js';
import { PHRASE_BREAKERS, TIME_WORDS } from './model/words.js';

export interface SurveyAttribution { cue: Cue; speaker: Range; channel: null; content: Range }

// The head noun lies at most this many tokens after "in": "in an ABC News/Harlow Post poll".
const MAX_TO_HEAD = 9;
// An opening phrase runs at most this far to its comma: "In a survey of 800 voters conducted …,".
const MAX_TO_COMMA = 25;
// Joins inside the source phrase besides words: "ABC News/Harlow Post", "Monday's".
const INNER = new Set(['/', '-', '&', "'", '’']);
// After the head of a closing phrase: the clause may go on only with time or place, not a verb
// ("Voters in the poll said …" is the poll's respondents speaking, not the poll).
const AFTER_HEAD = new Set(['.', ',', ';', ':', ')', '—', '–', 'ahead', 'of', 'from', 'by', 'in', 'on', 'since', 'this', 'last', 'released', 'conducted', 'taken', 'published']);

// "in online and phone polls": coordination stays inside the phrase.
// Closing "in the polls", "in national polls", "in opinion polls": standing in polls at large, no
// poll's finding ("Okafor leads in the polls", "she rose in the polls"); a poll named or dated is one.
const GENERIC_POLLS = /^(?:the|national|state|statewide|opinion|public|and|polls|surveys)$/;
const COORDINATED = new Set(['and', 'or']);

function isVerbCue(t: Token): boolean {
  return t.isWord && !t.isCapital && CUE_LEMMA.has(t.lower) && !NOUN_HOMOGRAPHS.has(t.lower);
}

/** Index of the survey noun heading the phrase after "in" at k, or -1. */
function surveyHead(tokens: readonly Token[], k: number, hi: number): number {
  for (let j = k + 1; j <= hi && j - k <= MAX_TO_HEAD; j++) {
    const t = tokens[j]!;
    if (SURVEY_NOUNS.has(t.lower)) return j;
    if (!t.isWord && !INNER.has(t.lower)) return -1;
    // "in five states going to the polls", "in a memo released as polls closed": no survey phrase.
    if (t.isWord && (t.lower === 'in' || (PHRASE_BREAKERS.has(t.lower) && !COORDINATED.has(t.lower)) || isVerbCue(t))) return -1;
  }
  return -1;
}

/**
 * The attribution at "in" (token k) of the sentence [lo, hi], content not left of `left`;
 * `end(from)` gives the end of a clause starting at `from`.
 */
export function surveyAt(tokens: readonly Token[], k: number, lo: number, hi: number, left: number, end: (from: number) => number): SurveyAttribution | null {
  const t = tokens[k]!;
  if (t.lower !== 'in' || k >= hi) return null;
  const head = surveyHead(tokens, k, hi);
  if (head < 0) return null;
  const cue: Cue = { first: k, last: k, lemma: 'in' };
  if (k === left && k <= lo + 1) {
    let comma = head + 1;
    while (comma <= hi && comma - k < MAX_TO_COMMA && tokens[comma]!.lower !== ',') comma++;
    if (comma > hi || comma - k >= MAX_TO_COMMA || comma + 1 > hi) return null;
    const last = end(comma + 1);
    return last > comma ? { cue, speaker: [k + 1, comma - 1], channel: null, content: [comma + 1, last] } : null;
  }
  if (t.isCapital || k - left < 3) return null;
  const next = tokens[head + 1];
  if (next && !AFTER_HEAD.has(next.lower) && !TIME_WORDS.has(next.lower)) return null;
  for (let j = head + 1; j <= hi; j++) if (isVerbCue(tokens[j]!)) return null;
  if (tokens.slice(k + 1, head + 1).every((w) => GENERIC_POLLS.test(w.lower))) return null;
  return { cue, speaker: [k + 1, head], channel: null, content: [left, k - 1] };
}
