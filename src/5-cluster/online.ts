// Online two-level clustering: each article joins the most similar storyline (found through
// an inverted index over storyline centroids, never by comparing the whole corpus), then the
// most similar event inside it, where events further apart in time than a gap are penalised.
import { Centroid } from './centroid.js';
import { dot, topShared, type Vec } from './vector.js';
import type { MembershipWhy } from '../core/analysis.js';

export interface ClusterOptions {
  storyThreshold: number;
  eventThreshold: number;
  /** Features of an article looked up in the index. */
  probeFeatures: number;
  /** Features under which a storyline is indexed. */
  indexFeatures: number;
  centroidFeatures: number;
  /** Days beyond an event's time span after which similarity is penalised. */
  eventGapDays: number;
  /** Penalty per day beyond the gap, capped at maxTimePenalty. */
  timePenaltyPerDay: number;
  maxTimePenalty: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  storyThreshold: 0.2,
  eventThreshold: 0.35,
  probeFeatures: 20,
  indexFeatures: 40,
  centroidFeatures: 300,
  eventGapDays: 4,
  timePenaltyPerDay: 0.02,
  maxTimePenalty: 0.3,
};

export interface ClusterItem {
  id: string;
  /** Storyline-level vector: subject terms. */
  vector: Vec;
  /** Event-level vector: names weigh more (who, where), to tell two incidents of one kind apart. */
  eventVector: Vec;
  /** Publication time in ms, or null when unknown. */
  time: number | null;
}

interface EventState {
  centroid: Centroid;
  members: ClusterItem[];
  minTime: number | null;
  maxTime: number | null;
}

export interface StorylineState {
  centroid: Centroid;
  members: ClusterItem[];
  events: EventState[];
}

export interface Placement {
  storyline: number;
  event: number;
  why: MembershipWhy;
}

const DAY = 86_400_000;

export class OnlineClusterer {
  readonly storylines: StorylineState[] = [];
  private readonly index = new Map<string, Set<number>>();

  constructor(readonly opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS) {}

  add(item: ClusterItem): Placement {
    const probe = [...item.vector.keys()].slice(0, this.opts.probeFeatures);
    const candidates = new Set<number>();
    for (const f of probe) for (const s of this.index.get(f) ?? []) candidates.add(s);
    let best = -1;
    let bestScore = 0;
    for (const s of [...candidates].sort((a, b) => a - b)) {
      const score = this.storylines[s]!.centroid.similarity(item.vector);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    if (best < 0 || bestScore < this.opts.storyThreshold) {
      best = this.storylines.length;
      bestScore = 0;
      this.storylines.push({ centroid: new Centroid(this.opts.centroidFeatures), members: [], events: [] });
    }
    const story = this.storylines[best]!;
    const event = this.placeInEvent(story, item);
    story.centroid.add(item.vector);
    story.members.push(item);
    for (const f of story.centroid.top(this.opts.indexFeatures)) {
      let set = this.index.get(f);
      if (!set) this.index.set(f, (set = new Set()));
      set.add(best);
    }
    return { storyline: best, event: event.index, why: explain(item, event.score > 0 ? story.events[event.index]! : null, event.score) };
  }

  private placeInEvent(story: StorylineState, item: ClusterItem): { index: number; score: number } {
    let best = -1;
    let bestScore = 0;
    story.events.forEach((e, i) => {
      const score = e.centroid.similarity(item.eventVector) - this.timePenalty(e, item.time);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0 || bestScore < this.opts.eventThreshold) {
      best = story.events.length;
      bestScore = 0;
      story.events.push({ centroid: new Centroid(this.opts.centroidFeatures), members: [], minTime: null, maxTime: null });
    }
    const e = story.events[best]!;
    e.centroid.add(item.eventVector);
    e.members.push(item);
    if (item.time !== null) {
      e.minTime = e.minTime === null ? item.time : Math.min(e.minTime, item.time);
      e.maxTime = e.maxTime === null ? item.time : Math.max(e.maxTime, item.time);
    }
    return { index: best, score: bestScore };
  }

  private timePenalty(e: EventState, t: number | null): number {
    if (t === null || e.minTime === null || e.maxTime === null) return 0;
    const outside = t < e.minTime ? (e.minTime - t) / DAY : t > e.maxTime ? (t - e.maxTime) / DAY : 0;
    const beyond = outside - this.opts.eventGapDays;
    return beyond > 0 ? Math.min(this.opts.maxTimePenalty, beyond * this.opts.timePenaltyPerDay) : 0;
  }
}

/** The shared terms and names with the closest earlier member of the event (last 50 looked at). */
function explain(item: ClusterItem, event: EventState | null, score: number): MembershipWhy {
  if (!event) return { articleId: item.id, score: 0, terms: [], names: [], matched: null };
  let matched: ClusterItem | null = null;
  let best = -1;
  for (const m of event.members.slice(-51, -1)) {
    const s = dot(item.eventVector, m.eventVector);
    if (s > best) [matched, best] = [m, s];
  }
  const shared = topShared(item.eventVector, matched?.eventVector ?? event.centroid.vector(), 12);
  return {
    articleId: item.id,
    score: Math.round(score * 1000) / 1000,
    terms: shared.filter(([f]) => !f.startsWith('n:')).slice(0, 6).map(([f]) => f),
    names: shared.filter(([f]) => f.startsWith('n:')).slice(0, 6).map(([f]) => f.slice(2)),
    matched: matched?.id ?? null,
  };
}
