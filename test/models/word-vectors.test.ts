import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readWordVectors, VectorsError } from '../../src/models/word-vectors/read.js';
import { WordVectorEmbedder } from '../../src/models/word-vectors/embedder.js';
import { embedderFromShared, loadEmbedder } from '../../src/models/load.js';
import { dot } from '../../src/models/embedder.js';
import { DIMENSIONS, tinyVectorLines, writeTinyVectors } from '../helpers/tiny-vectors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-vectors-'));
const file = (name: string, body: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, body);
  return f;
};

describe('readWordVectors', () => {
  it('reads files with and without the word2vec header, keeping the words in rank order', async () => {
    for (const header of [true, false]) {
      const v = await readWordVectors(writeTinyVectors(path.join(dir, `tiny-${header}.vec`), 7, header));
      expect(v.dimensions).toBe(DIMENSIONS);
      expect(v.rows.get('the')).toBe(0);
      expect(v.rows.size).toBe(tinyVectorLines(7, false).length);
      expect(v.values.length).toBe(v.rows.size * DIMENSIONS);
      const hostages = tinyVectorLines(7, false).find((l) => l.startsWith('hostages '))!.split(' ').slice(1).map(Number);
      const row = v.rows.get('hostages')!;
      expect([...v.values.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS)].map((x) => Math.round(x * 1e4) / 1e4)).toEqual(hostages);
    }
  });

  it('keeps the first maxWords words, and the first of a repeated word', async () => {
    const f = file('repeat.txt', 'a 1 0\nb 0 1\na 5 5\nc 1 1\n');
    const v = await readWordVectors(f, { maxWords: 3 });
    expect(v.rows).toEqual(new Map([['a', 0], ['b', 1]]));
    expect([...v.values]).toEqual([1, 0, 0, 1, 5, 5]);
  });

  it.each([
    ['short.txt', 'a 1 2 3\nb 1 2\n', /short\.txt:2: expected a word and 3 numbers, found 2 values/],
    ['nan.txt', '2 2\na 1 2\nb 1 x\n', /nan\.txt:3: value 2 of "b" is "x"; expected a number/],
    ['zero.txt', '5 0\n', /zero\.txt:1: the header gives 0 dimensions/],
    ['empty.txt', '\n\n', /empty\.txt: no vectors found/],
    ['word-only.txt', 'lonely\n', /word-only\.txt:1: expected a word followed by its numbers/],
  ])('rejects %s with the file, the line and what was expected', async (name, body, message) => {
    const err = await readWordVectors(file(name, body)).catch((e) => e);
    expect(err).toBeInstanceOf(VectorsError);
    expect(err.message).toMatch(message);
  });

  it('names a missing file', async () => {
    await expect(loadEmbedder(path.join(dir, 'none.vec'))).rejects.toThrow(/none\.vec: no such file \(expected a word-vectors text file/);
  });
});

describe('WordVectorEmbedder', async () => {
  const embedder = new WordVectorEmbedder(await readWordVectors(writeTinyVectors(path.join(dir, 'e.vec'))), 'vectors:e.vec');
  const [a, b, c, unknown] = await embedder.embed(['Gunmen seized forty captives near the crossing.', 'Militants took 40 hostages close to the bridge.', 'The council vote on the levy was on Friday.', 'Zorblax quindle.']);

  it('gives unit vectors, close for the same meaning in other words', () => {
    expect(dot(a!, a!)).toBeCloseTo(1, 5);
    expect(dot(a!, b!)).toBeGreaterThan(0.9);
    expect(Math.abs(dot(a!, c!))).toBeLessThan(0.6);
  });

  it('gives a zero vector when it knows none of the words', () => {
    expect([...unknown!].every((x) => x === 0)).toBe(true);
  });

  it('weighs frequent words little (smooth inverse frequency)', () => {
    const bare = embedder.embedOne('hostages');
    // Four of the most frequent words move the vector little; four of the rarest move it much.
    expect(dot(bare, embedder.embedOne('the hostages of the a'))).toBeGreaterThan(0.95);
    expect(dot(bare, embedder.embedOne('rose hostages sharply police army'))).toBeLessThan(0.7);
  });

  it('looks a word up as written, then in lower case', () => {
    expect(dot(embedder.embedOne('HOSTAGES'), embedder.embedOne('hostages'))).toBeCloseTo(1, 5);
    expect(dot(embedder.embedOne('Vantra'), embedder.embedOne('vantra'))).toBe(0);
  });

  it('crosses to a thread with its numbers in shared memory and embeds the same there', async () => {
    const shared = embedder.share();
    expect(shared.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    const again = embedderFromShared(structuredClone(shared));
    expect(again.name).toBe('vectors:e.vec');
    const [a2, unknown2] = await again.embed(['Gunmen seized forty captives near the crossing.', 'Zorblax quindle.']);
    expect([...a2!]).toEqual([...a!]);
    expect([...unknown2!]).toEqual([...unknown!]);
    // The clone shares the numbers rather than copying them.
    const clone = structuredClone(shared);
    const before = shared.values[0]!;
    clone.values[0] = 42;
    expect(shared.values[0]).toBe(42);
    clone.values[0] = before;
  });

  it('is loaded once per file', async () => {
    const f = writeTinyVectors(path.join(dir, 'once.vec'));
    expect(await loadEmbedder(f)).toBe(await loadEmbedder(f));
    expect((await loadEmbedder(f)).name).toBe('vectors:once.vec');
  });
});
