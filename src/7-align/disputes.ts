// Whether differing values are a dispute or a change: a statement's sentences giving rival
// values, values set against each other inside one event, values that follow one another in time.
import type { ClaimStatus } from './figure-claims.js';
import { inSequence, type TimedReport } from './figure-time.js';

export { inSequence } from './figure-time.js';

/**
 * Whether a statement conflicts, given the conflicting figures' values ("claim:value") each of
 * its sentences carries: a lone sentence with a disputed value does; several sentences do
 * when two of them give different values of one quantity, not because one of them also
 * mentions a figure disputed elsewhere ("agreed to free 58 detainees" beside "refused to free any").
 */
export function conflictingGroup(valuesBySentence: string[][]): boolean {
  if (valuesBySentence.length === 1) return valuesBySentence[0]!.length > 0;
  const seen = new Map<string, Set<string>>();
  valuesBySentence.forEach((values, i) => {
    for (const v of values) (seen.get(v) ?? seen.set(v, new Set()).get(v)!).add(String(i));
  });
  const byClaim = new Map<string, Set<string>>();
  for (const v of seen.keys()) {
    const claim = v.split(':')[0]!;
    (byClaim.get(claim) ?? byClaim.set(claim, new Set()).get(claim)!).add(v);
  }
  // Two values of one claim, one sentence giving the first without the second and another the reverse.
  const only = (a: string, b: string) => [...seen.get(a)!].some((x) => !seen.get(b)!.has(x));
  return [...byClaim.values()].some((vals) => {
    const list = [...vals];
    return list.some((a, i) => list.slice(i + 1).some((b) => only(a, b) && only(b, a)));
  });
}
/**
 * Whether two values are set against each other inside one event: in some event, each of two
 * value groups is given by a voice that does not give the other. Values that differ only
 * between events are what a storyline's figures over time show.
 */
export function disputedWithinEvent(values: ReadonlyArray<{ occurrences: ReadonlyArray<{ articleId: string; root: string }> }>, eventOf: ReadonlyMap<string, string>): boolean {
  return valuesDisputedWithinEvent(values, eventOf).size > 0;
}

/** The indices of the values set against another inside one event (see disputedWithinEvent). */
export function valuesDisputedWithinEvent(values: ReadonlyArray<{ occurrences: ReadonlyArray<{ articleId: string; root: string }> }>, eventOf: ReadonlyMap<string, string>): Set<number> {
  const byEvent = new Map<string, Array<Set<string>>>();
  values.forEach((v, i) => {
    for (const o of v.occurrences) {
      const e = eventOf.get(o.articleId) ?? '';
      const groups = byEvent.get(e) ?? byEvent.set(e, values.map(() => new Set<string>())).get(e)!;
      groups[i]!.add(o.root);
    }
  });
  const only = (a: Set<string>, b: Set<string>) => [...a].some((r) => !b.has(r));
  const out = new Set<number>();
  for (const groups of byEvent.values())
    groups.forEach((a, i) => groups.forEach((b, j) => {
      if (i < j && a.size > 0 && b.size > 0 && only(a, b) && only(b, a)) out.add(i).add(j);
    }));
  return out;
}

/**
 * A conflicting claim whose values are a change rather than a dispute (over a storyline they
 * differ only between events; with `sequence`, they follow one another in time, no voice
 * repeating an older value after a newer one) becomes corroborated or single-source. An
 * undisputed claim whose values follow one another in time, a day or more apart, is a change
 * too (12 dead on Monday, 31 on Tuesday, 47 on Wednesday, each from the wire and a paper);
 * a stale repeat of an older value does not undo that: the figures over time flag it.
 * True when the claim is a change.
 */
export function isChange(c: { status: ClaimStatus; independentReports: number; values: ReadonlyArray<{ occurrences: ReadonlyArray<TimedReport & { articleId: string }> }>; bySayers?: boolean }, eventOf: ReadonlyMap<string, string> | undefined, sequence: boolean): boolean {
  if (c.status !== 'conflicting') return sequence && inSequence(c.values, false);
  // Two sayers' values set side by side in one article, for one day, are a dispute whatever else the values do.
  if (c.bySayers) return false;
  if (!(eventOf && !disputedWithinEvent(c.values, eventOf)) && !(sequence && inSequence(c.values))) return false;
  // Corroborated only when one of the values is given by two or more independent reports.
  c.status = c.values.some((v) => new Set(v.occurrences.map((o) => o.root)).size >= 2) ? 'corroborated' : 'single-source';
  return true;
}
