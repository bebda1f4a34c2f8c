// Best matches for the sentence alignment (sentence-claims.ts): for each sentence, the
// sentence of every other article it is closest to, among candidates found through an inverted
// index over each sentence's strongest words. Flat typed arrays and reused scratch throughout:
// this loop runs once per sentence of every event and storyline.
import type { Vectors } from './sentence-vectors.js';
import { nthLargest } from '../5-cluster/top.js';

/** Strongest words of a sentence used to find candidates; common words find none on their own. */
const PROBE_WORDS = 8;
const MAX_POSTING = 1000;
/**
 * Candidates compared in full per sentence: those sharing the most weight of its probe words.
 * In a storyline of a thousand articles a sentence's topic words reach thousands of sentences;
 * comparing all of them cost 40 % of a full analysis.
 */
const MAX_CANDIDATES = 64;

/**
 * Unit u's best match in each other article: the articles at [start[u], start[u + 1]) of
 * `article` (in the order they were met, not sorted: keeping them sorted was a tenth of this
 * loop), the matched unit and its cosine alongside.
 */
export interface BestMatches {
  start: Int32Array;
  article: Int32Array;
  unit: Int32Array;
  score: Float64Array;
}

/**
 * Each unit's probe words, as positions in `v.ids`, rarest first: the PROBE_WORDS strongest
 * (ties: the word in alphabetical order), then ordered by how many units probe with them
 * (stably). `postings` lists, per local word, the units probing with it, ascending.
 */
function probeIndex(v: Vectors, words: string[]) {
  const n = v.start.length - 1;
  const probeStart = new Int32Array(n + 1);
  const probes = new Int32Array(n * PROBE_WORDS);
  const wordOf = (k: number) => words[v.global[v.ids[k]!]!]!;
  const before = (k: number, q: number) => v.weights[k]! > v.weights[q]! || (v.weights[k] === v.weights[q] && wordOf(k) < wordOf(q));
  const postStart = new Int32Array(v.global.length + 1);
  let at = 0;
  for (let u = 0; u < n; u++) {
    // The strongest few by insertion into a sorted prefix: the order is total (words differ).
    let count = 0;
    for (let k = v.start[u]!; k < v.start[u + 1]!; k++) {
      if (count === PROBE_WORDS && !before(k, probes[at + count - 1]!)) continue;
      let p = count < PROBE_WORDS ? count++ : count - 1;
      while (p > 0 && before(k, probes[at + p - 1]!)) probes[at + p] = probes[at + p - 1]!, p--;
      probes[at + p] = k;
    }
    for (let p = at; p < at + count; p++) postStart[v.ids[probes[p]!]! + 1]!++;
    probeStart[u + 1] = at += count;
  }
  for (let l = 0; l < v.global.length; l++) postStart[l + 1]! += postStart[l]!;
  const postings = new Int32Array(at);
  const fill = postStart.slice(0, -1);
  for (let u = 0; u < n; u++) for (let p = probeStart[u]!; p < probeStart[u + 1]!; p++) postings[fill[v.ids[probes[p]!]!]!++] = u;
  const postLength = (k: number) => postStart[v.ids[k]! + 1]! - postStart[v.ids[k]!]!;
  // Rarest probe words first, by a stable insertion sort (at most PROBE_WORDS of them).
  for (let u = 0; u < n; u++) {
    for (let p = probeStart[u]! + 1; p < probeStart[u + 1]!; p++) {
      const k = probes[p]!;
      const len = postLength(k);
      let q = p;
      while (q > probeStart[u]! && postLength(probes[q - 1]!) > len) probes[q] = probes[q - 1]!, q--;
      probes[q] = k;
    }
  }
  return { probeStart, probes, postStart, postings };
}

/** Scratch for mostShared (one thread, no reentry). */
let values = new Float64Array(1024);
let tied = new Int32Array(1024);

/**
 * The n units of touched[0, size) sharing the most probe weight (ties: lower index first),
 * written to `out`: the set a full sort would give, in no particular order (the best match does
 * not depend on it). The n-th largest weight comes from a quickselect over the bare numbers.
 */
