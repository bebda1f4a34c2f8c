// Token ranges of a sentence: trimming a clause's edges, and small tests on what is left.
import type { Token } from './tokens.js';
import type { Range } from './phrases.js';
import { CUE_LEMMA } from './model/verbs.js';
import { NOUN_HOMOGRAPHS } from './model/cue-rules.js';
import { EVIDENCE_NOUNS, OPENING_PREPOSITIONS, TIME_WORDS } from './model/words.js';

export const TRAILING: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-', '(', '…']);
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'", '»', "''"]);

/** Drops punctuation at the edges of a content range: `the deal is dead.` -> `the deal is dead`. */
export function trimRange(tokens: readonly Token[], first: number, last: number): Range | null {
  while (first <= last && (TRAILING.has(tokens[first]!.lower) || tokens[first]!.lower === ')')) first++;
  while (last >= first && TRAILING.has(tokens[last]!.lower)) last--;
  for (let k = first; k <= last; k++) if (tokens[k]!.isWord) return [first, last];
  return null;
}

/** Past the closing marks after token k (at most two: `''` is two tokens): `“overblown,” adding` -> "adding". */
export function pastClosingMarks(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  while (j <= k + 2 && CLOSING_MARKS.has(tokens[j]?.lower ?? '')) j++;
  return j;
}

/** Token k is a comma, or closing marks right after one (`was “overblown,”`). */
export function endsWithComma(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j > k - 2 && CLOSING_MARKS.has(tokens[j]?.lower ?? '')) j--;
  return tokens[j]?.lower === ',';
}

/** A verb cue as written: lower case, not a form that is usually a noun. */
export function isVerbCue(t: Token | undefined): boolean {
  return !!t && !t.isCapital && CUE_LEMMA.has(t.lower) && !NOUN_HOMOGRAPHS.has(t.lower);
}

/** No word in [from, hi]: only punctuation is left of the sentence. */
export function nothingLeft(tokens: readonly Token[], from: number, hi: number): boolean {
  for (let k = from; k <= hi; k++) if (tokens[k]!.isWord) return false;
  return true;
}

// How long an appositive may run to the sentence end: ", founder of the Party for Freedom."
const MAX_APPOSITIVE_TAIL = 15;

/**
 * Only an appositive is left: ", founder of the Party for Freedom." (after a comma or bracket at
 * `from` or just before it, no verb cue, short).
 */
export function appositiveLeft(tokens: readonly Token[], from: number, hi: number): boolean {
  const opener = /^[,(]$/;
  if (!opener.test(tokens[from]?.lower ?? '') && opener.test(tokens[from - 1]?.lower ?? '')) from--;
  if (!opener.test(tokens[from]?.lower ?? '') || hi - from > MAX_APPOSITIVE_TAIL * 2) return false;
  // ", the editor of Port Weekly, the magazine of the Harbor Council.": a second appositive may
  // follow the first, opened by an article, within twice the reach.
  let commas = 0;
  for (let k = from + 1; k <= hi; k++) {
    if (isVerbCue(tokens[k])) return false;
    if (tokens[k]!.lower !== ',') continue;
    if (++commas > 1 || !/^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  }
  return commas === 1 || hi - from <= MAX_APPOSITIVE_TAIL;
}

/** Nothing left but a closing "according to …" (its own attribution): "…, O'Malley said, according to the Herald." */
export function onlySourceLeft(tokens: readonly Token[], from: number, hi: number): boolean {
  let k = from;
  while (k <= hi && !tokens[k]!.isWord) k++;
  return k > hi || accordingToAt(tokens, k);
}

/** "according to" starts at token k. */
export function accordingToAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to';
}

/** The longer of two ranges, the first when equal. */
export function longer(a: Range, b: Range): Range {
  return a[1] - a[0] >= b[1] - b[0] ? a : b;
}

/** "the poll", "a survey by the Harlow Institute in March": a noun of evidence heads the speaker phrase. */
export function namesEvidence(tokens: readonly Token[], speaker: Range): boolean {
  for (let j = speaker[0]; j <= speaker[1]; j++) {
    const t = tokens[j]!;
    if (EVIDENCE_NOUNS.has(t.lower) && !t.isCapital) return true;
    if (t.lower === 'by' || t.lower === 'of' || t.lower === ',') return false;
  }
  return false;
}

/** "On Friday, Haddad hit back.", "Two days later, …": a short time or place phrase before the speaker is no content. */
export function openingAdjunct(tokens: readonly Token[], from: number, to: number): boolean {
  let last = to;
  while (last >= from && !tokens[last]!.isWord) last--;
  // "But in recent days, advisers say, …": past a coordinator.
  if (/^(?:but|and|yet|so)$/.test(tokens[from]?.lower ?? '') && from < last) from++;
  if (last < from || last - from > 3) return false;
  return OPENING_PREPOSITIONS.has(tokens[from]!.lower) || /^(?:later|earlier|ago)$/.test(tokens[last]!.lower) || TIME_WORDS.has(tokens[last]!.lower);
}
