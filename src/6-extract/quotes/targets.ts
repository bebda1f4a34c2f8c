// Praise, blame and claims in the passive, their target as subject: "The levy was criticized by
// farmers", "Okafor has been accused of lying", "attacks that were claimed by the Front". The cue
// runs from the auxiliary to the participle, the content is the subject (the target), the
// source the phrase after "by", when there is one; without it no one is named (an impression).
// Any verb of saying with its agent too: "The closure was first reported by the Herald".
import type { Token } from './tokens.js';
import type { Cue } from './cues.js';
import { type Range, isBetween, phraseEndingAt, phraseStartingAt } from './phrases.js';
import { PASSIVE_TARGETS } from './model/verb-classes.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';
import { COPULAS, DETERMINERS, TIME_LEADS, TIME_WORDS } from './model/words.js';

export interface Target { cue: Cue; speaker: Range | null; channel: null; content: Range; impression?: true }

const PARTICIPLES: ReadonlySet<string> = new Set(PASSIVE_TARGETS);

/** The passive of praise or blame at token k; its subject may not start left of `left`. */
export function targetAt(tokens: readonly Token[], k: number, left: number, hi: number): Target | null {
  const t = tokens[k]!;
  // A verb of saying in the passive with its agent: "The meeting was first reported by the Herald"
  // (not stance verbs: "They were backed by the mayor" is support, not speech).
  const agent = /(?:ed|en|wn)$/.test(t.lower) && SPEECH_LEMMAS.has(CUE_LEMMA.get(t.lower) ?? '') && tokens[k + 1]?.lower === 'by';
  if (!t.isWord || t.isCapital || !(PARTICIPLES.has(t.lower) || agent)) return null;
  let aux = k - 1;
  while (aux > left && isBetween(tokens[aux]!) && !COPULAS.has(tokens[aux]!.lower)) aux--;
  // "a practice criticized by civil rights groups", "— a fact first reported by the Herald": a
  // participle with its agent right after a noun describes that noun.
  if (aux >= left && !COPULAS.has(tokens[aux]!.lower) && tokens[aux]!.isWord && !tokens[aux]!.isCapital && DETERMINERS.has(tokens[aux - 1]?.lower ?? '')) {
    const byAt = agentBy(tokens, k, hi);
    const by = byAt === k + 1 ? phraseStartingAt(tokens, byAt + 1, hi) : null;
    return by ? { cue: { first: k, last: byAt, lemma: `be ${t.lower}` }, speaker: by, channel: null, content: [aux - 1, aux] } : null;
  }
  if (aux <= left || !COPULAS.has(tokens[aux]!.lower)) return null;
  // Back over the rest of the verb group ("has been", "will be", "has also been") to the subject.
  let end = aux - 1;
  while (end >= left && isBetween(tokens[end]!)) end--;
  const subject = phraseEndingAt(tokens, end, left);
  if (!subject) return null;
  const byAt = agentBy(tokens, k, hi);
  const by = byAt > 0 ? phraseStartingAt(tokens, byAt + 1, hi) : null;
  const cue: Cue = { first: end + 1, last: k, lemma: `be ${t.lower}` };
  if (!by && !PARTICIPLES.has(t.lower)) return null;
  return by ? { cue, speaker: by, channel: null, content: subject } : { cue, speaker: null, channel: null, content: subject, impression: true };
}

// How far "by" may follow the participle past a short phrase: "attacked on the speeches by Sanders".
const BY_REACH = 5;

/** Index of the "by" of the agent after the participle at k: right after it, or past a short phrase of words; or -1. */
function agentBy(tokens: readonly Token[], k: number, hi: number): number {
  for (let j = k + 1; j <= hi - 1 && j - k <= BY_REACH; j++) {
    const w = tokens[j]!;
    if (w.lower === 'by') return j;
    if (!w.isWord || j === k + 1 && !/^(?:over|for)$/.test(w.lower) && !startsTime(tokens, j)) return -1;
  }
  return -1;
}

/** "on Friday", "the day before", "last week", "earlier": a time phrase between the participle and "by". */
function startsTime(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!.lower;
  return TIME_WORDS.has(w) || TIME_LEADS.has(w) || (w === 'the' && TIME_WORDS.has(tokens[j + 1]?.lower ?? ''));
}
