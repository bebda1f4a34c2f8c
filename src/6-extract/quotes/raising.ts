// Impressions the writer attributes without a speaker: "The deal seemed doomed", "It appears,
// though, that the vote will slip", "The minister is expected to resign". The cue is the verb
// of appearance (or "is expected"), the content what follows it; no source is named.
import type { Token } from './tokens.js';
import type { Cue } from './cues.js';
import type { Range } from './phrases.js';
import { isBetween } from './phrases.js';
import { lightCueAt } from './light.js';
import { CUE_LEMMA } from './model/verbs.js';
import { APPEARANCE } from './model/verb-classes.js';
import { DETERMINERS, HEARSAY_ADVERBS, TIME_WORDS } from './model/words.js';
import { isPossessive } from './tokens.js';

export interface Raised { cue: Cue; speaker: null; channel: null; content: Range; impression: true }

const APPEARANCE_LEMMA: ReadonlyMap<string, string> = new Map(APPEARANCE.flatMap((row) => row.split(' ').map((form) => [form, row.split(' ')[0]!] as const)));
// "appeared in court", "appears on the ballot", "appeared before the committee": a place, not an impression.
const NOT_AFTER = new Set(['in', 'on', 'at', 'before', 'with', 'alongside', 'during', 'for', 'from', 'onstage', 'inside', 'outside', 'together', 'via', 'through', 'by', 'after', 'and', 'or', 'but']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", "'s"]);
// "what appears to be", "as it seemed", "so it seems": a relative or comparative frame, not a report.
const NOT_BEFORE = new Set(['what', 'as', 'so', 'than', 'how']);

/** Is k a verb of appearance, or "expected" after "is"? The lemma, or undefined. */
export function appearanceAt(tokens: readonly Token[], k: number): string | undefined {
  const w = tokens[k]!.lower;
  const lemma = APPEARANCE_LEMMA.get(w);
  if (lemma) return lemma;
  return w === 'expected' && beBefore(tokens, k) >= 0 && tokens[k + 1]?.lower === 'to' ? 'expect' : undefined;
}

/** The "is" of "is expected", "is widely expected", "are not widely expected" (at most two words between, adverbs or "not"), or -1. */
function beBefore(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (BE.has(tokens[j]!.lower)) return j;
    if (!isBetween(tokens[j]!) || BE_STOPS.has(tokens[j]!.lower)) return -1;
  }
  return -1;
}
// Auxiliaries that are no adverb between "is" and "expected": "has expected", "had been expected" ends at "been".
const BE_STOPS = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do']);

/**
 * The impression at token k (`end(from)` gives the clause end), null when the verb is there but
 * is no report ("appeared in court"), undefined when k is no such verb.
 */
export function raisingAt(tokens: readonly Token[], k: number, lo: number, hi: number, end: (from: number) => number): Raised | null | undefined {
  const lemma = appearanceAt(tokens, k);
  if (!lemma) return undefined;
  const t = tokens[k]!;
  const prev = k > lo ? tokens[k - 1] : undefined;
  const next = k < hi ? tokens[k + 1] : undefined;
  // "Trump, appearing after Clinton, …": the participle is an aside.
  if (!next || (t.isCapital && prev?.isWord) || t.lower.endsWith('ing')) return null;
  if (prev && (DETERMINERS.has(prev.lower) || isPossessive(prev) || NOT_BEFORE.has(prev.lower) || prev.lower === 'to')) return null;
  if (NOT_AFTER.has(next.lower) || TIME_WORDS.has(next.lower) || (!next.isWord && next.lower !== ',')) return null;
  // "seemed to suggest …": the verb after "to" is the cue, with the subject as its speaker.
  const after = tokens[k + 2];
  if (next.lower === 'to' && after && ((CUE_LEMMA.has(after.lower) && !APPEARANCE_LEMMA.has(after.lower) && after.lower !== 'expected') || lightCueAt(tokens, k + 2, hi))) return null;
  let from = k + 1;
  while (from <= hi && (tokens[from]!.lower === ',' || isBetween(tokens[from]!))) from++;
  // "It appears, though, that …"; but "As odd as it may seem, Haddad said …" is no report.
  if (tokens[from]?.lower === 'that') from++;
  else if (next.lower === ',') return null;
  if (from > hi) return null;
  const last = end(from);
  if (last < from) return null;
  const first = lemma === 'expect' ? beBefore(tokens, k) : k;
  return { cue: { first, last: k, lemma }, speaker: null, channel: null, content: [from, last], impression: true };
}

/**
 * "The firm reportedly paid the fine", "Reportedly, the mill will close": a hearsay adverb is the
 * cue, the predicate after it the content. Before a verb cue ("reportedly told aides") it is
 * left to that verb, whose speaker is named.
 */
export function hearsayAt(tokens: readonly Token[], k: number, hi: number, end: (from: number) => number): Raised | null {
  const t = tokens[k]!;
  if (!HEARSAY_ADVERBS.has(t.lower)) return null;
  let from = k + 1;
  while (from <= hi && (tokens[from]!.lower === ',' || isBetween(tokens[from]!))) from++;
  if (from > hi || !tokens[from]!.isWord || CUE_LEMMA.has(tokens[from]!.lower)) return null;
  const last = end(from);
  return last < from ? null : { cue: { first: k, last: k, lemma: t.lower }, speaker: null, channel: null, content: [from, last], impression: true };
}
