// Parts of a whole named at the head of the sentence: "Of the 40 miners trapped underground,
// 12 remain below ground, including 3 the company says are injured." The bare 12 is part of
// the 40 (and in its state when it "remains"); the 3 is part of the 12, and its action is read
// through the reported clause ("the company says are injured", "whom police confirmed as dead").
// The part may also come first: "still holding 58 of the 251 hostages seized" (partOfNext).
import type { Tokens } from './tokens.js';
import type { Figure } from './types.js';
import { ACTION_WORDS } from './model/actions.js';
import { PARTITIVE_OPENER, REMAIN_WORDS, REPORTED_CLAUSE_LINKS, REPORTING_VERBS } from './model/context.js';
import { BREAK } from './nest.js';
import { startsQuantity } from './quantity.js';
import { readFigure } from './figure.js';

const actions = new Set(ACTION_WORDS);
const reporting = new Set(REPORTING_VERBS);
const links = new Set(REPORTED_CLAUSE_LINKS);
const remain = new Set(REMAIN_WORDS);

/** Longest text between the whole and its part: one sentence's opening clause. */
const MAX_GAP = 160;

/** Index of the figure that a bare `figure` is part of through a sentence-opening "Of the N …,", or null. */
export function partitiveParent(text: string, figures: readonly Figure[], figure: Figure): number | null {
  const at = figures.length - 1;
  const whole = figures[at];
  if (!whole || whole.kind !== 'count' || whole.parent !== null || figure.counted !== null) return null;
  if (figure.start - whole.end > MAX_GAP || figure.value > (whole.high ?? whole.value)) return null;
  const gap = text.slice(whole.end, figure.start);
  if (BREAK.test(gap) || !/,\s*$/.test(gap)) return null;
  // "Of the" must open the sentence: "Of 251 hostages seized …, 58 are still held".
  const before = text.slice(Math.max(0, whole.start - 40), whole.start);
  return PARTITIVE_OPENER.test(before) ? at : null;
}

/** Between a part and its whole written after it: "58 of the 251 …" ("3 out of 4 voters" is a ratio, see exclude.ts). */
const PART_BEFORE_WHOLE = /^\s+of\s+(?:the\s+|all\s+|those\s+|these\s+|its\s+|their\s+)?(?:[\p{L}\-]+['’]s?\s+)?$/iu;

/**
 * Bare figures written before their whole ("holding 58 of the 251 hostages seized") become its
 * parts: the part points to the later figure (the one place a parent comes after its child;
 * the whole has no parent, so there is no cycle). Only counts, and only a part no larger than
 * its whole.
 */
export function partOfNext(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const [part, whole] = [figures[i]!, figures[i + 1]!];
    if (part.parent !== null || part.counted !== null || part.currency !== null || (part.kind !== 'count' && part.kind !== 'other')) continue;
    if (whole.kind !== 'count' || whole.parent !== null || whole.counted === null || part.value > (whole.high ?? whole.value)) continue;
    if (!PART_BEFORE_WHOLE.test(text.slice(part.end, whole.start))) continue;
    if (figures.some((f) => f.parent === i)) continue; // already a whole itself
    part.parent = i + 1;
    if (part.kind === 'other') part.kind = 'count';
  }
}

/**
 * Whether the bare number ending at token `last` is written before a whole that counts things:
 * "40,200 of the 77,000 valid votes", "1,100 of the region's 1,400 polling stations".
 */
export function partBeforeWhole(tk: Tokens, last: number): boolean {
  if (tk.lower(last + 1) !== 'of') return false;
  for (let k = last + 2; k < last + 5; k++) {
    if (!startsQuantity(tk, k)) continue;
    const whole = readFigure(tk, k, last);
    return !!whole && whole.figure.kind === 'count' && whole.figure.counted !== null && PART_BEFORE_WHOLE.test(tk.text.slice(tk.end(last), whole.figure.start));
  }
  return false;
}

/** "58 remain in Gaza": a part that remains is still in its whole's state ("remain" is kept as its action). */
export function remainsAfter(tk: Tokens, k: number): string | null {
  return remain.has(tk.lower(k)) ? tk.lower(k) : null;
}

/**
 * Action of a bare nested figure read through a reported clause: "34 the military says are
 * dead", "34 whom the army has confirmed as dead". Up to 6 words of the reporter, then the
 * reporting verb, then linking words, then the action; stops at punctuation.
 */
export function actionThroughReport(tk: Tokens, k: number): string | null {
  let j = k;
  const end = k + 12;
  while (j < end && !reporting.has(tk.lower(j))) {
    if (!tk.isWord(j) || actions.has(tk.lower(j))) return null;
    j++;
  }
  if (j >= end || j === k) return null;
  j++;
  while (j < end && links.has(tk.lower(j))) j++;
  const w = tk.lower(j);
  return actions.has(w) ? w : null;
}
