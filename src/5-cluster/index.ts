// Cluster stage: articles -> storylines made of events, each membership with its "why".
// Incremental: a session keeps document frequencies, centroids and indexes, so adding a
// batch costs the batch (plus index lookups), never a pass over the corpus. Deterministic
// for the same input order; later batches never move earlier articles except by merging
// two clusters found to be one. A copy of an earlier article (copies.ts) joins that article's
// event without weighing in anything, so it changes no other article's place.
import type { AnalysisArticle, EventCluster, MembershipWhy } from '../core/analysis.js';
import { extractFeatures, type RawFeatures } from './features.js';
import { DocFrequency, weighEach } from './vector.js';
import { BatchNeighbours } from './neighbours.js';
import { detached } from '../core/detach.js';
import { CopyIndex } from './copies.js';
import type { Member } from './state.js';
import { centralTitle } from './title.js';

/** Strongest event features under which a batch's articles look for their nearest neighbour (20 measured the same as 10 on ECB+ and NeuS, at twice the cost). */
const PARTNER_PROBE = 10;
import { OnlineClusterer, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions, type StorylineState } from './online.js';

export { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './online.js';
export { centralTitle, titleMarks } from './title.js';

export interface ClusteredStoryline {
  id: string;
  title: string;
  articleIds: string[];
  events: EventCluster[];
}

export interface ClusterSettings extends ClusterOptions {
  /** Weight of names over terms in the storyline vector. */
  storyNameBoost: number;
  /** Weight of names over terms in the event vector. */
  eventNameBoost: number;
  maxFeatures: number;
  /** Merge clusters whose centroids are similar after each batch. */
  consolidate: boolean;
  /** Refinement passes over each batch (0 = pure single pass). */
  refinePasses: number;
  /** How much better another event must fit before an article moves there. */
  refineMargin: number;
  /** Features per article in the event vector (a long article's incident spans more than its storyline's subject terms). */
  eventMaxFeatures: number;
  /** Let an article wait for its closest unplaced batch neighbour rather than join an event that neighbour does not fit. */
  deferToPartner: boolean;
  /** Estimated feature-set Jaccard at which an article is a copy of an earlier one and joins it unweighed (above 1: never). */
  copySimilarity: number;
}

export const DEFAULT_SETTINGS: ClusterSettings = { ...DEFAULT_CLUSTER_OPTIONS, storyNameBoost: 1, eventNameBoost: 1.5, maxFeatures: 60, consolidate: true, refinePasses: 1, refineMargin: 0.02, eventMaxFeatures: 80, deferToPartner: true, copySimilarity: 0.8 };

/** An ISO date as ms since 1970, or null when missing or unreadable. */
export const timeOfIso = (iso: string | null | undefined): number | null => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : t;
};

/** Raw features per article object: an analysis that reuses the objects of the previous one (the memo) does not read them again. */
const rawCache = new WeakMap<AnalysisArticle, { title: string | null; text: string; raw: RawFeatures }>();
function rawFeatures(a: AnalysisArticle): RawFeatures {
  const hit = cachedFeatures(a);
  if (hit) return hit;
  const raw = extractFeatures(a.title, a.text);
  primeFeatures(a, raw);
  return raw;
}

/** The article object's features if at hand (read here before, or primed), else null. */
export const cachedFeatures = (a: AnalysisArticle): RawFeatures | null => {
  const hit = rawCache.get(a);
  return hit && hit.text === a.text && hit.title === a.title ? hit.raw : null;
};
export const hasFeatures = (a: AnalysisArticle): boolean => cachedFeatures(a) !== null;

/** Features read elsewhere (by the copies thread) for this article object: clustering then does not read its text. */
export function primeFeatures(a: AnalysisArticle, raw: RawFeatures): void {
  rawCache.set(a, { title: a.title, text: a.text, raw });
}

/** What the session keeps per article: enough to title and explain clusters. */
interface Kept {
  title: string | null;
  /** The opening words, kept only for an article without a title (a cluster's title falls back to them). */
  lead: string | null;
  why: MembershipWhy;
}

/** A copy as its original's event shows it. */
interface Copy {
  id: string;
  seq: number;
  time: number | null;
}

