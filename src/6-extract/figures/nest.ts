// Which earlier figure a figure is part of. Samples: "90 people were rescued, including 15
// children" (15 in 90), "of whom 12 were women", "among them 3 journalists", and siblings:
// "including 15 children and 3 journalists" (both in the first figure).
import type { Figure, FigureKind } from './types.js';
import { NESTING_CUE, SIBLING_GAP } from './model/context.js';

/** Longest text between a figure and the one nested in it: one clause, not a paragraph. */
const MAX_GAP = 120;
/** Ends a sentence or a paragraph: figures on either side are not nested. */
export const BREAK = /[.!?;\n\r]/;

/** Counts nest in counts, money in money; ages and percentages never nest. */
function group(kind: FigureKind): number {
  return kind === 'count' || kind === 'other' ? 1 : kind === 'money' ? 2 : 0;
}

function fits(outer: Figure, inner: Figure): boolean {
  const g = group(outer.kind);
  return g !== 0 && g === group(inner.kind) && inner.value <= (outer.high ?? outer.value);
}

/** Index in `figures` of the figure that `figure` (coming next in the text) is part of, or null. */
export function parentOf(text: string, figures: readonly Figure[], figure: Figure): number | null {
  const previousIndex = figures.length - 1;
  const previous = figures[previousIndex];
  if (!previous || figure.start - previous.end > MAX_GAP) return null;
  const gap = text.slice(previous.end, figure.start);
  if (BREAK.test(gap)) return null;
  let outer: number | null = null;
  if (NESTING_CUE.test(gap)) outer = previousIndex;
  else if (previous.parent !== null && SIBLING_GAP.test(gap)) outer = previous.parent;
  if (outer === null) return null;
  const candidate = figures[outer];
  return candidate && fits(candidate, figure) ? outer : null;
}