export function mostShared(touched: Int32Array, size: number, shared: Float64Array, n: number, out: Int32Array): number {
  if (values.length < size) (values = new Float64Array(2 * size)), (tied = new Int32Array(2 * size));
  for (let k = 0; k < size; k++) values[k] = shared[touched[k]!]!;
  const cut = nthLargest(values, size, n);
  let above = 0;
  let ties = 0;
  for (let k = 0; k < size; k++) {
    const j = touched[k]!;
    const w = shared[j]!;
    if (w > cut) out[above++] = j;
    else if (w === cut) tied[ties++] = j;
  }
  if (above < n) {
    const lowest = tied.subarray(0, ties).sort();
    for (let k = 0; above < n && k < ties; k++) out[above++] = lowest[k]!;
  }
  return above;
}

/** `article[u]` is unit u's article (an index below `articles`). */
export function bestMatches(v: Vectors, words: string[], article: Int32Array, articles: number): BestMatches {
  // Locals, not property loads, in the loops below.
  const { start, ids, weights } = v;
  const n = start.length - 1;
  const { probeStart, probes, postStart, postings } = probeIndex(v, words);
  const out = { start: new Int32Array(n + 1), article: new Int32Array(16 * n), unit: new Int32Array(16 * n), score: new Float64Array(16 * n) };
  let at = 0;
  const bestUnit = new Int32Array(articles).fill(-1);
  const bestScore = new Float64Array(articles);
  const met = new Int32Array(Math.min(articles, MAX_CANDIDATES));
  const dense = new Float64Array(v.global.length);
  // Shared probe weight per other unit, in one array reused for every unit.
  const shared = new Float64Array(n);
  const touched = new Int32Array(n);
  const candidates = new Int32Array(MAX_CANDIDATES);
  for (let i = 0; i < n; i++) {
    const ai = article[i]!;
    let size = 0;
    // Rarest probe words first: they are the most telling, and once enough units are found
    // the long lists of common words are not walked at all.
    for (let p = probeStart[i]!; p < probeStart[i + 1]!; p++) {
      const k = probes[p]!;
      const from = postStart[ids[k]!]!;
      const to = postStart[ids[k]! + 1]!;
      if (to - from > MAX_POSTING || size >= 4 * MAX_CANDIDATES) break;
      const weight = weights[k]!;
      for (let q = from; q < to; q++) {
        const j = postings[q]!;
        if (j === i || article[j] === ai) continue;
        if (shared[j] === 0) touched[size++] = j;
        shared[j] = shared[j]! + weight;
      }
    }
    const list = size > MAX_CANDIDATES ? candidates : touched;
    const count = size > MAX_CANDIDATES ? mostShared(touched, size, shared, MAX_CANDIDATES, candidates) : size;
    for (let k = 0; k < size; k++) shared[touched[k]!] = 0;
    // Unit i spread over the vocabulary: each candidate's cosine is then one pass over its own words.
    for (let k = start[i]!; k < start[i + 1]!; k++) dense[ids[k]!] = weights[k]!;
    let metCount = 0;
    for (let c = 0; c < count; c++) {
      const j = list[c]!;
      let s = 0;
      for (let k = start[j]!, end = start[j + 1]!; k < end; k++) s += weights[k]! * dense[ids[k]!]!;
      const a = article[j]!;
      const had = bestUnit[a]!;
      if (had === -1) met[metCount++] = a;
      if (had === -1 || s > bestScore[a]! || (s === bestScore[a]! && j < had)) (bestUnit[a] = j), (bestScore[a] = s);
    }
    for (let k = start[i]!; k < start[i + 1]!; k++) dense[ids[k]!] = 0;
    if (at + metCount > out.article.length) grow(out, at + metCount);
    for (let m = 0; m < metCount; m++, at++) {
      const a = met[m]!;
      out.article[at] = a;
      out.unit[at] = bestUnit[a]!;
      out.score[at] = bestScore[a]!;
      bestUnit[a] = -1;
    }
    out.start[i + 1] = at;
  }
  return out;
}

function grow(out: BestMatches, needed: number): void {
  const size = Math.max(needed, 2 * out.article.length);
  const article = new Int32Array(size);
  const unit = new Int32Array(size);
  const score = new Float64Array(size);
  article.set(out.article), unit.set(out.unit), score.set(out.score);
  Object.assign(out, { article, unit, score });
}

/** Where article `a` stands in unit u's best matches; -1 when absent. */
export function matchOf(m: BestMatches, u: number, a: number): number {
  for (let k = m.start[u]!; k < m.start[u + 1]!; k++) if (m.article[k] === a) return k;
  return -1;
}
