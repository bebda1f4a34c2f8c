// Online clustering, bottom-up: each article joins the most similar event (who, where, when:
// name-heavy vectors, penalised beyond a time gap) or opens a new one; each new event joins
// the most similar storyline (subject terms) or opens one. Candidates come from inverted
// indexes over centroid features, never from comparing the whole corpus.
import { Centroid } from './centroid.js';
import { Vocabulary } from './vocab.js';
import { explain, explainStoryline } from './explain.js';
import type { EventWhy } from '../core/analysis.js';
import { addMember, addToEvent, addVector, resetTimes, root, strongest, trimRecent, type ClusterItem, type EventState, type Member, type Partner, type Placed, type StorylineState } from './state.js';

export type { ClusterItem, EventState, Member, Partner, Placed, StorylineState } from './state.js';
import { CentroidIndex } from './index-postings.js';
import type { MembershipWhy } from '../core/analysis.js';
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './options.js';
import { dispatchPenalty, mergePenalty } from './dispatch.js';

export { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './options.js';

const DAY = 86_400_000;

export class OnlineClusterer {
  readonly events: EventState[] = [];
  readonly storylines: StorylineState[] = [];
  private readonly eventIndex = new CentroidIndex<EventState>();
  private readonly storyIndex = new CentroidIndex<StorylineState>();
  /** Events that received articles since the last consolidation: only they are re-checked. */
  private touched = new Set<EventState>();
  /** Events created since the last consolidation. */
  private newEvents = new Set<EventState>();
  private created = 0;
  /** Newest publication time seen: events idle well before it leave the active index. */
  private latest = -Infinity;
  /** Events idle for longer than the time penalty's full reach; probed only for old or undated articles. */
  private readonly archive = new CentroidIndex<EventState>();
  /** Event of each article (kept until the article's batch is refined and consolidated). */
  private readonly placed = new Map<string, EventState>();
  /** Storylines whose articles changed (gained, lost, merged) since takeChanges() was last called. */
  private changed = new Set<StorylineState>();
  /** Creation orders of storylines merged into others (or emptied) since takeChanges(). */
  private removed: number[] = [];

  /** @param vocab the numbering of the features of the vectors given (the session's document frequencies'). */
  constructor(
    readonly opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
    private readonly vocab: Vocabulary = new Vocabulary(),
  ) {}

  /** Days after which an idle event can no longer win against the capped time penalty. */
  private get retireMs(): number {
    return (this.opts.eventGapDays + this.opts.maxTimePenalty / this.opts.timePenaltyPerDay) * DAY;
  }

  /**
   * Events sharing a strong feature with the article. An event met here that has been idle
   * past the horizon moves to the archive (lazily: the cost follows the candidates, not the
   * corpus); the archive is searched only for articles that are old or undated.
   */
  private eventCandidates(item: ClusterItem): EventState[] {
    const probe = strongest(item.eventVector, this.opts.probeFeatures);
    const horizon = this.latest - this.retireMs;
    const active = this.eventIndex.candidates(probe).filter((e) => {
      if (e.maxTime === null || e.maxTime >= horizon) return true;
      this.eventIndex.remove(e);
      this.archive.post(e, e.centroid.top(this.opts.indexFeatures));
      return false;
    });
    if (item.time !== null && item.time >= horizon) return active;
    return [...active, ...this.archive.candidates(probe)];
  }

  /**
   * Places an article. `partner` is its closest neighbour among the batch's articles still to
   * come: when that neighbour is clearly closer to the article than the best event and does not
   * fit that event itself, the match is a chance one (one shared person, another story), and
   * the article opens an event for the pair instead (what average link would do: closest
   * pairs first).
   */
  add(item: ClusterItem, partnerOf: (() => Partner | null) | null = null): Placed {
    let event: EventState | null = null;
    let score = 0;
    if (item.time !== null && item.time > this.latest) this.latest = item.time;
    for (const e of this.eventCandidates(item)) {
      const s = this.fit(e, item);
      if (s > score) [event, score] = [e, s];
    }
    // An article that fits its event as well as two events that would be merged does not wait.
    if (event && partnerOf && score >= this.opts.eventThreshold && score < this.opts.eventMergeThreshold) {
      const partner = partnerOf();
      if (partner && partner.sim > score + this.opts.partnerMargin && this.fit(event, partner.item) < this.opts.eventThreshold) event = null;
    }
    if (!event || score < this.opts.eventThreshold) {
      const [storyline, storylineWhy] = this.storylineFor(item);
      event = { centroid: new Centroid(this.opts.centroidFeatures, this.vocab), members: [], recent: [], minTime: null, maxTime: null, outlets: new Map(), storyline, storylineWhy };
      event.storyline.events.push(event);
      this.events.push(event);
      this.newEvents.add(event);
      score = 0;
    }
    const why = explain(item, score > 0 ? event : null, score);
    const member = addToEvent(event, item);
    this.touched.add(event);
    this.changed.add(event.storyline);
    this.placed.set(item.id, event);
    event.storyline.centroid.add(item.vector);
    if (this.archive.has(event)) this.archive.remove(event);
    this.eventIndex.post(event, event.centroid.top(this.opts.indexFeatures));
    // A large storyline's top features move slowly: it is re-indexed every 8th article.
    const story = event.storyline;
    if (story.centroid.size <= 8 || story.centroid.size % 8 === 0) this.storyIndex.post(story, story.centroid.top(this.opts.indexFeatures));
    return { why, member };
  }

  /** The storyline of a member counts as changed (a copy of the member joined it). */
  touch(m: Member): void {
    this.changed.add(root(m.event.storyline));
  }

  private storylineFor(item: ClusterItem): [StorylineState, EventWhy] {
    let best: StorylineState | null = null;
    let score = 0;
    for (const s of this.storyIndex.candidates(strongest(item.vector, this.opts.probeFeatures))) {
      const sim = s.centroid.similarity(item.vector);
      if (sim > score) [best, score] = [s, sim];
    }
    if (best && score >= this.opts.storyThreshold) return [best, explainStoryline('joined', item.vector, best.centroid, score)];
    const created: StorylineState = { centroid: new Centroid(this.opts.centroidFeatures, this.vocab), events: [], mergedInto: null, order: this.created++ };
    this.storylines.push(created);
    return [created, explainStoryline('first', item.vector, created.centroid, 0)];
  }

  /**
   * One refinement pass over a batch (a k-means step): an article placed while its event was
   * young moves to the event that now fits it clearly better. Only the batch's articles are
   * looked at, and candidates come from the index.
   */
  refine(batch: ClusterItem[], margin: number): MembershipWhy[] {
    const moved: MembershipWhy[] = [];
    const eventOf = new Map<string, EventState>();
    for (const item of batch) {
      const e = this.placed.get(item.id);
      if (e) eventOf.set(item.id, e);
    }
    for (const item of batch) {
      const from = eventOf.get(item.id);
      if (!from || from.members.length <= 1) continue;
      const stay = from.centroid.similarityWithout(item.eventVector);
      let best: EventState | null = null;
      let score = Math.max(stay + margin, this.opts.eventThreshold);
      for (const e of this.eventCandidates(item)) {
        if (e === from || !e.members.length) continue;
        const sim = e.centroid.similarity(item.eventVector) - this.timePenalty(e, item.time) - dispatchPenalty(e.outlets, item, this.opts);
        if (sim > score) [best, score] = [e, sim];
      }
      if (!best) continue;
      from.centroid.remove(item.eventVector);
      const member = from.members.find((m) => m.id === item.id)!;
      from.members = from.members.filter((m) => m !== member);
      from.recent = from.recent.filter((m) => m.id !== item.id);
      if (!from.members.length) this.forget(from);
      resetTimes(from);
      const fromStory = root(from.storyline);
      const toStory = root(best.storyline);
      if (fromStory !== toStory) {
        fromStory.centroid.remove(item.vector);
        toStory.centroid.add(item.vector);
      }
      this.changed.add(fromStory).add(toStory);
      moved.push(explain(item, best, score));
      addVector(best, item);
      addMember(best, member);
      best.members.sort((a, b) => a.seq - b.seq);
      this.placed.set(item.id, best);
      this.touched.add(best);
      this.touched.add(from);
    }
    return moved;
  }

  /**
   * Single-pass clustering splits a subject whose first articles shared little; clusters whose
   * centroids turn out similar are merged, the later into the earlier: events first (which
   * also joins their storylines), then storylines. Candidates come from the indexes.
   */
  consolidate(): void {
    const dead = new Set<EventState>();
    const touchedStories = new Set<StorylineState>();
    // Oldest first, so that the later of two events is merged into the earlier.
    for (const e of this.touched) {
      if (e.members.length) continue;
      dead.add(e);
      const s = root(e.storyline);
      s.events = s.events.filter((x) => x !== e);
    }
    for (const e of [...this.touched].filter((x) => x.members.length).sort((a, b) => a.members[0]!.seq - b.members[0]!.seq)) {
      if (dead.has(e)) continue;
      // Storylines are re-checked for merges only when they gained an event in this batch.
      if (this.newEvents.has(e)) touchedStories.add(root(e.storyline));
      for (const o of this.eventIndex.candidates(e.centroid.top(this.opts.probeFeatures))) {
        if (o === e || dead.has(o) || !o.members.length) continue;
        const [into, from] = o.members[0]!.seq < e.members[0]!.seq ? [o, e] : [e, o];
        if (dead.has(into)) continue;
        const gap = (from.minTime !== null ? this.timePenalty(into, from.minTime) : 0) + mergePenalty(into.outlets, from.outlets, this.opts);
        if (into.centroid.cosine(from.centroid) - gap < this.opts.eventMergeThreshold) continue;
        into.centroid.merge(from.centroid);
        from.members.forEach((m) => addMember(into, m));
        into.members.sort((a, b) => a.seq - b.seq);
        into.recent.push(...from.recent);
        trimRecent(into);
        dead.add(from);
        this.forget(from);
        this.eventIndex.post(into, into.centroid.top(this.opts.indexFeatures));
        const so = root(from.storyline);
        so.events = so.events.filter((x) => x !== from);
        if (so !== root(into.storyline)) this.mergeStorylines(root(into.storyline), so);
        touchedStories.add(root(into.storyline));
        this.changed.add(root(into.storyline));
        if (from === e) break;
      }
    }
    this.touched = new Set();
    this.newEvents = new Set();
    this.placed.clear();
    if (dead.size) this.events.splice(0, this.events.length, ...this.events.filter((e) => !dead.has(e)));
    for (const s0 of [...touchedStories].sort((a, b) => a.order - b.order)) {
      const s = root(s0);
      if (s.mergedInto) continue;
      for (const o of this.storyIndex.candidates(s.centroid.top(this.opts.probeFeatures))) {
        const ro = root(o);
        if (ro === s || ro.mergedInto) continue;
        if (s.centroid.cosine(ro.centroid) >= this.opts.storyMergeThreshold) {
          if (ro.order < s.order) this.mergeStorylines(ro, s);
          else this.mergeStorylines(s, ro);
          if (s.mergedInto) break;
        }
      }
    }
    if (this.storylines.some((s) => s.mergedInto || !s.events.length)) {
      this.storylines.splice(0, this.storylines.length, ...this.storylines.filter((s) => !s.mergedInto && s.events.length));
      for (const s of this.storylines) for (const e of s.events) e.storyline = s;
    }
  }

  /**
   * What changed since the last call: the live storylines that gained, lost or merged articles,
   * and the creation orders of storylines gone (merged into another or emptied). An analysis
   * kept per storyline redoes the first and drops the second.
   */
  takeChanges(): { changed: StorylineState[]; removed: number[] } {
    const changed = new Set<StorylineState>();
    const removed = new Set(this.removed);
    for (const s of this.changed) {
      const r = root(s);
      if (r.events.length) changed.add(r);
      else removed.add(r.order);
    }
    for (const s of changed) removed.delete(s.order);
    this.changed = new Set();
    this.removed = [];
    return { changed: [...changed].sort((a, b) => a.order - b.order), removed: [...removed].sort((a, b) => a - b) };
  }

  /** An event gone (merged or emptied) leaves both indexes. */
  private forget(e: EventState): void {
    this.eventIndex.remove(e);
    this.archive.remove(e);
  }

  private mergeStorylines(into: StorylineState, from: StorylineState): void {
    const score = into.centroid.cosine(from.centroid);
    const why = explainStoryline('merged', from.centroid.vector(), into.centroid, score);
    for (const e of from.events) if (e.storylineWhy.via === 'first') e.storylineWhy = why;
    into.centroid.merge(from.centroid);
    into.events.push(...from.events);
    from.events = [];
    from.mergedInto = into;
    this.changed.add(into);
    this.removed.push(from.order);
    this.storyIndex.remove(from);
  }

  /** An article's similarity to an event, time (and its outlet's other days) taken into account. */
  private fit(e: EventState, item: ClusterItem): number {
    return e.centroid.similarity(item.eventVector) - this.timePenalty(e, item.time) - dispatchPenalty(e.outlets, item, this.opts);
  }

  private timePenalty(e: EventState, t: number | null): number {
    if (t === null || e.minTime === null || e.maxTime === null) return 0;
    const outside = t < e.minTime ? (e.minTime - t) / DAY : t > e.maxTime ? (t - e.maxTime) / DAY : 0;
    // Within a day of the event: a small bonus (two outlets' opposite accounts of one incident
    // share its names and date more than its words).
    if (outside <= 1) return -this.opts.sameDayBonus;
    const beyond = outside - this.opts.eventGapDays;
    return beyond > 0 ? Math.min(this.opts.maxTimePenalty, beyond * this.opts.timePenaltyPerDay) : 0;
  }
}