/**
 * The opening words, at most 80 characters, cut at a word boundary with "…" (a title cut
 * mid-word reads as a typo); a string of their own (a slice would keep the whole text alive).
 */
export const leadOf = (text: string): string => {
  const words = text.slice(0, 160).replace(/\s+/g, ' ').trim();
  if (words.length <= 80) return detached(words);
  // A space at index 79 means the word before it is whole: keep it (79 characters and "…").
  const space = words.slice(0, 80).lastIndexOf(' ');
  return detached(`${(space > 0 ? words.slice(0, space) : words.slice(0, 79)).replace(/[\s,;:–-]+$/, '')}…`);
};

export class ClusterSession {
  private readonly df = new DocFrequency();
  private readonly clusterer: OnlineClusterer;
  private readonly kept = new Map<string, Kept>();
  /** Originals by sketch: each held as its id until placed, then as its member. */
  private readonly originals: CopyIndex<Member | string>;
  /** The copies of each original that has some, in arrival order. */
  private readonly copies = new Map<string, Copy[]>();
  private seq = 0;

  constructor(readonly settings: ClusterSettings = DEFAULT_SETTINGS) {
    this.clusterer = new OnlineClusterer(settings, this.df.vocab);
    this.originals = new CopyIndex(settings.copySimilarity);
  }

  get size(): number {
    return this.kept.size;
  }

  /** Adds a batch: document frequencies first (O(batch)), then each article in order. */
  add(articles: AnalysisArticle[]): this {
    const fresh: AnalysisArticle[] = [];
    const raw: RawFeatures[] = [];
    const seqs: number[] = [];
    /** Index number of each original of the batch. */
    const numbers: number[] = [];
    for (const a of articles) {
      if (this.kept.has(a.id)) continue;
      const r = rawFeatures(a);
      const seq = this.seq++;
      const copy = this.originals.check(r.features, a.id);
      if (copy) this.addCopy(a, seq, copy.of, copy.sim);
      else fresh.push(a), raw.push(r), seqs.push(seq), numbers.push(this.originals.size - 1);
    }
    const ids = raw.map((r) => this.df.add(r.features));
    const s = this.settings;
    const items = fresh.map((a, i) => {
      const [vector, eventVector] = weighEach(raw[i]!, this.df, [s.storyNameBoost, s.eventNameBoost], [s.maxFeatures, s.eventMaxFeatures], ids[i]);
      return { id: a.id, vector: vector!, eventVector: eventVector!, time: timeOfIso(a.publishedAt), seq: seqs[i]!, outlet: a.outlet };
    });
    const near = s.deferToPartner ? new BatchNeighbours(items, PARTNER_PROBE) : null;
    items.forEach((item, i) => {
      const a = fresh[i]!;
      // Only a neighbour still to come is waited for (one placed already is among the candidates).
      const partner = near
        ? () => {
            const n = near.nearest(i);
            return n.at > i ? { item: items[n.at]!, sim: n.sim } : null;
          }
        : null;
      const { why, member } = this.clusterer.add(item, partner);
      this.originals.set(numbers[i]!, member);
      this.kept.set(a.id, { title: a.title, lead: a.title ? null : leadOf(a.text), why });
    });
    for (let pass = 0; pass < s.refinePasses; pass++) {
      const moved = this.clusterer.refine(items, s.refineMargin);
      for (const why of moved) this.kept.get(why.articleId)!.why = why;
      if (!moved.length) break;
    }
    if (s.consolidate && fresh.length) this.clusterer.consolidate();
    return this;
  }

  /**
   * A copy joins its original: kept, and listed with it, but never weighed. An original of an
   * earlier batch is reached by its member (its storyline changed); one of this batch is still an id.
   */
  private addCopy(a: AnalysisArticle, seq: number, of: Member | string, sim: number): void {
    const original = typeof of === 'string' ? of : of.id;
    if (original === a.id) return; // the same article twice in a batch
    if (typeof of !== 'string') this.clusterer.touch(of);
    const why: MembershipWhy = { articleId: a.id, score: Math.round(sim * 1000) / 1000, terms: [], names: [], matched: original };
    this.kept.set(a.id, { title: a.title, lead: a.title ? null : leadOf(a.text), why });
    const list = this.copies.get(original) ?? [];
    if (!list.length) this.copies.set(original, list);
    list.push({ id: a.id, seq, time: timeOfIso(a.publishedAt) });
  }

