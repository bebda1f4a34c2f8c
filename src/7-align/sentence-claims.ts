// Sentences of one event's articles aligned by meaning: two sentences of different
// articles are one statement when each is the other's best match in that article and their
// weighted content words (stems, names, numbers) reach a cosine threshold. Groups form by
// union; a group carried by two or more independent reports is corroborated. Candidates come
// from an inverted index over each sentence's strongest words, never from comparing every
// pair of sentences; identical sentences (copies) are joined before any comparison.
import { STOPWORDS } from '../5-cluster/model/stopwords.js';
import { stem } from '../5-cluster/stem.js';
import { UnionFind } from '../3-dedupe/union-find.js';
import { indexOf, mostShared, vectors } from './sentence-vectors.js';

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

/**
 * Content words of each sentence of an article, kept per sentences array: an article is aligned
 * once in its event and once in its storyline, and reading its words is a third of the work.
 */
const wordsMemo = new WeakMap<object, { text: string; words: string[][] }>();

function sentenceWords(a: AlignInput): string[][] {
  const hit = wordsMemo.get(a.sentences);
  if (hit && hit.text === a.text) return hit.words;
  const words = a.sentences.map((s) => contentWords(a.text.slice(s.start, s.end)));
  wordsMemo.set(a.sentences, { text: a.text, words });
  return words;
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
  const raw = articles.flatMap((a, article) => {
    const words = sentenceWords(a);
    return a.sentences.map((s, k) => ({ article, ref: { articleId: a.id, start: s.start, end: s.end }, words: words[k]! })).filter((u) => u.words.length >= opts.minWords);
  });
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
  const vocabulary = new Map<string, number>();
  const units = vectors(reps.map((i) => raw[i]!), vocabulary);
  const wordOf: string[] = [...vocabulary.keys()];
  // Probe words: strongest first (ties: the word in alphabetical order), as positions in the unit.
  const probes = units.map((u) => {
    const order = Array.from(u.ids.keys()).sort((x, y) => u.weights[y]! - u.weights[x]! || (wordOf[u.ids[x]!]! < wordOf[u.ids[y]!]! ? -1 : 1));
    return order.slice(0, PROBE_WORDS);
  });
  const postings: number[][] = Array.from({ length: vocabulary.size }, () => []);
  probes.forEach((ps, i) => {
    for (const p of ps) postings[units[i]!.ids[p]!]!.push(i);
  });
  // Rarest probe words first (the postings are complete now): sorted once per sentence, stably.
  probes.forEach((ps, i) => ps.sort((a, b) => postings[units[i]!.ids[a]!]!.length - postings[units[i]!.ids[b]!]!.length));
  // Best match of unit i in each other article: bestArticles[i] (ascending), with the matched
  // unit and its cosine alongside; built in scratch arrays indexed by article.
  const bestArticles: Int32Array[] = new Array(units.length);
  const bestUnits: Int32Array[] = new Array(units.length);
  const bestScores: Float64Array[] = new Array(units.length);
  const scratchUnit = new Int32Array(articles.length).fill(-1);
  const scratchScore = new Float64Array(articles.length);
  const dense = new Float64Array(vocabulary.size);
  // Shared probe weight per other sentence, in one array reused for every sentence.
  const shared = new Float64Array(units.length);
  const articleOf = Int32Array.from(units, (u) => u.article);
  units.forEach((u, i) => {
    const touched: number[] = [];
    // Rarest probe words first: they are the most telling, and once enough sentences are found
    // the long lists of common words are not walked at all.
    for (const p of probes[i]!) {
      const list = postings[u.ids[p]!]!;
      if (list.length > MAX_POSTING || touched.length >= 4 * MAX_CANDIDATES) break;
      const weight = u.weights[p]!;
      for (const j of list) {
        if (j === i || articleOf[j] === u.article) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + weight;
      }
    }
    const candidates = touched.length > MAX_CANDIDATES ? mostShared(touched, shared, MAX_CANDIDATES) : touched;
    const met: number[] = [];
    // Unit i spread over the vocabulary: each candidate's cosine is then one pass over its own words.
    for (let k = 0; k < u.ids.length; k++) dense[u.ids[k]!] = u.weights[k]!;
    for (const j of candidates) {
      const v = units[j]!;
      let s = 0;
      for (let k = 0; k < v.ids.length; k++) s += v.weights[k]! * dense[v.ids[k]!]!;
      const a = articleOf[j]!;
      const had = scratchUnit[a]!;
      if (had === -1) met.push(a);
      if (had === -1 || s > scratchScore[a]! || (s === scratchScore[a]! && j < had)) (scratchUnit[a] = j), (scratchScore[a] = s);
    }
    for (const j of touched) shared[j] = 0;
    for (let k = 0; k < u.ids.length; k++) dense[u.ids[k]!] = 0;
    const arts = Int32Array.from(met).sort();
    bestArticles[i] = arts;
    bestUnits[i] = arts.map((a) => scratchUnit[a]!);
    const scores = new Float64Array(arts.length);
    for (let k = 0; k < arts.length; k++) scores[k] = scratchScore[arts[k]!]!;
    bestScores[i] = scores;
    for (const a of met) scratchUnit[a] = -1;
  });
  const linkScores = new Map<number, number[]>();
  units.forEach((u, i) => {
    const js = bestUnits[i]!;
    for (let k = 0; k < js.length; k++) {
      const j = js[k]!;
      const s = bestScores[i]![k]!;
      if (j < i || s < opts.threshold) continue;
      const back = indexOf(bestArticles[j]!, u.article);
      if (back < 0 || bestUnits[j]![back] !== i) continue; // not mutual
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
