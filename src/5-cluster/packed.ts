// Raw features of many articles packed into flat arrays, to cross between threads: the copies
// thread reads the articles' features while the analysis thread clusters (copies-thread.ts).
// Each feature word crosses once per packer (a vocabulary numbered in order of first use);
// an article is its slice of feature numbers and counts. Sample: two articles with features
// [a, b] and [b, c] -> words [a, b, c], ends [2, 4], ids [0, 1, 1, 2].
import type { RawFeatures } from './features.js';

export interface PackedFeatures {
  /** Feature words first used in this pack, numbered after those of the earlier packs. */
  words: string[];
  /** Where each article's slice of `ids` and `counts` ends. */
  ends: Int32Array;
  ids: Int32Array;
  counts: Float64Array;
}

/** Packs successive batches; the vocabulary carries over, so a word is sent once. */
export class FeaturePacker {
  private readonly vocab = new Map<string, number>();

  pack(raws: readonly RawFeatures[]): PackedFeatures {
    let total = 0;
    for (const r of raws) total += r.features.length;
    const ends = new Int32Array(raws.length);
    const ids = new Int32Array(total);
    const counts = new Float64Array(total);
    const words: string[] = [];
    let k = 0;
    raws.forEach((r, i) => {
      for (let j = 0; j < r.features.length; j++, k++) {
        const f = r.features[j]!;
        let id = this.vocab.get(f);
        if (id === undefined) {
          id = this.vocab.size;
          this.vocab.set(f, id);
          words.push(f);
        }
        ids[k] = id;
        counts[k] = r.counts[j]!;
      }
      ends[i] = k;
    });
    return { words, ends, ids, counts };
  }
}

/** Unpacks what one FeaturePacker packed, in the same order. */
export class FeatureUnpacker {
  private readonly words: string[] = [];

  unpack(p: PackedFeatures): RawFeatures[] {
    for (const w of p.words) this.words.push(w);
    const out: RawFeatures[] = new Array(p.ends.length);
    let start = 0;
    for (let i = 0; i < p.ends.length; i++) {
      const end = p.ends[i]!;
      if (end < start || end > p.ids.length) throw new Error(`packed features: article ${i} ends at ${end}, expected ${start}..${p.ids.length}`);
      const features: string[] = new Array(end - start);
      for (let j = start; j < end; j++) {
        const w = this.words[p.ids[j]!];
        if (w === undefined) throw new Error(`packed features: feature number ${p.ids[j]} was never sent (${this.words.length} known)`);
        features[j - start] = w;
      }
      out[i] = { features, counts: Array.from(p.counts.subarray(start, end)) };
      start = end;
    }
    return out;
  }
}
