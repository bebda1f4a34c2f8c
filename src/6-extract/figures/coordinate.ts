// Coordinated figures share their action: in "killed 25 soldiers and 15 civilians" and in
// "25 soldiers and 15 civilians were killed" the verb is read next to one figure only; the
// other, joined to it by "and", "or" or a comma, counts the same kind of thing.
import type { Figure } from './types.js';
import { TOLL_NOUNS } from './model/actions.js';

const tollNouns = new Set(TOLL_NOUNS);
/** "The death toll stands at 58, and 19 people are still missing": a toll is a count of its own, sharing no verb. */
const isToll = (f: Figure) => !!f.counted && tollNouns.has(f.counted.slice(f.counted.lastIndexOf(' ') + 1));

const JOIN = /^\s*(?:,\s*)?(?:and|or|as well as)?\s*$|^\s*,\s*$/i;

export function shareActions(text: string, figures: Figure[]): void {
  const joined = (a: Figure, b: Figure) => a.kind === b.kind && !isToll(a) && !isToll(b) && a.parent === null && b.parent === null && !!a.counted && !!b.counted && JOIN.test(text.slice(a.end, b.start));
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
