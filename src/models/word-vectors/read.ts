// Reads word vectors in the text format word2vec, GloVe and fastText share: one word per line
// followed by its numbers, separated by spaces; word2vec and fastText files open with a header
// line "WORDS DIMENSIONS". Sample (three dimensions):
//   3 3
//   hostages 0.12 -0.5 0.33
//   captives 0.1 -0.48 0.3
// Files list words most frequent first, which the embedder uses to weigh them (a word's rank).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface WordVectors {
  dimensions: number;
  /** Word -> its row in `values` (its rank: 0 for the file's first word). */
  rows: Map<string, number>;
  /** Row r at [r * dimensions, (r + 1) * dimensions); in a SharedArrayBuffer when read from a file. */
  values: Float32Array;
}

export class VectorsError extends Error {}

export interface ReadOptions {
  /** Keep the first this many words (the most frequent); default all. */
  maxWords?: number;
}

/** The vectors of a file; a malformed line is an error naming the file, the line and what was expected. */
export async function readWordVectors(file: string, opts: ReadOptions = {}): Promise<WordVectors> {
  const max = opts.maxWords ?? Infinity;
  const rows = new Map<string, number>();
  let dimensions = 0;
  let values: Float32Array = new Float32Array(0);
  let count = 0;
  let lineNo = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = raw.trim();
      if (!line) continue;
      const parts = line.split(/ +/);
      if (lineNo === 1 && parts.length === 2 && /^\d+$/.test(parts[0]!) && /^\d+$/.test(parts[1]!)) {
        dimensions = Number(parts[1]);
        if (dimensions < 1) throw new VectorsError(`${file}:1: the header gives ${dimensions} dimensions; expected 1 or more`);
        continue;
      }
      if (count >= max) break;
      if (!dimensions) dimensions = parts.length - 1;
      if (dimensions < 1) throw new VectorsError(`${file}:${lineNo}: expected a word followed by its numbers, found "${clip(line)}"`);
      if (parts.length !== dimensions + 1) throw new VectorsError(`${file}:${lineNo}: expected a word and ${dimensions} numbers, found ${parts.length - 1} values`);
      if (values.length < (count + 1) * dimensions) values = grow(values, (count + 1) * dimensions);
      for (let k = 1; k <= dimensions; k++) {
        const x = Number(parts[k]);
        if (!Number.isFinite(x) || parts[k] === '') throw new VectorsError(`${file}:${lineNo}: value ${k} of "${clip(parts[0]!)}" is "${clip(parts[k]!)}"; expected a number`);
        values[count * dimensions + k - 1] = x;
      }
      // The first occurrence of a word wins (some files repeat a word in another case or form).
      if (!rows.has(parts[0]!)) rows.set(parts[0]!, count);
      count++;
    }
  } catch (e) {
    if (e instanceof VectorsError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new VectorsError(err.code === 'ENOENT' ? `${file}: no such file (expected a word-vectors text file)` : `${file}: ${err.message}`);
  } finally {
    lines.close();
  }
  if (!count) throw new VectorsError(`${file}: no vectors found; expected lines of a word followed by its numbers`);
  // In shared memory, so a thread can use the model without a copy (`serve --vectors`).
  const shared = new Float32Array(new SharedArrayBuffer(count * dimensions * Float32Array.BYTES_PER_ELEMENT));
  shared.set(values.subarray(0, count * dimensions));
  return { dimensions, rows, values: shared };
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function grow(a: Float32Array, needed: number): Float32Array {
  const b = new Float32Array(Math.max(needed, 2 * a.length, 1024));
  b.set(a);
  return b;
}
