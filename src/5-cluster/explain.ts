// The "why" of a membership: score, shared terms and names, and the member it matched.
import { Spread, topShared } from './vector.js';
import type { EventWhy, MembershipWhy } from '../core/analysis.js';
import type { Vec, WeightLookup } from './vector.js';
import type { ClusterItem, EventState, RecentMember } from './state.js';

/** The shared terms and names with the closest recent member of the event. */
export function explain(item: ClusterItem, event: EventState | null, score: number): MembershipWhy {
  if (!event) return { articleId: item.id, score: 0, terms: [], names: [], matched: null };
  let matched: RecentMember | null = null;
  let best = -1;
  const mine = new Spread(item.eventVector);
  let shared: Array<[string, number]>;
  try {
    for (const m of event.recent) {
      const s = mine.dot(m.eventVector);
      if (s > best) [matched, best] = [m, s];
    }
    // The features both hold, read from the member's 16 into the article's (a·b = b·a, products included).
    shared = matched ? mine.topShared(matched.eventVector, 12) : topShared(item.eventVector, event.centroid, 12);
  } finally {
    mine.release();
  }
  return {
    articleId: item.id,
    score: Math.round(score * 1000) / 1000,
    terms: shared.filter(([f]) => !f.startsWith('n:')).slice(0, 6).map(([f]) => f),
    names: shared.filter(([f]) => f.startsWith('n:')).slice(0, 6).map(([f]) => f.slice(2)),
    matched: matched?.id ?? null,
  };
}

/** Why an event sits in its storyline: the features its article (or centroid) shares with it. */
export function explainStoryline(via: EventWhy['via'], v: Vec, storyline: WeightLookup, score: number): EventWhy {
  if (via === 'first') return { via, score: 0, terms: [], names: [] };
  const shared = topShared(v, storyline, 12);
  return {
    via,
    score: Math.round(score * 1000) / 1000,
    terms: shared.filter(([f]) => !f.startsWith('n:')).slice(0, 6).map(([f]) => f),
    names: shared.filter(([f]) => f.startsWith('n:')).slice(0, 6).map(([f]) => f.slice(2)),
  };
}
