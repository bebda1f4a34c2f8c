// The embedder a user names (`--vectors FILE`, PARALLAX_VECTORS), loaded once per file: only
// when configured, as drizzle loads a driver (the default analysis never reads a model).
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { SentenceEmbedder, SharedEmbedder } from './embedder.js';
import { readWordVectors, VectorsError } from './word-vectors/read.js';
import { WordVectorEmbedder } from './word-vectors/embedder.js';

export { VectorsError } from './word-vectors/read.js';

const loaded = new Map<string, Promise<SentenceEmbedder>>();

/** The embedder of a word-vectors text file (word2vec, GloVe or fastText `.vec`). */
export function loadEmbedder(file: string): Promise<SentenceEmbedder> {
  const key = path.resolve(file);
  let p = loaded.get(key);
  if (!p) {
    p = (async () => {
      await access(file).catch(() => {
        throw new VectorsError(`${file}: no such file (expected a word-vectors text file: a word and its numbers per line)`);
      });
      return new WordVectorEmbedder(await readWordVectors(file), `vectors:${path.basename(file)}`);
    })();
    // A failed load is not kept: the user may fix the file and ask again.
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

/** The embedder another thread shared (SentenceEmbedder.share). */
export function embedderFromShared(s: SharedEmbedder): SentenceEmbedder {
  return WordVectorEmbedder.fromShared(s);
}
