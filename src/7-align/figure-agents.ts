// One key, several doers: "The government freed 40 rebel prisoners" and "The council released 25
// detainees" are two quantities (each side's release), not rival values of one. Where a
// quantity's figures name two or more doers, each doer's figures get a key of their own
// ("count|release@government|prisoner"); a figure with no doer joins the one doer whose value
// it gives, else it stays under the plain key. Only for actions someone does to others
// (holding, releasing, arresting, spending, what a thing cost, money raised) and for whom votes
// were cast ("count|vote@velka|", one name being enough): a toll "killed by the flood" names a cause.
import { meet } from './agree.js';
import { claimInterval as intervalOf } from './claim-interval.js';
import type { FigureOccurrence } from './figure-claims.js';

// A share price is its company's: "Tolland shares fell 3%" and "Dorrin shares fell 5%" are two moves (money-key.ts keys the measure as the action).
const ACTIONS_WITH_DOERS = new Set(['hold', 'release', 'arrest', 'spend', 'cost', 'raise', 'vote', 'share price']);
/**
 * Quantities that are always someone's when a name is given: a candidate's votes are never all
 * the votes, so one named candidate is enough to keep them apart ("count|vote@velka|").
 */
const ALWAYS_SPLIT = new Set(['vote']);

/** "count|release@council|prisoner" -> "council"; null for a key with no doer. */
export const doerOf = (key: string): string | null => key.split('|')[1]?.split('@')[1] ?? null;

/** The key without its doer: "count|release@council|prisoner" -> "count|release|prisoner". */
export const withoutDoer = (key: string): string => key.replace(/@[^|]*/u, '');

/** One doer under its written forms: "rebels" and "rebel", "Hamas" at a sentence's start or not. */
const stemOf = (doer: string): string => (doer.length > 3 && doer.endsWith('s') && !/(?:ss|us|is)$/u.test(doer) ? doer.slice(0, -1) : doer);

/** In place, keeping the keys' order (claims come in order of first occurrence). */
export function splitByDoer<T extends FigureOccurrence>(byKey: Map<string, T[]>): void {
  const entries = [...byKey];
  byKey.clear();
  for (const [key, occs] of entries) {
    const [kind, action, ...rest] = key.split('|');
    const doerOf = (o: T) => (o.figure.agent ? stemOf(o.figure.agent) : null);
    const doers = [...new Set(occs.map(doerOf).filter((a): a is string => !!a))];
    if (!action || !ACTIONS_WITH_DOERS.has(action) || key.includes('|in:') || doers.length < (ALWAYS_SPLIT.has(action) ? 1 : 2)) {
      byKey.set(key, occs);
      continue;
    }
    // Named by the shortest form written ("rebel" of "Rebels" and "rebel"), the same in every scope.
    const nameOf = (doer: string) => occs.filter((o) => doerOf(o) === doer).map((o) => o.figure.agent!).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0]!;
    const keyOf = (doer: string) => [kind, `${action}@${nameOf(doer)}`, ...rest].join('|');
    const stay: T[] = [];
    const split = new Map<string, T[]>(doers.map((d) => [d, []]));
    for (const o of occs) if (doerOf(o)) split.get(doerOf(o)!)!.push(o);
    for (const o of occs) {
      if (doerOf(o)) continue;
      const iv = intervalOf(o.figure);
      const fits = doers.filter((d) => split.get(d)!.some((x) => meet(intervalOf(x.figure), iv)));
      if (fits.length === 1) split.get(fits[0]!)!.push(o);
      else stay.push(o);
    }
    if (stay.length) byKey.set(key, stay);
    for (const [doer, list] of split) byKey.set(keyOf(doer), list.sort((a, b) => occs.indexOf(a) - occs.indexOf(b)));
  }
}
