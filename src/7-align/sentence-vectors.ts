// Sentence vectors for the alignment (sentence-claims.ts). Words are numbered once per
// alignClaims call (WordIds), so the event and storyline scopes an article is aligned in read
// its sentences as numbers, not strings. Within a scope a sentence is a unit TF-IDF vector over
// scope-local word ids (ascending, weights alongside), all sentences in one set of flat arrays:
// a 1,000-article storyline has some 15,000 sentences, and an object and two typed arrays per
// sentence were much of the stage's garbage.

/** Each article's sentences as global word ids: one flat array, sentence k at [starts[k], starts[k + 1]). */
export interface ArticleWordIds {
  ids: Int32Array;
  starts: Int32Array;
}

/** Word ids shared by every scope of one alignment run. */
export class WordIds {
  readonly words: string[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly memo = new Map<string[][], ArticleWordIds>();

  /** The sentences of an article (its content words, as sentence-claims reads them) as ids. */
  of(sentences: string[][]): ArticleWordIds {
    const hit = this.memo.get(sentences);
    if (hit) return hit;
    const starts = new Int32Array(sentences.length + 1);
    let total = 0;
    sentences.forEach((ws, k) => (starts[k + 1] = total += ws.length));
    const ids = new Int32Array(total);
    let at = 0;
    for (const ws of sentences) {
      for (const w of ws) {
        let id = this.idOf.get(w);
        if (id === undefined) this.idOf.set(w, (id = this.words.length)), this.words.push(w);
        ids[at++] = id;
      }
    }
    const out = { ids, starts };
    this.memo.set(sentences, out);
    return out;
  }
}

/** Where a sentence's words are: its article's ids, from `start`, `length` of them. */
export interface WordSpan {
  ids: Int32Array;
  start: number;
  length: number;
}

/**
 * The sentences of one scope as unit vectors: unit u's ids (scope-local, numbered by first
 * appearance) ascending at [start[u], start[u + 1]) of `ids`, weights alongside; `global[l]`
 * is local word l's global id. Weights are (1 + ln tf) · ln((n + 1) / df), normalised.
 */
export interface Vectors {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  global: Int32Array;
}

/** Reused between scopes (one thread, no reentry): global id -> local id, -1 when unused. */
let localOf = new Int32Array(0).fill(-1);

export function vectors(spans: WordSpan[], vocabularySize: number): Vectors {
  if (localOf.length < vocabularySize) localOf = new Int32Array(Math.max(vocabularySize, 2 * localOf.length)).fill(-1);
  const n = spans.length;
  let total = 0;
  for (const s of spans) total += s.length;
  const global: number[] = [];
  const start = new Int32Array(n + 1);
  const ids = new Int32Array(total);
  const tf = new Int32Array(total);
  const df: number[] = [];
  let scratch = new Int32Array(64);
  let at = 0;
  spans.forEach((s, u) => {
    if (scratch.length < s.length) scratch = new Int32Array(2 * s.length);
    for (let k = 0; k < s.length; k++) {
      const g = s.ids[s.start + k]!;
      let l = localOf[g]!;
      if (l === -1) (localOf[g] = l = global.length), global.push(g), df.push(0);
      // Insertion sort: a sentence has a dozen or two content words.
      let p = k;
      while (p > 0 && scratch[p - 1]! > l) scratch[p] = scratch[p - 1]!, p--;
      scratch[p] = l;
    }
    // Runs of equal ids: each distinct id once, its count as tf.
    for (let k = 0; k < s.length; k++) {
      const l = scratch[k]!;
      if (k > 0 && l === scratch[k - 1]) tf[at - 1]!++;
      else (ids[at] = l), (tf[at++] = 1), df[l]!++;
    }
    start[u + 1] = at;
  });
  const weights = new Float64Array(at);
  for (let u = 0; u < n; u++) {
    let norm = 0;
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const x = (1 + Math.log(tf[k]!)) * Math.log((n + 1) / df[ids[k]!]!);
      weights[k] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = start[u]!; k < start[u + 1]!; k++) weights[k] = weights[k]! / norm;
  }
  for (const g of global) localOf[g] = -1;
  return { start, ids: ids.subarray(0, at), weights, global: Int32Array.from(global) };
}

/** Cosine of units u and w of one scope (both unit vectors: the dot product over shared ids). */
export function cosine(v: Vectors, u: number, w: number): number {
  let i = v.start[u]!;
  let j = v.start[w]!;
  const ie = v.start[u + 1]!;
  const je = v.start[w + 1]!;
  let s = 0;
  while (i < ie && j < je) {
    const a = v.ids[i]!;
    const b = v.ids[j]!;
    if (a === b) s += v.weights[i++]! * v.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return s;
}
