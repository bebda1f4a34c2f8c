// Omissions: for each outlet of a scope, the corroborated claims none of its articles carries,
// limited over a whole storyline to the events the outlet covered.
import type { Claim, Omission } from './index.js';
import { otherCarriers } from './omission-carriers.js';

/**
 * For each outlet of a scope (articles in time order), the corroborated claims none of its
 * articles carries, most reports first. Exported so that outlets grouped by an attribute of
 * the registry get their omissions computed the same way. Over a whole storyline, `eventOf`
 * (article id to event id) limits an outlet to the claims of events it covered: one report
 * of the funerals does not leave out the figures of talks held a week later. Given the articles'
 * texts, an outlet also carries a statement whose quote it gives or whose sentence credits it
 * (by one of `creditNames(outlet)`, when outlets are grouped).
 */
export function omissionsOf(storylineId: string, eventId: string | null, ordered: Array<{ id: string; outlet: string | null; publishedAt?: string | null; text?: string }>, claims: Array<Pick<Claim, 'id' | 'status' | 'independentReports' | 'occurrences'> & { kind?: Claim['kind'] }>, eventOf?: ReadonlyMap<string, string>, creditNames?: (outlet: string) => readonly string[]): Omission[] {
  const outletById = new Map(ordered.map((a) => [a.id, a.outlet ?? a.id]));
  const covered = new Map<string, Set<string | undefined>>();
  for (const a of ordered) (covered.get(a.outlet ?? a.id) ?? covered.set(a.outlet ?? a.id, new Set()).get(a.outlet ?? a.id)!).add(eventOf?.get(a.id));
  const inCoverage = (c: Pick<Claim, 'occurrences'>, outlet: string) => !eventOf || c.occurrences.some((o) => covered.get(outlet)!.has(eventOf.get(o.articleId)));
  // An outlet none of whose articles is dated cannot place "on Tuesday" on a day: it is not said to leave out a date.
  const undated = new Set([...new Set(ordered.map((a) => a.outlet ?? a.id))].filter((o) => ordered.every((a) => (a.outlet ?? a.id) !== o || a.publishedAt === null)));
  const carried = new Map(claims.map((c) => [c.id, new Set(c.occurrences.map((o) => outletById.get(o.articleId)!))]));
  const outlets = [...new Set(ordered.map((a) => a.outlet ?? a.id))];
  if (outlets.length < 2) return [];
  const carries = otherCarriers(ordered, creditNames);
  return outlets.map((outlet) => ({
    storylineId,
    eventId,
    outlet,
    articleIds: ordered.filter((a) => (a.outlet ?? a.id) === outlet).map((a) => a.id),
    missing: claims
      .filter((c) => c.status === 'corroborated' && !carried.get(c.id)!.has(outlet) && !(c.kind === 'date' && undated.has(outlet)) && inCoverage(c, outlet) && !carries(c, outlet))
      .sort((a, b) => b.independentReports - a.independentReports)
      .map((c) => ({ claimId: c.id, independentReports: c.independentReports })),
  }));
}

/** Each article's event in a storyline (what limits the storyline's omissions to covered events). */
export function eventsOf(s: { events: Array<{ id: string; articleIds: string[] }> }): Map<string, string> {
  return new Map(s.events.flatMap((e) => e.articleIds.map((id) => [id, e.id] as const)));
}
