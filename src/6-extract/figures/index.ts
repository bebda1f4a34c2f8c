// Figures in an article's clean text: numbers with what they count. Sample: "At least 40 people
// were killed and over 12,000 displaced" -> [{ value: 40, qualifier: 'at-least', counted: 'people',
// action: 'killed' }, { value: 12000, qualifier: 'more-than', action: 'displaced' }].
import { Tokens } from './tokens.js';
import { startsQuantity } from './quantity.js';
import { readFigure } from './figure.js';
import { BREAK, parentOf } from './nest.js';
import type { Figure } from './types.js';
import { shareActions } from './coordinate.js';
import { actionThroughReport, partBeforeWhole, partOfNext, partitiveParent, remainsAfter } from './partitive.js';
import { readVoteShares, recipientOf, rivalCount } from './votes.js';
import { readMeasures } from './money.js';
import { readJobCounts, workforceBefore } from './jobs.js';
import { halfOf, readFraction } from './fraction.js';
import { resolveFractions, type FractionMark } from './fraction-whole.js';
import { readHyphenTerms, readTerms } from './term.js';
import { readRatePoints } from './points.js';

export type { Figure, FigureKind, Qualifier } from './types.js';

/**
 * Figures sorted by start, never overlapping; `parent` points to an earlier figure, or to the
 * next one for a part written before its whole ("58 of the 251 hostages"); parents never cycle.
 */
export function extractFigures(text: string): Figure[] {
  const tk = new Tokens(text);
  const figures: Figure[] = [];
  let floor = -1; // last token of the previous figure: the next one starts after it
  const fractions = new Map<Figure, FractionMark>();
  for (let i = 0; i < tk.length; i++) {
    // "a third of the workforce", "half of its 2,400 staff", "one in five jobs" (fraction.ts)
    const fraction = readFraction(tk, i, floor);
    if (fraction) {
      figures.push(fraction.figure);
      fractions.set(fraction.figure, { share: fraction.share, whole: fraction.whole });
      floor = i = fraction.last;
      continue;
    }
    if (!startsQuantity(tk, i)) continue;
    const draft = readFigure(tk, i, floor);
    if (!draft) continue;
    const f = draft.figure;
    halfOf(tk, draft); // "half a million people" is 500,000
    if (draft.inherit && inheritCounted(text, figures, f)) draft.weak = false;
    let parent = parentOf(text, figures, f);
    if (parent === null) {
      parent = partitiveParent(text, figures, f);
      if (parent !== null && f.action === null) f.action = remainsAfter(tk, draft.last + 1);
    }
    if (parent !== null && f.action === null && f.counted === null) f.action = actionThroughReport(tk, draft.last + 1);
    if (f.kind === 'other' && f.counted === null && f.action !== null && f.currency === null) f.kind = 'count';
    // A bare number is kept when it answers a vote count ("40,200 votes to 31,900 for Orsk") or
    // is a part of the count right after it ("Velka received 40,200 of the 77,000 valid votes").
    // ... or is a workforce's size: "the plant's workforce of 3,600" (jobs.ts).
    if (draft.weak && parent === null && !rivalCount(tk, figures, f, draft.first, draft.last) && !workforceBefore(tk, draft.first)) {
      if (!partBeforeWhole(tk, draft.last)) continue;
      f.agent = recipientOf(tk, draft.first, draft.last);
    }
    f.parent = parent;
    figures.push(draft.figure);
    floor = draft.last;
    i = draft.last;
  }
  shareActions(text, figures);
  partOfNext(text, figures);
  readVoteShares(tk, figures);
  // Company news: what a sum or a percentage measures, and what happened to the jobs counted.
  readMeasures(tk, figures);
  readJobCounts(tk, figures);
  resolveFractions(tk, figures, fractions);
  // Central-bank news: rate changes in points, as basis points (points.ts).
  readRatePoints(tk, figures);
  // Court news: which lengths of time are prison terms, and which part of one (term.ts).
  readTerms(tk, figures);
  readHyphenTerms(tk, figures);
  return figures;
}

/**
 * "The charity put the number of displaced people at 11,000, far above the official figure of
 * 8,000": the figure named only as a figure counts what the previous count of its sentence counts.
 */
function inheritCounted(text: string, figures: readonly Figure[], f: Figure): boolean {
  const previous = figures[figures.length - 1];
  if (!previous || previous.kind !== 'count' || BREAK.test(text.slice(previous.end, f.start))) return false;
  f.counted = previous.counted;
  f.action = previous.action;
  f.kind = 'count';
  return true;
}
