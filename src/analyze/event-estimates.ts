// Whether an event's start or end on the timeline is a date Parallax estimated. An article with
// no date of its own is dated from what its text mentions ("2023", "on 7 October") and flagged
// `dateEstimated`; an event whose first day comes only from such articles shows "2023-10-07
// (est.)" rather than a date that looks reported.

import { timeOfIso } from '../5-cluster/index.js';

/** An article's publication time (ms since the epoch, or null) and whether it was estimated. */
export interface DatedArticle {
  time: number | null;
  estimated: boolean;
}

export interface EventEstimates {
  startEstimated?: true;
  endEstimated?: true;
}

export { timeOfIso };

/**
 * The flags of an event (left out when false): its start (end) is estimated when every article
 * published at that moment has an estimated date.
 */
export function eventEstimates(e: { articleIds: readonly string[]; start: string | null; end: string | null }, dateOf: (id: string) => DatedArticle | undefined): EventEstimates {
  const estimatedAt = (iso: string | null): boolean => {
    const t = timeOfIso(iso);
    if (t === null) return false;
    let seen = false;
    for (const id of e.articleIds) {
      const a = dateOf(id);
      if (!a || a.time !== t) continue;
      if (!a.estimated) return false;
      seen = true;
    }
    return seen;
  };
  return { ...(estimatedAt(e.start) ? { startEstimated: true as const } : {}), ...(estimatedAt(e.end) ? { endEstimated: true as const } : {}) };
}

/** A day an event's articles report it happened on, with the articles that say so. */
export interface ReportedDay {
  day: string;
  articleIds: string[];
}

/**
 * The days an event's articles report it happened on (each article's `eventDate` when it is a
 * day), most articles first, then earliest: published on the 15th and 16th, the articles say
 * the talks opened "on Tuesday", the 14th. Empty when no article gives a day.
 */
export function reportedDays(articleIds: readonly string[], eventDateOf: (id: string) => string | null | undefined): ReportedDay[] {
  const by = new Map<string, string[]>();
  for (const id of articleIds) {
    const d = eventDateOf(id);
    if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) by.set(d, [...(by.get(d) ?? []), id]);
  }
  return [...by].map(([day, ids]) => ({ day, articleIds: ids })).sort((a, b) => b.articleIds.length - a.articleIds.length || a.day.localeCompare(b.day));
}
