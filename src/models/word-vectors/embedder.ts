// A sentence as the weighted mean of its words' vectors, each word weighed by a / (a + p(w)):
// smooth inverse frequency (Arora, Liang and Ma, 2017), so "the" and "said" count for little
// and "hostages" for much. p(w) is estimated from the word's rank in the file (files list the
// most frequent words first) by Zipf's law: p = 1 / ((rank + 1) · H), H the harmonic number of
// the vocabulary. A word is looked up as written, then in lower case (GloVe is lower case).
import { normalise, type SentenceEmbedder, type SharedEmbedder } from '../embedder.js';
import type { WordVectors } from './read.js';

/** SIF's smoothing constant: words rarer than about one in a thousand get nearly full weight. */
const A = 1e-3;
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export class WordVectorEmbedder implements SentenceEmbedder {
  readonly dimensions: number;
  private readonly harmonic: number;

  constructor(private readonly vectors: WordVectors, readonly name: string) {
    this.dimensions = vectors.dimensions;
    this.harmonic = Math.log(vectors.rows.size) + 0.5772 + 1 / (2 * vectors.rows.size);
  }

  share(): SharedEmbedder {
    return { kind: 'word-vectors', name: this.name, dimensions: this.dimensions, rows: [...this.vectors.rows], values: this.vectors.values };
  }

  static fromShared(s: SharedEmbedder): WordVectorEmbedder {
    return new WordVectorEmbedder({ dimensions: s.dimensions, rows: new Map(s.rows), values: s.values }, s.name);
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }

  /** Sample: "Gunmen seized 40 captives." -> the SIF-weighted mean of gunmen, seized, 40, captives. */
  embedOne(text: string): Float32Array {
    const { dimensions, values } = this.vectors;
    const out = new Float32Array(dimensions);
    for (const m of text.matchAll(WORD)) {
      const row = this.rowOf(m[0].replace(/’/g, "'"));
      if (row === undefined) continue;
      const p = 1 / ((row + 1) * this.harmonic);
      const w = A / (A + p);
      const at = row * dimensions;
      for (let k = 0; k < dimensions; k++) out[k] = out[k]! + w * values[at + k]!;
    }
    return normalise(out);
  }

  private rowOf(word: string): number | undefined {
    return this.vectors.rows.get(word) ?? this.vectors.rows.get(word.toLowerCase());
  }
}
