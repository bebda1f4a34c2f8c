// Cluster stage: articles -> storylines made of events, each membership with its "why".
// Deterministic for the same input order; adding articles appends to the same state.
import type { AnalysisArticle, EventCluster, MembershipWhy } from '../core/analysis.js';
import { extractFeatures } from './features.js';
import { DocFrequency, dot, weigh, type Vec } from './vector.js';
import { OnlineClusterer, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './online.js';

export { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './online.js';

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
  /** Merge clusters whose centroids are similar after the single pass. */
  consolidate: boolean;
}

export const DEFAULT_SETTINGS: ClusterSettings = { ...DEFAULT_CLUSTER_OPTIONS, storyNameBoost: 1, eventNameBoost: 1.5, maxFeatures: 60, consolidate: true };

const timeOf = (iso: string | null): number | null => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : t;
};

/** The member whose vector is closest to the group's centroid gives the title. */
function centralTitle(ids: string[], vectors: Map<string, Vec>, byId: Map<string, AnalysisArticle>, centroid: Vec): string {
  let best = ids[0]!;
  let bestScore = -1;
  for (const id of ids) {
    if (!byId.get(id)?.title) continue;
    const s = dot(vectors.get(id)!, centroid);
    if (s > bestScore) [best, bestScore] = [id, s];
  }
  const a = byId.get(best)!;
  return a.title ?? a.text.slice(0, 80).replace(/\s+/g, ' ');
}

export function clusterArticles(articles: AnalysisArticle[], settings: ClusterSettings = DEFAULT_SETTINGS): ClusteredStoryline[] {
  const raw = articles.map((a) => extractFeatures(a.title, a.text).counts);
  const df = new DocFrequency();
  for (const c of raw) df.add(c.keys());
  const vectors = new Map<string, Vec>();
  const eventVectors = new Map<string, Vec>();
  articles.forEach((a, i) => {
    vectors.set(a.id, weigh(raw[i]!, df, { nameBoost: settings.storyNameBoost, maxFeatures: settings.maxFeatures }));
    eventVectors.set(a.id, weigh(raw[i]!, df, { nameBoost: settings.eventNameBoost, maxFeatures: settings.maxFeatures }));
  });
  const clusterer = new OnlineClusterer(settings);
  const why = new Map<string, MembershipWhy>();
  articles.forEach((a, seq) => {
    why.set(a.id, clusterer.add({ id: a.id, vector: vectors.get(a.id)!, eventVector: eventVectors.get(a.id)!, time: timeOf(a.publishedAt), seq }));
  });
  if (settings.consolidate) clusterer.consolidate();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const firstSeq = (members: Array<{ seq: number }>) => Math.min(...members.map((m) => m.seq));
  return clusterer.storylines.map((s) => {
    const events: EventCluster[] = [...s.events]
      .sort((a, b) => firstSeq(a.members) - firstSeq(b.members))
      .map((e) => {
        const ids = e.members.map((m) => m.id);
        const times = ids.map((id) => timeOf(byId.get(id)!.publishedAt)).filter((t): t is number => t !== null);
        return {
          id: `e-${ids[0]}`,
          title: centralTitle(ids, eventVectors, byId, e.centroid.vector()),
          articleIds: ids,
          start: times.length ? new Date(Math.min(...times)).toISOString() : null,
          end: times.length ? new Date(Math.max(...times)).toISOString() : null,
          why: ids.map((id) => why.get(id)!),
        };
      });
    const members = s.events.flatMap((e) => e.members).sort((a, b) => a.seq - b.seq);
    const articleIds = members.map((m) => m.id);
    return { id: `s-${articleIds[0]}`, title: centralTitle(articleIds, vectors, byId, s.centroid.vector()), articleIds, events };
  });
}
