// Turns of a transcript quoted as one passage: `"WALLACE: Let us start … "PENCE: Well, look …"`.
// Each paragraph opens with a mark and a speaker in capitals and a colon; the colon is the cue.
import type { Token } from './tokens.js';
import type { Range } from './phrases.js';

export interface Turn {
  speaker: Range;
  colon: number;
  /** First and last token of the turn's words. */
  words: Range;
}

// A speaker label: "WALLACE", "SEN. PENCE", "MR. OKAFOR".
const MAX_LABEL = 3;
const OPENING_MARKS = new Set(['"', '“', "''"]);

/** The label ending in a colon at token i, if `LABEL:` starts there: its last token, or -1. */
function labelAt(tokens: readonly Token[], i: number, end: number): number {
  for (let j = i; j < end && j - i < MAX_LABEL * 2; j++) {
    const t = tokens[j]!;
    if (t.lower === ':') return j > i ? j - 1 : -1;
    if (!(t.isAcronym || t.lower === '.')) return -1;
  }
  return -1;
}

/**
 * The turns inside the quote whose marks are tokens `open` and `close`: one at the start of the
 * quote, others after an opening mark; none unless the quote starts with one. It takes two turns
 * at least to make a transcript (`"ORLOV: Let us start," the host said.` stays one quote).
 */
export function transcriptTurns(tokens: readonly Token[], open: number, close: number): Turn[] {
  const starts: Array<{ first: number; label: number }> = [];
  for (let i = open + 1; i < close; i++) {
    if (i !== open + 1 && !OPENING_MARKS.has(tokens[i - 1]!.lower)) continue;
    const label = labelAt(tokens, i, close);
    if (label >= 0) starts.push({ first: i, label });
    else if (i === open + 1) return [];
  }
  if (starts.length < 2) return [];
  return starts.map((s, n) => {
    const next = starts[n + 1];
    // The turn runs to the mark that opens the next paragraph, or to the closing mark.
    const last = next ? next.first - 2 : close - 2;
    return { speaker: [s.first, s.label], colon: s.label + 1, words: [s.label + 2, Math.max(s.label + 2, last)] };
  });
}
