// Scoring of extraction output against the loaded gold (span matching in spans.ts).
//
// Attributions: per role (source, cue, content) and document, the gold spans of that role vs
// the predicted spans of that role, matched independently of which attribution they belong to.
// Entities (spans compared without a leading article): mention detection per document, in its
// fully annotated part (EntityDoc.detectUntil), against the scored gold mentions (other gold
// entity mentions only excuse predictions that overlap them); resolution as BCubed over all
// scored gold mentions the prediction found (one-to-one overlap match): gold cluster = chain,
// predicted cluster = entityId, both within the topic.
//
// System output is checked at run time: a span must be two integers 0 <= start < end <=
// text length; anything else is dropped and counted as invalid.
import { bcubed, type PRF } from './metrics.js';
import type { GoldAttribution } from './datasets/polnear.js';
import type { EntityDoc } from './datasets/entity-docs.js';
import { addCounts, emptyCounts, matchSpans, scoreSpans, trimSpan, type Counts, type MatchMode, type SpanFrags } from './spans.js';
import type { Clustering } from './types.js';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];
export const MODES: readonly MatchMode[] = ['exact', 'overlap'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A predicted [start, end) span, or undefined when malformed. */
function checkSpan(x: unknown, length: number): [number, number] | undefined {
  if (!Array.isArray(x) || x.length !== 2) return undefined;
  const [s, e] = x as unknown[];
  if (!Number.isInteger(s) || !Number.isInteger(e)) return undefined;
  return (s as number) >= 0 && (s as number) < (e as number) && (e as number) <= length ? [s as number, e as number] : undefined;
}

/** A predicted span: one [start, end) pair, or a non-empty list of them (a discontinuous span, as gold spans may be). */
function checkFrags(x: unknown, length: number): Array<[number, number]> | undefined {
  const one = checkSpan(x, length);
  if (one) return [one];
  if (!Array.isArray(x) || x.length === 0) return undefined;
  const frags = x.map((f) => checkSpan(f, length));
  return frags.every((f) => f !== undefined) ? (frags as Array<[number, number]>) : undefined;
}

export type AttributionScores = Record<Role, Record<MatchMode, Counts>>;

/** Sums the counts over documents; `pred` is each document's raw output. */
export function scoreAttributions(docs: ReadonlyArray<{ text: string; gold: readonly GoldAttribution[]; pred: unknown }>): { scores: AttributionScores; invalid: number } {
  const scores = Object.fromEntries(ROLES.map((r) => [r, { exact: emptyCounts(), overlap: emptyCounts() }])) as AttributionScores;
  let invalid = 0;
  for (const d of docs) {
    const pred: Record<Role, SpanFrags[]> = { source: [], cue: [], content: [] };
    for (const a of Array.isArray(d.pred) ? d.pred : []) {
      if (!isObject(a)) {
        invalid++;
        continue;
      }
      for (const role of ROLES) {
        if (a[role] === null || a[role] === undefined) continue;
        const frags = checkFrags(a[role], d.text.length);
        if (frags) pred[role].push(trimSpan(d.text, frags));
        else invalid++;
      }
    }
    for (const role of ROLES) {
      const gold = d.gold.flatMap((g) => (g[role] ? [trimSpan(d.text, g[role])] : []));
      for (const mode of MODES) scores[role][mode] = addCounts(scores[role][mode], scoreSpans(gold, pred[role], mode));
    }
  }
  return { scores, invalid };
}

export interface PredictedMention {
  start: number;
  end: number;
  entityId: string;
}

/** Keeps the well-formed mentions of one document's raw output (counting the rest). */
export function checkMentions(raw: readonly unknown[], textLength: number): { mentions: PredictedMention[]; invalid: number } {
  const mentions: PredictedMention[] = [];
  let invalid = 0;
  for (const m of raw) {
    const span = isObject(m) ? checkSpan([m.start, m.end], textLength) : undefined;
    const id = isObject(m) ? m.entityId : undefined;
    if (span && (typeof id === 'string' || typeof id === 'number')) mentions.push({ start: span[0], end: span[1], entityId: String(id) });
    else invalid++;
  }
  return { mentions, invalid };
}

export interface EntityScores {
  exact: Counts;
  overlap: Counts;
  resolution: PRF;
  /** Scored gold mentions matched (the items BCubed is computed over). */
  resolvedMentions: number;
  goldChains: number;
  predictedEntities: number;
}

const ARTICLE = { article: true };

/** Pairs (span, label) with repeated spans dropped (first label kept). */
function distinctLabelled(spans: ReadonlyArray<{ span: SpanFrags; label: string }>) {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = s.span.map((f) => f.join('-')).join(',');
    if (s.span.length === 0 || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** `pred` maps each document id to its (checked) predicted mentions. */
export function scoreEntities(docs: readonly EntityDoc[], pred: ReadonlyMap<string, readonly PredictedMention[]>): EntityScores {
  let exact = emptyCounts();
  let overlap = emptyCounts();
  const goldClusters: Clustering = new Map();
  const predClusters: Clustering = new Map();
  const goldChains = new Set<string>();
  const predEntities = new Set<string>();
  for (const d of docs) {
    const gold = distinctLabelled(d.mentions.filter((m) => m.scored).map((m) => ({ span: trimSpan(d.text, m.frags, ARTICLE), label: m.chain })));
    const ignorable = d.mentions.filter((m) => !m.scored).map((m) => trimSpan(d.text, m.frags, ARTICLE));
    const ps = pred.get(d.id) ?? [];
    const predicted = distinctLabelled(ps.map((m) => ({ span: trimSpan(d.text, [[m.start, m.end]], ARTICLE), label: m.entityId })));
    for (const g of gold) goldChains.add(`${d.topic}\u0001${g.label}`);
    for (const p of ps) predEntities.add(`${d.topic}\u0001${p.entityId}`);
    const goldSpans = gold.map((g) => g.span);
    const predSpans = predicted.map((p) => p.span);
    const limit = d.detectUntil ?? d.text.length;
    const inWindow = (s: SpanFrags) => s.length > 0 && s[0]![0] < limit;
    const detect = [goldSpans.filter(inWindow), predSpans.filter(inWindow), ignorable.filter(inWindow)] as const;
    exact = addCounts(exact, scoreSpans(detect[0], detect[1], 'exact', detect[2]));
    overlap = addCounts(overlap, scoreSpans(detect[0], detect[1], 'overlap', detect[2]));
    for (const [gi, pi] of matchSpans(goldSpans, predSpans, 'overlap')) {
      const item = `${d.id}\u0000${gi}`;
      goldClusters.set(item, `${d.topic}\u0001${gold[gi]!.label}`);
      predClusters.set(item, `${d.topic}\u0001${predicted[pi]!.label}`);
    }
  }
  return {
    exact,
    overlap,
    resolution: bcubed(predClusters, goldClusters),
    resolvedMentions: goldClusters.size,
    goldChains: goldChains.size,
    predictedEntities: predEntities.size,
  };
}
