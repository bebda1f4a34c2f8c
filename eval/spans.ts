// Span scores for extraction: predicted character spans vs gold spans of the same kind in
// the same document. A span is a list of [start, end) fragments (gold spans may be
// discontinuous); spans are compared after `trimSpan` (whitespace and punctuation at the ends
// of each fragment removed, unless it is all punctuation; fragments joined when only such
// characters separate them; for entity mentions also a leading "the"/"a"/"an", since the
// corpora include determiners in mention extents and name taggers do not).
//
//   exact    the trimmed spans cover the same characters.
//   overlap  the trimmed spans share at least one character (any-overlap, no partial credit).
//
// Matching is one-to-one in both modes: candidate pairs are taken greedily by descending
// overlap (ties: document order), so each gold span and each predicted span counts once.
// Duplicate spans on one side (same characters) are counted once.
import { f1Of, type PRF } from './metrics.js';

export type Frag = readonly [number, number];
export type SpanFrags = readonly Frag[];
export type MatchMode = 'exact' | 'overlap';

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, pred: 0, gold: 0 });
export const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold });

/** P = tp / pred, R = tp / gold (0 when the denominator is 0). */
export function prfOf(c: Counts): PRF {
  const precision = c.pred === 0 ? 0 : c.tp / c.pred;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Whitespace, punctuation and quote marks that do not change what a span says. */
const EDGE = /[\s\p{P}\p{S}]/u;
/** Characters that may separate two fragments of one span without splitting it. */
const isEdge = (ch: string | undefined) => ch !== undefined && EDGE.test(ch);

const LEADING_ARTICLE = /^(?:the|an?)\s+/i;

/** Trims each fragment to `text`, drops empty ones, sorts and joins fragments separated only by edge characters; `article`: also drops a leading article. */
export function trimSpan(text: string, frags: SpanFrags, opts: { article?: boolean } = {}): Frag[] {
  const trimmed: Array<[number, number]> = [];
  for (const [s0, e0] of frags) {
    let s = Math.max(0, Math.min(s0, text.length));
    let e = Math.max(s, Math.min(e0, text.length));
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // Punctuation goes too, unless the fragment is nothing else (a colon as a cue).
    let ps = s;
    let pe = e;
    while (ps < pe && isEdge(text[ps])) ps++;
    while (pe > ps && isEdge(text[pe - 1])) pe--;
    if (pe > ps) [s, e] = [ps, pe];
    if (e > s) trimmed.push([s, e]);
  }
  trimmed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const first = trimmed[0];
  if (opts.article && first) {
    const m = LEADING_ARTICLE.exec(text.slice(first[0], first[1]));
    if (m && m[0].length < first[1] - first[0]) first[0] += m[0].length;
  }
  const out: Array<[number, number]> = [];
  for (const f of trimmed) {
    const last = out[out.length - 1];
    if (last && (f[0] <= last[1] || onlyEdgeBetween(text, last[1], f[0]))) last[1] = Math.max(last[1], f[1]);
    else out.push([f[0], f[1]]);
  }
  return out;
}

function onlyEdgeBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isEdge(text[i])) return false;
  return true;
}

/** Number of characters two (sorted, disjoint-fragment) spans share. */
export function overlapLength(a: SpanFrags, b: SpanFrags): number {
  let n = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) n += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return n;
}

const sameSpan = (a: SpanFrags, b: SpanFrags) => a.length === b.length && a.every((f, i) => f[0] === b[i]![0] && f[1] === b[i]![1]);
const spanKey = (s: SpanFrags) => s.map((f) => `${f[0]}-${f[1]}`).join(',');

/** Drops empty spans and repeats (by characters covered). */
export function distinctSpans(spans: readonly SpanFrags[]): SpanFrags[] {
  const seen = new Set<string>();
  const out: SpanFrags[] = [];
  for (const s of spans) {
    if (s.length === 0) continue;
    const k = spanKey(s);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/** One-to-one matching of predicted to gold spans; returns [goldIndex, predIndex] pairs. */
export function matchSpans(gold: readonly SpanFrags[], pred: readonly SpanFrags[], mode: MatchMode): Array<[number, number]> {
  const cands: Array<{ g: number; p: number; w: number }> = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < pred.length; p++) {
      const w = overlapLength(gold[g]!, pred[p]!);
      if (w === 0) continue;
      if (mode === 'exact' && !sameSpan(gold[g]!, pred[p]!)) continue;
      cands.push({ g, p, w });
    }
  cands.sort((x, y) => y.w - x.w || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/**
 * Counts for one document. Spans must already be trimmed. `ignorable` are gold spans that are
 * not scored (e.g. other entity types): an unmatched prediction that overlaps no scored gold
 * span but overlaps an ignorable one is left out of the precision denominator.
 */
export function scoreSpans(gold: readonly SpanFrags[], pred: readonly SpanFrags[], mode: MatchMode, ignorable: readonly SpanFrags[] = []): Counts {
  const g = distinctSpans(gold);
  const p = distinctSpans(pred);
  const pairs = matchSpans(g, p, mode);
  const matched = new Set(pairs.map(([, pi]) => pi));
  let neutral = 0;
  if (ignorable.length > 0)
    for (let i = 0; i < p.length; i++) {
      if (matched.has(i)) continue;
      const s = p[i]!;
      if (g.some((x) => overlapLength(x, s) > 0)) continue;
      if (ignorable.some((x) => overlapLength(x, s) > 0)) neutral++;
    }
  return { tp: pairs.length, pred: p.length - neutral, gold: g.length };
}
