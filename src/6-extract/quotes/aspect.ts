// Verbs of phase and of spending time that join a gerund cue: "began talking about", "stopped
// short of calling for", "spent much of the debate attacking" (the cue runs from that verb, so
// its subject is the speaker, as PolNeAR marks it).
import type { Token } from './tokens.js';
import { CUE_LEMMA } from './model/verbs.js';
import { PHASE_VERBS } from './model/cue-context.js';

// How many words a span of time may take between "spent" and the gerund: "spent much of his own speech".
const SPENT_REACH = 7;
const SPEND = new Set(['spend', 'spends', 'spent', 'spending']);

/**
 * Where a gerund cue at k starts with the verb of phase or of spending time before it: "began
 * talking about", "stopped short of calling for", "spent much of the debate attacking"; else -1.
 */
export function aspectStart(tokens: readonly Token[], k: number, lo: number): number {
  const prev = tokens[k - 1];
  if (!prev || k - 1 < lo || prev.isCapital) return -1;
  if (PHASE_VERBS.has(prev.lower)) return phaseStart(tokens, k - 1, lo);
  // "stopped short of calling for".
  if (prev.lower === 'of' && tokens[k - 2]?.lower === 'short' && k - 3 >= lo && PHASE_VERBS.has(tokens[k - 3]!.lower)) return phaseStart(tokens, k - 3, lo);
  // "spent more time mocking", "has spent much of his campaign attacking": only words between, none of them a cue.
  // Not money spent on something ("$2 million spent on ads attacking …").
  for (let j = k - 1; j >= lo && k - j <= SPENT_REACH + 1; j--) {
    const w = tokens[j]!;
    if (SPEND.has(w.lower)) return j < k - 1 && !/^(?:on|in|for)$/.test(tokens[j + 1]!.lower) ? j : -1;
    if (!w.isWord || CUE_LEMMA.has(w.lower) || w.lower === 'and' || w.lower === 'to') return -1;
  }
  return -1;
}

/** The verb of phase at j, with "all but" before it: the chain's first token. */
function phaseStart(tokens: readonly Token[], j: number, lo: number): number {
  let first = j;
  // "all but stopped": the hedge belongs to the verb; auxiliaries and adverbs stay between speaker and cue.
  if (tokens[j - 1]?.lower === 'but' && tokens[j - 2]?.lower === 'all' && j - 2 >= lo) first = j - 2;
  return first;
}
