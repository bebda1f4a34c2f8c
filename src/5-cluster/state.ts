// The clusterer's state: articles as they arrive, the members events keep, and the small
// helpers that keep events and storylines consistent.
import type { Centroid } from './centroid.js';
import type { EventWhy, MembershipWhy } from '../core/analysis.js';
import type { Vec } from './vector.js';
import { widenOutlet, type OutletSpans } from './dispatch.js';

export interface ClusterItem {
  id: string;
  /** Storyline-level vector: subject terms. */
  vector: Vec;
  /** Event-level vector: names weigh more (who, where), to tell two incidents of one kind apart. */
  eventVector: Vec;
  /** Publication time in ms, or null when unknown. */
  time: number | null;
  /** Arrival order, to keep members in order after merges. */
  seq: number;
  /** The outlet, when known (dispatch.ts). */
  outlet?: string | null;
}

/** An article's closest neighbour among the batch's articles still to come, and their cosine. */
export interface Partner {
  item: ClusterItem;
  sim: number;
}

/** Where an article was placed: why, and its member (which follows it through moves and merges). */
export interface Placed {
  why: MembershipWhy;
  member: Member;
}

/** What an event keeps of each member: vectors are dropped after placement (memory). */
export interface Member {
  id: string;
  time: number | null;
  seq: number;
  outlet?: string | null;
  /** The event holding it: one object per article for its life (moved, never remade, by refinement and merges), so a copy found later reaches its original's event through it. */
  event: EventState;
}

/** Members whose vectors are kept for explanations ("matched" in the why). */
export const RECENT = 20;

/** A recent member as kept for explanations: its strongest event features only. */
export interface RecentMember {
  id: string;
  eventVector: Vec;
}

/** Features of a recent member kept for explanations. */
const RECENT_FEATURES = 16;

export interface EventState {
  centroid: Centroid;
  members: Member[];
  recent: RecentMember[];
  minTime: number | null;
  maxTime: number | null;
  /** Each outlet's first and last publication time among the members. */
  outlets: OutletSpans;
  storyline: StorylineState;
  storylineWhy: EventWhy;
}

export interface StorylineState {
  centroid: Centroid;
  events: EventState[];
  /** Set when merged into another storyline. */
  mergedInto: StorylineState | null;
  /** Creation order: the earlier of two merged storylines absorbs the later. */
  order: number;
}

/** Article vectors are built strongest feature first. */
export function strongest(v: Vec, n: number): string[] {
  return v.keys.slice(0, n);
}

export function root(s: StorylineState): StorylineState {
  while (s.mergedInto) s = s.mergedInto;
  return s;
}

export function resetTimes(e: EventState): void {
  e.minTime = null;
  e.maxTime = null;
  e.outlets = new Map();
  for (const m of e.members) widenTimes(e, m.time), widenOutlet(e.outlets, m.outlet, m.time);
}

function widenTimes(e: EventState, t: number | null): void {
  if (t === null) return;
  e.minTime = e.minTime === null ? t : Math.min(e.minTime, t);
  e.maxTime = e.maxTime === null ? t : Math.max(e.maxTime, t);
}

/** Keep the newest RECENT members (after a merge the list may have grown past it). */
export function trimRecent(e: EventState): void {
  if (e.recent.length > RECENT) e.recent.splice(0, e.recent.length - RECENT);
}

/** The article's event vector into the event's centroid and recent members. */
export function addVector(e: EventState, item: ClusterItem): void {
  e.centroid.add(item.eventVector);
  const v = item.eventVector;
  const kept = { keys: v.keys.slice(0, RECENT_FEATURES), weights: v.weights.slice(0, RECENT_FEATURES) };
  e.recent.push({ id: item.id, eventVector: v.ids ? { ...kept, ids: v.ids.slice(0, RECENT_FEATURES) } : kept });
  trimRecent(e);
}

/** A member (new, or moved from another event) into the event's members and time span. */
export function addMember(e: EventState, m: Member): Member {
  m.event = e;
  e.members.push(m);
  widenTimes(e, m.time);
  widenOutlet(e.outlets, m.outlet, m.time);
  return m;
}

/** A new article into the event: its vector and its member. */
export function addToEvent(e: EventState, item: ClusterItem): Member {
  addVector(e, item);
  return addMember(e, { id: item.id, time: item.time, seq: item.seq, outlet: item.outlet ?? null, event: e });
}
