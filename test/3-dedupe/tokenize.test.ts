import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tokenize, shingleHashes, wordHashes } from '../../src/3-dedupe/index.js';

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
