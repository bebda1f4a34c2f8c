// Sentences of one event's articles aligned by meaning: two sentences of different
// articles are one statement when each is the other's best match in that article and their
// weighted content words (stems, names, numbers) reach a cosine threshold. Groups form by
// union; a group carried by two or more independent reports is corroborated. Candidates come
// from an inverted index over the words, never from comparing every pair of sentences.
import { STOPWORDS } from '../5-cluster/model/stopwords.js';
import { stem } from '../5-cluster/stem.js';
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

export function alignSentences(articles: AlignInput[], opts: AlignOptions = DEFAULT_ALIGN): SentenceGroup[] {
  const raw = articles.flatMap((a, article) =>
    a.sentences.map((s) => ({ article, ref: { articleId: a.id, start: s.start, end: s.end }, words: contentWords(a.text.slice(s.start, s.end)) })).filter((u) => u.words.length >= opts.minWords),
  );
  const units = vectors(raw);
  // best[i] : article -> [unit, cosine] of the best match of unit i in that article.
  const postings = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const w of u.vec.keys()) (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
  });
  const best: Array<Map<number, [number, number]>> = units.map(() => new Map());
  units.forEach((u, i) => {
    const dots = new Map<number, number>();
    for (const [w, x] of u.vec) {
      for (const j of postings.get(w)!) {
        if (units[j]!.article === u.article) continue;
        dots.set(j, (dots.get(j) ?? 0) + x * units[j]!.vec.get(w)!);
      }
    }
    for (const [j, s] of dots) {
      const a = units[j]!.article;
      const had = best[i]!.get(a);
      if (!had || s > had[1] || (s === had[1] && j < had[0])) best[i]!.set(a, [j, s]);
    }
  });
  const uf = new UnionFind(units.length);
  const linkScores = new Map<number, number[]>();
  units.forEach((u, i) => {
    for (const [, [j, s]] of best[i]!) {
      if (j < i || s < opts.threshold) continue;
      if (best[j]!.get(u.article)?.[0] !== i) continue; // not mutual
      uf.union(i, j);
      (linkScores.get(i) ?? linkScores.set(i, []).get(i)!).push(s);
    }
  });
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const r = uf.find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  return [...groups.values()].map((members) => {
    const scores = members.flatMap((i) => linkScores.get(i) ?? []);
    return {
      sentences: members.map((i) => units[i]!.ref),
      roots: [...new Set(members.map((i) => articles[units[i]!.article]!.root))],
      score: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 1000 : 1,
    };
  });
}
