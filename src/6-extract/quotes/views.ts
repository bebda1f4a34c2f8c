// A view credited with "in X's view", the way "according to X" credits words: "In Okafor's
// view, the levy is fair" and "The levy is fair, in her opinion." The cue is the noun, the
// source its owner, the content the clause after the comma or before "in".
import { type Token, isPossessive } from './tokens.js';
import type { Cue } from './cues.js';
import type { Range } from './phrases.js';
import { trimRange } from './ranges.js';

export interface ViewAttribution { cue: Cue; speaker: Range; channel: null; content: Range }

const VIEW_NOUNS = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement']);
const OWNER_WORDS = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);
// "in the senator's view": the owner phrase runs at most this far.
const MAX_OWNER = 4;
// A closing phrase ends its clause: "…, in her opinion." / "…, in her view, and …".
const CLOSERS = new Set(['.', ',', ';', ':', ')', '—', '–', '!', '?']);

/** The owner phrase after "in" at k and the noun after it ("own" allowed between), or null. */
function ownedView(tokens: readonly Token[], k: number, hi: number): { owner: Range; noun: number } | null {
  for (let j = k + 1; j <= hi && j - k <= MAX_OWNER; j++) {
    const t = tokens[j]!;
    if (!t.isWord) return null;
    if (!OWNER_WORDS.has(t.lower) && !isPossessive(t)) continue;
    const noun = tokens[j + 1]?.lower === 'own' ? j + 2 : j + 1;
    return noun <= hi && VIEW_NOUNS.has(tokens[noun]!.lower) && (j === k + 1 || !OWNER_WORDS.has(tokens[k + 1]!.lower)) ? { owner: [k + 1, j], noun } : null;
  }
  return null;
}

/**
 * The attribution at "in" (token k) of the sentence [lo, hi], content not left of `left`;
 * `end(from)` gives the end of a clause starting at `from`.
 */
export function viewAt(tokens: readonly Token[], k: number, lo: number, hi: number, left: number, end: (from: number) => number): ViewAttribution | null {
  if (tokens[k]!.lower !== 'in' || k >= hi) return null;
  const found = ownedView(tokens, k, hi);
  if (!found) return null;
  const { owner, noun } = found;
  const cue: Cue = { first: noun, last: noun, lemma: tokens[noun]!.lower };
  if (k === left && k <= lo + 1) {
    if (tokens[noun + 1]?.lower !== ',' || noun + 2 > hi) return null;
    const last = end(noun + 2);
    return last > noun + 1 ? { cue, speaker: owner, channel: null, content: [noun + 2, last] } : null;
  }
  if (noun + 1 <= hi && !CLOSERS.has(tokens[noun + 1]!.lower)) return null;
  const content = k - left >= 3 ? trimRange(tokens, left, k - 1) : null;
  return content ? { cue, speaker: owner, channel: null, content } : null;
}
