// Optional sentence embedders: a model the user supplies turns sentences into vectors, so that
// two outlets' sentences can be matched by meaning when they share few words ("militants took
// 40 hostages" / "gunmen seized 40 captives"). Parallax ships no model and downloads none; the
// default analysis never uses one. Implementations: word-vectors/ (a word2vec, GloVe or
// fastText text file, read by Parallax itself).

export interface SentenceEmbedder {
  /** What the vectors come from, shown in the report beside each match it made ("vectors:glove.txt"). */
  readonly name: string;
  readonly dimensions: number;
  /** One unit vector per text (all zeros when the model knows none of its words). */
  embed(texts: string[]): Promise<Float32Array[]>;
  /**
   * What another thread needs to make the same embedder (`embedderFromShared`), its large parts in
   * shared memory; absent when the embedder cannot be passed (it then runs where it was made).
   */
  share?(): SharedEmbedder;
}

/** A word-vectors embedder as it crosses to a thread: the numbers shared, the words copied. */
export interface SharedEmbedder {
  kind: 'word-vectors';
  name: string;
  dimensions: number;
  /** [word, row] pairs. */
  rows: Array<[string, number]>;
  values: Float32Array;
}

/** Cosine of two vectors of one embedder (unit vectors: their dot product). */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** `v` scaled to length 1 in place (left as is when all zeros). */
export function normalise(v: Float32Array): Float32Array {
  const n = Math.sqrt(dot(v, v));
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / n;
  return v;
}
