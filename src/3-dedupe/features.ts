// Per-article text features computed once and shared by dedupe and derivation. Cached on the
// article object (a WeakMap, so dropping the article frees them) and re-made if its text changes.
import type { AnalysisArticle } from '../core/analysis.js';
import { combine } from './hash.js';
import { minhash } from './minhash.js';
import { SHINGLE } from './params.js';
import { shingleHashes, tokenColumns, wordsOf, type Token } from './tokenize.js';

export interface TextFeatures {
  readonly text: string;
  /** Lowercased words, in order (made on first use: dedupe needs only their hashes). */
  readonly words: readonly string[];
  /** How many words. */
  readonly size: number;
  /** Token objects (made on first use: derivation reads them for candidate pairs only). */
  readonly tokens: Token[];
  /** hashString(word) per token. */
  readonly hashes: Uint32Array;
  /** MinHash of the 5-word shingle set (computed on first use). */
  readonly signature: Uint32Array;
  /** Hashes of the k-word shingles, in order (kept per k: derivation's candidates ask for the same k every analysis). */
  shingles(k: number): Uint32Array;
  /** The words joined by one space: equal for texts differing only in case or punctuation. */
  readonly normalized: string;
  /** A hash of all the words in order: equal when `normalized` is (and rarely otherwise). */
  readonly wordsHash: number;
}

class Features implements TextFeatures {
  readonly hashes: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  private sig: Uint32Array | null = null;
  private tok: Token[] | null = null;
  private list: string[] | null = null;
  private grams: { k: number; hashes: Uint32Array } | null = null;

  constructor(readonly text: string) {
    const cols = tokenColumns(text);
    this.starts = cols.starts;
    this.ends = cols.ends;
    this.hashes = cols.hashes;
  }

  get size(): number {
    return this.hashes.length;
  }

  get words(): string[] {
    return (this.list ??= wordsOf(this.text, { starts: this.starts, ends: this.ends }));
  }

  get tokens(): Token[] {
    return (this.tok ??= this.words.map((word, i) => ({ word, start: this.starts[i]!, end: this.ends[i]! })));
  }

  get signature(): Uint32Array {
    return (this.sig ??= minhash(shingleHashes(this.hashes, SHINGLE)));
  }

  shingles(k: number): Uint32Array {
    if (this.grams?.k !== k) this.grams = { k, hashes: this.size < k ? new Uint32Array(0) : shingleHashes(this.hashes, k) };
    return this.grams.hashes;
  }

  get wordsHash(): number {
    let h = this.hashes.length;
    for (let i = 0; i < this.hashes.length; i++) h = combine(h, this.hashes[i]!);
    return h;
  }

  get normalized(): string {
    return this.words.join(' ');
  }
}

const cache = new WeakMap<object, Features>();

export function featuresOf(article: Pick<AnalysisArticle, 'text'>): TextFeatures {
  const hit = cache.get(article);
  if (hit && hit.text === article.text) return hit;
  const f = new Features(article.text);
  cache.set(article, f);
  return f;
}

/** Features of a bare string (not cached). */
export function textFeatures(text: string): TextFeatures {
  return new Features(text);
}
