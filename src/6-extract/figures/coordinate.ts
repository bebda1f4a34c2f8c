// Coordinated figures share their action: in "killed 25 soldiers and 15 civilians" and in
// "25 soldiers and 15 civilians were killed" the verb is read next to one figure only; the
// other, joined to it by "and", "or" or a comma, counts the same kind of thing.
import type { Figure } from './types.js';

const JOIN = /^\s*(?:,\s*)?(?:and|or|as well as)?\s*$|^\s*,\s*$/i;

export function shareActions(text: string, figures: Figure[]): void {
  const joined = (a: Figure, b: Figure) => a.kind === b.kind && a.parent === null && b.parent === null && !!a.counted && !!b.counted && JOIN.test(text.slice(a.end, b.start));
  // Backwards, then forwards: "12 soldiers, 3 police officers and 9 civilians were wounded".
  for (let i = figures.length - 2; i >= 0; i--) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (!a.action && b.action && joined(a, b)) a.action = b.action;
  }
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (a.action && !b.action && joined(a, b)) b.action = a.action;
  }
}
