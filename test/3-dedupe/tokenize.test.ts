import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize, shingleHashes, wordHashes } from '../../src/3-dedupe/index.js';
import { tokenColumns, WORD } from '../../src/3-dedupe/tokenize.js';
import { hashString } from '../../src/3-dedupe/hash.js';

// The regex tokeniser tokenColumns' hand-written scan replaces: both must give the same tokens.
const byRegex = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase().replace(/[’ʼ]/g, "'"), start: m.index, end: m.index + m[0].length }));

describe('tokenize', () => {
  it.each([
    ['apostrophes stay inside words, hyphens split', "Rebels' don’t shell-proof", ['rebels', "don't", 'shell', 'proof']],
    ['digits and punctuation', 'At least 23 (twenty-three) died; 4,000 fled.', ['at', 'least', '23', 'twenty', 'three', 'died', '4', '000', 'fled']],
    ['case folded', 'MERROWDALE, June 2 (VPA)', ['merrowdale', 'june', '2', 'vpa']],
    ['Arabic with harakat', 'قالَ المتحدث إنّ 40 شخصاً قتلوا', ['قالَ', 'المتحدث', 'إنّ', '40', 'شخصاً', 'قتلوا']],
    ['Hebrew', 'הפסקת אש של 30 יום', ['הפסקת', 'אש', 'של', '30', 'יום']],
    ['empty and punctuation only', ' — ... "" ', []],
  ])('%s', (_n, text, words) => {
    expect(tokenize(text).map((t) => t.word)).toEqual(words);
  });

  it('offsets are UTF-16 positions of each word', () => {
    const text = 'Floodwater — “swept” through Merrowdale’s streets';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase().replace('’', "'")).toBe(t.word);
    expect(tokenize(text)[1]).toMatchObject({ word: 'swept', start: 14, end: 19 });
  });

  it('property: offsets increase, lie inside the text and re-tokenise to the same word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(tokenize(text.slice(t.start, t.end)).map((x) => x.word)).toEqual([t.word]);
          last = t.end;
        }
      }),
      { seed: 7 },
    );
  });
});

describe('tokenColumns', () => {
  const cases = ["it's the rebels’ ‘last’ stand", 'ʼAbd al-Qadir’s men', "don't ' x' 'y", 'İstanbul ΟΔΟΣ straße 𝐀𝐁 ☃x', 'a’', '’a', "5'6 x''y"];
  it.each(cases)('the scan gives the regex tokens and the hash of each word: %s', (text) => {
    const cols = tokenColumns(text);
    const want = byRegex(text);
    expect(tokenize(text)).toEqual(want);
    expect([...cols.hashes]).toEqual(want.map((t) => hashString(t.word)));
  });
  it('property: the scan agrees with the regex on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', '9', ' ', "'", '’', 'ʼ', '-', 'é', 'İ', 'Σ', '𝐀', '\uD835', '\u0301', 'ب', '.', '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const cols = tokenColumns(text);
        const want = byRegex(text);
        expect(tokenize(text)).toEqual(want);
        expect([...cols.hashes]).toEqual(want.map((t) => hashString(t.word)));
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('shingleHashes', () => {
  const h = (s: string, k: number) => [...shingleHashes(wordHashes(tokenize(s)), k)];
  it('one per k-word window; a text shorter than k is one shingle; empty has none', () => {
    expect(h('a b c d e f g', 5)).toHaveLength(3);
    expect(h('a b c', 5)).toHaveLength(1);
    expect(h('', 5)).toHaveLength(0);
  });
  it('order matters and case or punctuation do not', () => {
    expect(h('a b c d e', 5)).not.toEqual(h('e d c b a', 5));
    expect(h('A, b. C d e', 5)).toEqual(h('a b c d e', 5));
  });
});
