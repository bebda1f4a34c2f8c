// Sentences of one event's articles aligned by meaning: two sentences of different
// articles are one statement when each is the other's best match in that article and their
// weighted content words (stems, names, numbers) reach a cosine threshold. Groups form by
// union; a group carried by two or more independent reports is corroborated. Candidates come
// from an inverted index over each sentence's strongest words, never from comparing every
// pair of sentences; identical sentences (copies) are joined before any comparison.
import { STOPWORDS } from '../5-cluster/model/stopwords.js';
import { stem } from '../5-cluster/stem.js';
import { dot } from '../5-cluster/vector.js';
import { UnionFind } from '../3-dedupe/union-find.js';

export interface AlignInput {
  id: string;
  /** The independent voice the article belongs to (derivation chains collapsed). */
  root: string;
  text: string;
  sentences: Array<{ start: number; end: number }>;
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Content words of a sentence: stems, numbers without separators ("1,200" -> "#1200"). */
export function contentWords(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const raw = m[0].replace(/['’]s$/, '');
    if (/^\d[\d.,]*$/.test(raw)) {
      out.push(`#${raw.replace(/,/g, '')}`);
      continue;
    }
    const w = raw.toLowerCase().replace(/[.,]+$/, '');
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

interface Unit {
  article: number;
  ref: SentenceRef;
  vec: Map<string, number>;
}

function vectors(units: Array<{ article: number; ref: SentenceRef; words: string[] }>): Unit[] {
  const df = new Map<string, number>();
  for (const u of units) for (const w of new Set(u.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = units.length;
  return units.map((u) => {
    const tf = new Map<string, number>();
    for (const w of u.words) tf.set(w, (tf.get(w) ?? 0) + 1);
    const vec = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * Math.log((n + 1) / df.get(w)!);
      vec.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of vec) vec.set(w, x / norm);
    return { article: u.article, ref: u.ref, vec };
  });
}

/** Strongest words of a sentence used to find candidates; common words find none on their own. */
const PROBE_WORDS = 8;
const MAX_POSTING = 1000;
/**
 * Candidates compared in full per sentence: those sharing the most weight of its probe words.
 * In a storyline of a thousand articles a sentence's topic words reach thousands of sentences;
 * comparing all of them cost 40 % of a full analysis.
 */
const MAX_CANDIDATES = 64;

export function alignSentences(articles: AlignInput[], opts: AlignOptions = DEFAULT_ALIGN): SentenceGroup[] {
  const raw = articles.flatMap((a, article) =>
    a.sentences.map((s) => ({ article, ref: { articleId: a.id, start: s.start, end: s.end }, words: contentWords(a.text.slice(s.start, s.end)) })).filter((u) => u.words.length >= opts.minWords),
  );
  const uf = new UnionFind(raw.length);
  // Sentences with the same content words (wire copies) are one statement at once; only one
  // of them, the representative, is compared with the rest.
  const repOf = new Map<string, number>();
  const reps: number[] = [];
  raw.forEach((u, i) => {
    const key = u.words.join(' ');
    const r = repOf.get(key);
    if (r === undefined) {
      repOf.set(key, i);
      reps.push(i);
    } else uf.union(r, i);
  });
  const units = vectors(reps.map((i) => raw[i]!));
  const postings = new Map<string, number[]>();
  const probes = units.map((u) => [...u.vec].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PROBE_WORDS).map(([w]) => w));
  probes.forEach((ws, i) => {
    for (const w of ws) (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
  });
  // best[i] : article -> [unit, cosine] of the best match of unit i in that article.
  const best: Array<Map<number, [number, number]>> = units.map(() => new Map());
  // Shared probe weight per other sentence, in one array reused for every sentence.
  const shared = new Float64Array(units.length);
  const articleOf = Int32Array.from(units, (u) => u.article);
  units.forEach((u, i) => {
    const touched: number[] = [];
    // Rarest probe words first: they are the most telling, and once enough sentences are found
    // the long lists of common words are not walked at all.
    for (const w of [...probes[i]!].sort((a, b) => postings.get(a)!.length - postings.get(b)!.length)) {
      const list = postings.get(w)!;
      if (list.length > MAX_POSTING || touched.length >= 4 * MAX_CANDIDATES) break;
      const weight = u.vec.get(w)!;
      for (const j of list) {
        if (j === i || articleOf[j] === u.article) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + weight;
      }
    }
    const candidates = touched.length > MAX_CANDIDATES ? [...touched].sort((x, y) => shared[y]! - shared[x]! || x - y).slice(0, MAX_CANDIDATES) : touched;
    for (const j of candidates) {
      const s = dot(u.vec, units[j]!.vec); // unit vectors: the cosine
      const a = units[j]!.article;
      const had = best[i]!.get(a);
      if (!had || s > had[1] || (s === had[1] && j < had[0])) best[i]!.set(a, [j, s]);
    }
    for (const j of touched) shared[j] = 0;
  });
  const linkScores = new Map<number, number[]>();
  units.forEach((u, i) => {
    for (const [, [j, s]] of best[i]!) {
      if (j < i || s < opts.threshold) continue;
      if (best[j]!.get(u.article)?.[0] !== i) continue; // not mutual
      uf.union(reps[i]!, reps[j]!);
      (linkScores.get(reps[i]!) ?? linkScores.set(reps[i]!, []).get(reps[i]!)!).push(s);
    }
  });
  const groups = new Map<number, number[]>();
  raw.forEach((_, i) => {
    const r = uf.find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  return [...groups.values()].map((members) => {
    const scores = members.flatMap((i) => linkScores.get(i) ?? []);
    return {
      sentences: members.map((i) => raw[i]!.ref),
      roots: [...new Set(members.map((i) => articles[raw[i]!.article]!.root))],
      score: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 1000 : 1,
    };
  });
}
