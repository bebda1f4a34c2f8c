// Per-article text features computed once and shared by dedupe and derivation. Cached on the
// article object (a WeakMap, so dropping the article frees them) and re-made if its text changes.
import type { AnalysisArticle } from '../core/analysis.js';
import { minhash } from './minhash.js';
import { SHINGLE } from './params.js';
import { shingleHashes, tokenize, wordHashes, type Token } from './tokenize.js';

export interface TextFeatures {
  readonly text: string;
  readonly tokens: Token[];
  /** hashString(word) per token. */
  readonly hashes: Uint32Array;
  /** MinHash of the 5-word shingle set (computed on first use). */
  readonly signature: Uint32Array;
  /** The words joined by one space: equal for texts differing only in case or punctuation. */
  readonly normalized: string;
}

class Features implements TextFeatures {
  readonly tokens: Token[];
  readonly hashes: Uint32Array;
  private sig: Uint32Array | null = null;

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.hashes = wordHashes(this.tokens);
  }

  get signature(): Uint32Array {
    return (this.sig ??= minhash(shingleHashes(this.hashes, SHINGLE)));
  }

  get normalized(): string {
    return this.tokens.map((t) => t.word).join(' ');
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
