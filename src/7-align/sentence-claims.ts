// Sentences of one event's articles aligned by meaning: two sentences of different
// articles are one statement when each is the other's best match in that article and their
// weighted content words (stems, names, numbers) reach a cosine threshold. Groups form by
// union, strongest links first, one sentence per outlet and alike on average (no chains through
// a shared name); a group carried by two or more independent reports is corroborated. Candidates come
// from an inverted index over each sentence's strongest words, never from comparing every
// pair of sentences; identical sentences (copies) are joined before any comparison.
import { termWords } from './term-classes.js';
import { UnionFind } from '../3-dedupe/union-find.js';
import { cosine, vectors, WordIds, type Vectors, type WordSpan } from './sentence-vectors.js';
import { bestMatches, matchOf } from './sentence-matches.js';
import { sayTheSame } from './substance.js';

export { contentWords } from './content-words.js';

export interface AlignInput {
  id: string;
  /** The independent voice the article belongs to (derivation chains collapsed). */
  root: string;
  /** Its outlet: an outlet makes a statement once, however many of its articles repeat it. */
  outlet?: string | null;
  text: string;
  sentences: Array<{ start: number; end: number }>;
  /** Figures read in the text: a sentence's numbers include their values ("a dozen"). */
  figures?: ReadonlyArray<{ start: number; end: number; value: number }>;
}

export interface SentenceRef {
  articleId: string;
  start: number;
  end: number;
}

export interface SentenceGroup {
  sentences: SentenceRef[];
  roots: string[];
  /** Mean cosine of the links that formed the group (1 for a lone sentence). */
  score: number;
}

export interface AlignOptions {
  /** Cosine at which two sentences are one statement. */
  threshold: number;
  /** Sentences with fewer content words are not statements ("Read more."). */
  minWords: number;
}

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.3, minWords: 4 };

/**
 * Two groups join when the mean cosine of their sentences reaches this share of the threshold:
 * the link itself passed the threshold; the rest may be a little looser (a quote and its
 * paraphrase), not unrelated (another sentence naming the same minister).
 */
const GROUP_MEAN = 0.8;

/**
 * Content words of each sentence of an article, kept per sentences array: an article is aligned
 * once in its event and once in its storyline, and reading its words is a third of the work.
 */
const wordsMemo = new WeakMap<object, { text: string; words: string[][] }>();

function sentenceWords(a: AlignInput): string[][] {
  const hit = wordsMemo.get(a.sentences);
  if (hit && hit.text === a.text) return hit.words;
  // Court words of one meaning as one ('cleared him of' / 'acquitted of'): term-classes.ts.
  const words = a.sentences.map((s) => termWords(a.text, s.start, s.end));
  wordsMemo.set(a.sentences, { text: a.text, words });
  return words;
}