  /** Members with their copies, in arrival order. */
  private withCopies(members: readonly Member[]): Array<Member | Copy> {
    if (!this.copies.size) return members as Member[];
    const all: Array<Member | Copy> = [];
    for (const m of members) all.push(m, ...(this.copies.get(m.id) ?? []));
    return all.length === members.length ? all : all.sort((a, b) => a.seq - b.seq);
  }

  storylines(): ClusteredStoryline[] {
    return this.clusterer.storylines.map((s) => this.view(s));
  }

  /**
   * What the adds since the last call changed: the storylines that gained, lost or merged
   * articles, each with its key (stable while it lives: its creation order), and the keys of
   * storylines gone (merged into another). Costs the changed storylines, not the corpus.
   */
  takeChanges(): { changed: Array<ClusteredStoryline & { key: number }>; removed: number[] } {
    const { changed, removed } = this.clusterer.takeChanges();
    return { changed: changed.map((s) => ({ ...this.view(s), key: s.order })), removed };
  }

  /** storylines(), each with its key. */
  keyedStorylines(): Array<ClusteredStoryline & { key: number }> {
    return this.clusterer.storylines.map((s) => ({ ...this.view(s), key: s.order }));
  }

  /** The live storyline with this key, or null (merged away or never made). */
  storylineByKey(key: number): (ClusteredStoryline & { key: number }) | null {
    const s = this.clusterer.storylines.find((x) => x.order === key);
    return s ? { ...this.view(s), key } : null;
  }

  /** The central plain title of the articles; their copies' titles weigh in but are never chosen (one voice). */
  private title(ids: string[]): string {
    const k = ids.map((id) => this.kept.get(id)!);
    const titles = (xs: Array<{ title: string | null }>) => xs.map((x) => x.title).filter((t): t is string => !!t);
    const copies = ids.flatMap((id) => this.copies.get(id) ?? []).sort((a, b) => a.seq - b.seq).map((c) => this.kept.get(c.id)!);
    return centralTitle(titles(k), titles(copies)) ?? k[0]!.lead!;
  }

  private view(s: StorylineState): ClusteredStoryline {
    const byFirst = [...s.events].sort((a, b) => a.members[0]!.seq - b.members[0]!.seq);
    const events: EventCluster[] = byFirst
      .map((e) => {
        const all = this.withCopies(e.members);
        const ids = all.map((m) => m.id);
        // The span of every article, copies included (which never widen the span used to cluster).
        let [min, max] = [e.minTime, e.maxTime];
        if (all.length > e.members.length) for (const { time: t } of all) if (t !== null) (min = min === null || t < min ? t : min), (max = max === null || t > max ? t : max);
        return {
          id: `e-${ids[0]}`,
          title: this.title(e.members.map((m) => m.id)),
          articleIds: ids,
          start: min === null ? null : new Date(min).toISOString(),
          end: max === null ? null : new Date(max).toISOString(),
          why: ids.map((id) => this.kept.get(id)!.why),
          storylineWhy: e.storylineWhy,
        };
      });
    const articleIds = this.withCopies(s.events.flatMap((e) => e.members)).sort((a, b) => a.seq - b.seq).map((m) => m.id);
    // The storyline is titled by its event of most voices (copies left out), then of most articles.
    const size = (i: number) => byFirst[i]!.members.length * 1e6 + events[i]!.articleIds.length;
    const largest = events[[...events.keys()].sort((a, b) => size(b) - size(a) || (events[a]!.id < events[b]!.id ? -1 : 1))[0]!]!;
    return { id: `s-${articleIds[0]}`, title: largest.title, articleIds, events };
  }
}

export function clusterArticles(articles: AnalysisArticle[], settings: ClusterSettings = DEFAULT_SETTINGS): ClusteredStoryline[] {
  return new ClusterSession(settings).add(articles).storylines();
}
