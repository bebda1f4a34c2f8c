// Coverage grouped by an attribute of the registry: every article's outlet is replaced by its
// outlet's value of that attribute ("stance": "left"), then omissions and the framing table are
// recomputed over the groups, so the claim matrix, the omissions and the words for the same
// things read group by group. Outlets without the attribute form the group "(no stance)".
import type { Report } from '../report/schema.js';
import { eventsOf, omissionsOf } from '../7-align/index.js';
import type { OutletRegistry } from './registry.js';

export const ungrouped = (attribute: string) => `(no ${attribute})`;

export function groupReport(r: Report, attribute: string, registry: OutletRegistry): Report {
  const groupOf = new Map(r.articles.map((a) => [a.id, registry.resolve(a.outlet)?.attributes[attribute] ?? ungrouped(attribute)]));
  const articles = r.articles.map((a) => ({ ...a, outlet: groupOf.get(a.id)! }));
  const byTime = [...articles].sort((x, y) => (x.publishedAt ?? '\uffff').localeCompare(y.publishedAt ?? '\uffff'));
  // A credit names an outlet, never an attribute value: a group is credited through its outlets' names.
  const members = new Map<string, Set<string>>();
  for (const a of r.articles) if (a.outlet) (members.get(groupOf.get(a.id)!) ?? members.set(groupOf.get(a.id)!, new Set()).get(groupOf.get(a.id)!)!).add(a.outlet);
  const creditNames = (group: string) => [...(members.get(group) ?? [])];
  const omissions = r.storylines.flatMap((s) => {
    const scopes: Array<{ eventId: string | null; ids: Set<string> }> = s.events.map((e) => ({ eventId: e.id, ids: new Set(e.articleIds) }));
    if (s.events.length > 1) scopes.push({ eventId: null, ids: new Set(s.articleIds) });
    return scopes.flatMap(({ eventId, ids }) =>
      omissionsOf(s.id, eventId, byTime.filter((a) => ids.has(a.id)), r.claims.filter((c) => c.storylineId === s.id && c.eventId === eventId), eventId === null ? eventsOf(s) : undefined, creditNames),
    );
  });
  const framing = r.framing.map((f) => {
    const counts = new Map<string, Map<string, number>>();
    for (const t of f.terms) {
      const g = groupOf.get(t.articleId) ?? t.articleId;
      const terms = counts.get(g) ?? new Map<string, number>();
      counts.set(g, terms.set(t.term, (terms.get(t.term) ?? 0) + t.count));
    }
    const outlets = [...counts].map(([outlet, terms]) => ({ outlet, terms: [...terms].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1)) }));
    return { ...f, outlets };
  });
  return { ...r, articles, omissions, framing };
}