export function alignSentences(articles: AlignInput[], opts: AlignOptions = DEFAULT_ALIGN, wordIds = new WordIds()): SentenceGroup[] {
  // Sentences with enough content words, as spans of their article's word ids.
  const refs: SentenceRef[] = [];
  const spans: WordSpan[] = [];
  const articleOfRaw: number[] = [];
  articles.forEach((a, article) => {
    const { ids, starts } = wordIds.of(sentenceWords(a));
    a.sentences.forEach((s, k) => {
      const length = starts[k + 1]! - starts[k]!;
      if (length < opts.minWords) return;
      refs.push({ articleId: a.id, start: s.start, end: s.end });
      spans.push({ ids, start: starts[k]!, length });
      articleOfRaw.push(article);
    });
  });
  const uf = new UnionFind(refs.length);
  // Sentences with the same content words (wire copies) are one statement at once; only one
  // of them, the representative, is compared with the rest.
  const reps = representatives(spans, uf);
  const v = vectors(reps.map((i) => spans[i]!), wordIds.words.length);
  const article = Int32Array.from(reps, (i) => articleOfRaw[i]!);
  const best = bestMatches(v, wordIds.words, article, articles.length);
  // Mutual best matches at or above the threshold are one statement, strongest first; two groups
  // join only when no outlet has a sentence in both (an outlet makes a statement once; its copies
  // of one sentence were joined above) and their sentences are alike on average, so that links
  // through a shared name cannot chain a storyline's sentences into one "statement".
  const spanOf = (u: number) => {
    const a = articles[articleOfRaw[u]!]!;
    const { start, end } = refs[u]!;
    return { text: a.text, start, end, figures: (a.figures ?? []).filter((f) => f.start >= start && f.end <= end).map((f) => f.value) };
  };
  const linkScores: Array<number[] | undefined> = [];
  const links: number[] = [];
  const from: number[] = [];
  for (let i = 0; i < reps.length; i++) {
    for (let k = best.start[i]!; k < best.start[i + 1]!; k++) {
      const j = best.unit[k]!;
      if (j < i || best.score[k]! < opts.threshold) continue;
      const back = matchOf(best, j, article[i]!);
      if (back < 0 || best.unit[back] !== i) continue; // not mutual
      if (!sayTheSame(spanOf(reps[i]!), spanOf(reps[j]!))) continue; // only a name, or different quotes, in common
      links.push(k);
      from.push(i);
    }
  }
  const order = links.map((_, n) => n).sort((x, y) => best.score[links[y]!]! - best.score[links[x]!]! || x - y);
  // Each group's outlets (an article without one stands for itself) and compared sentences, by root.
  const sourceIds = new Map<string, number>();
  const sourceOf = articles.map((x) => {
    const key = x.outlet ?? `\u0000${x.id}`;
    return sourceIds.get(key) ?? sourceIds.set(key, sourceIds.size).get(key)!;
  });
  const groupOf = copiedGroups(uf, articleOfRaw.map((x) => sourceOf[x]!));
  const at = (u: number): Group => {
    const g = groupOf.get(uf.find(reps[u]!));
    if (!g) return { sources: new Set([sourceOf[article[u]!]!]), units: [u] };
    if (!g.units.length) g.units.push(u); // copies not joined yet: their representative
    return g;
  };
  for (const n of order) {
    const k = links[n]!;
    const [i, j] = [from[n]!, best.unit[k]!];
    if (uf.find(reps[i]!) === uf.find(reps[j]!)) continue;
    const [ga, gb] = [at(i), at(j)];
    if (!mayJoin(ga, gb, v, opts.threshold * GROUP_MEAN)) continue;
    groupOf.delete(uf.find(reps[i]!));
    groupOf.delete(uf.find(reps[j]!));
    uf.union(reps[i]!, reps[j]!);
    groupOf.set(uf.find(reps[i]!), merged(ga, gb));
    (linkScores[reps[i]!] ??= []).push(best.score[k]!);
  }
  const groups = new Map<number, number[]>();
  refs.forEach((_, i) => {
    const r = uf.find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  return [...groups.values()].map((members) => {
    // The mean of the group's link scores, summed member by member (most groups are one sentence).
    let sum = 0;
    let count = 0;
    for (const i of members) for (const x of linkScores[i] ?? []) (sum += x), count++;
    return {
      sentences: members.map((i) => refs[i]!),
      roots: members.length === 1 ? [articles[articleOfRaw[members[0]!]!]!.root] : [...new Set(members.map((i) => articles[articleOfRaw[i]!]!.root))],
      score: count ? Math.round((sum / count) * 1000) / 1000 : 1,
    };
  });
}

interface Group {
  /** Outlets with a sentence in the group. */
  sources: Set<number>;
  /** Its compared sentences (representatives). */
  units: number[];
}

/** Groups that identical sentences (copies) already formed, by root: their outlets; the unit (their representative) is set when first met. */
function copiedGroups(uf: UnionFind, sourceOfRaw: readonly number[]): Map<number, Group> {
  const out = new Map<number, Group>();
  sourceOfRaw.forEach((source, i) => {
    const root = uf.find(i);
    if (root === i && !out.has(root)) return;
    const g = out.get(root) ?? out.set(root, { sources: new Set([sourceOfRaw[root]!]), units: [] }).get(root)!;
    g.sources.add(source);
  });
  return out;
}

/** No outlet in both, and the mean cosine of their sentences at least `floor` (a lone pair: its link decided). */
function mayJoin(a: Group, b: Group, v: Vectors, floor: number): boolean {
  const [small, large] = a.sources.size < b.sources.size ? [a.sources, b.sources] : [b.sources, a.sources];
  for (const x of small) if (large.has(x)) return false;
  if (a.units.length * b.units.length <= 1) return true;
  let sum = 0;
  for (const x of a.units) for (const y of b.units) sum += cosine(v, x, y);
  return sum / (a.units.length * b.units.length) >= floor;
}

function merged(a: Group, b: Group): Group {
  const [small, large] = a.sources.size < b.sources.size ? [a, b] : [b, a];
  for (const x of small.sources) large.sources.add(x);
  return { sources: large.sources, units: a.units.length < b.units.length ? [...b.units, ...a.units] : [...a.units, ...b.units] };
}

/**
 * The first of each set of spans with the same word sequence, in order; the others are joined
 * to it in `uf`. Spans are found by a hash of their ids, then compared.
 */
function representatives(spans: WordSpan[], uf: UnionFind): number[] {
  const firstOf = new Map<number, number>();
  // Later representatives with the same hash, chained from the first.
  const next = new Int32Array(spans.length).fill(-1);
  const reps: number[] = [];
  spans.forEach((s, i) => {
    let h = s.length;
    for (let k = s.start; k < s.start + s.length; k++) h = (Math.imul(h ^ s.ids[k]!, 0x9e3779b1) + 0x7f4a7c15) | 0;
    let r = firstOf.get(h);
    if (r === undefined) firstOf.set(h, i);
    else {
      while (!sameWords(spans[r]!, s) && next[r]! !== -1) r = next[r]!;
      if (sameWords(spans[r]!, s)) return uf.union(r, i);
      next[r] = i;
    }
    reps.push(i);
  });
  return reps;
}

function sameWords(a: WordSpan, b: WordSpan): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a.ids[a.start + k] !== b.ids[b.start + k]) return false;
  return true;
}
