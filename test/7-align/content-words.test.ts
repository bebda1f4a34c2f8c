import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentWords, WORD } from '../../src/7-align/content-words.js';
import { STOPWORDS } from '../../src/5-cluster/model/stopwords.js';
import { stem } from '../../src/5-cluster/stem.js';

/** The regex reading contentWords replaced: the reference it must equal. */
function byRegex(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const raw = m[0].replace(/['’]s$/, '');
    if (/^\d[\d.,]*$/.test(raw)) {
      out.push(`#${raw.replace(/,/g, '')}`);
      continue;
    }
    const w = raw.toLowerCase().replace(/[.,]+$/, '');
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

describe('contentWords', () => {
  it.each([
    ['Some 1,200 people fled.', ['#1200', 'fled']], // "people" is a stopword
    ["The army's shelling stopped.", ['army', 'shell', 'stop']],
    ['The U.S. envoy’s talks, in Dunmoor.', ['u.s', 'envoy', 'talk', 'dunmoor']],
    ['Prices rose 3.5% to 1.2bn in 2024.', ['price', 'rose', '#3.5', '1.2bn', '#2024']],
    ['Al-Haddad met O’Brien -- twice.', ['al-haddad', 'met', 'o’brien', 'twice']],
    ['Ο υπουργός είπε 𝐀𝐁𝐂 naïve.', ['υπουργός', 'είπε', '𝐀𝐁𝐂', 'naïve']], // mathematical capitals have no lower case
  ])('contentWords(%s)', (s, words) => expect(contentWords(s)).toEqual(words));

  it('reads a range of the text as the regex reads that slice', () => {
    const text = 'x. The ministry closed the border. Markets stayed open.';
    expect(contentWords(text, 3, 34)).toEqual(byRegex(text.slice(3, 34)));
    expect(contentWords(text, 3, 34)).toEqual(['ministry', 'clos', 'border']); // the light stemmer's "clos"
  });

  it('equals the regex reading on any string and any range of it', () => {
    const unit = fc.constantFrom('a', 'S', 's', 'z', '1', '0', "'", '’', '.', ',', '-', ' ', '\n', 'é', 'İ', 'ß', '\u0301', '𝐀', '\ud835', '\udc00', '²', '٣', '—', '%', 'the', 'army', 'ing');
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), fc.nat(), fc.nat(), (s, x, y) => {
      expect(contentWords(s)).toEqual(byRegex(s));
      const [from, to] = [x % (s.length + 1), y % (s.length + 1)].sort((a, b) => a - b);
      expect(contentWords(s, from, to)).toEqual(byRegex(s.slice(from, to)));
    }), { numRuns: 5000 });
  });
});
