// A tiny word-vectors model the tests generate (no model is downloaded or shipped): words of one
// group (synonyms as news outlets use them) lie close to one random direction, every other word
// on a direction of its own. Frequent words come first, as in word2vec and GloVe files.
import { writeFileSync } from 'node:fs';
import { rng } from '../../bench/corpus.js';

export const DIMENSIONS = 24;

/** Groups of words that mean the same in the invented stories of the tests. */
export const SYNONYMS = [
  ['gunmen', 'militants', 'fighters'],
  ['seized', 'took', 'captured', 'abducted'],
  ['captives', 'hostages'],
  ['forty', '40'],
  ['crossing', 'bridge', 'ford'],
  ['near', 'close', 'beside'],
  ['village', 'hamlet', 'settlement'],
];
const FREQUENT = ['the', 'a', 'of', 'to', 'and', 'in', 'on', 'at', 'said', 'was', 'were', 'by'];
const OTHER = ['council', 'levy', 'rents', 'vote', 'river', 'depot', 'talks', 'mayor', 'dunmore', 'friday', 'police', 'released', 'people', 'statement', 'army', 'Vantra', 'rose', 'sharply'];

/** The model's lines: "word v1 … v24", most frequent first. `header` adds word2vec's "WORDS DIMENSIONS" line. */
export function tinyVectorLines(seed = 7, header = true): string[] {
  const next = rng(seed);
  const r = () => next() - 0.5;
  const direction = () => Array.from({ length: DIMENSIONS }, r);
  const rows: string[] = [];
  const row = (word: string, v: number[]) => rows.push(`${word} ${v.map((x) => x.toFixed(4)).join(' ')}`);
  for (const w of FREQUENT) row(w, direction());
  for (const group of SYNONYMS) {
    const base = direction();
    for (const w of group) row(w, base.map((x) => x + 0.05 * r()));
  }
  for (const w of OTHER) row(w, direction());
  return header ? [`${rows.length} ${DIMENSIONS}`, ...rows] : rows;
}

export function writeTinyVectors(file: string, seed = 7, header = true): string {
  writeFileSync(file, tinyVectorLines(seed, header).join('\n') + '\n');
  return file;
}
