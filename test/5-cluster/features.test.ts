import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { countsOf, extractFeatures, NOT_WORD, termOf } from '../../src/5-cluster/features.js';
import { hashRange, WordMemo } from '../../src/5-cluster/word-memo.js';
import { STOPWORDS } from '../../src/5-cluster/model/stopwords.js';
import { NAME, scanNames } from '../../src/5-cluster/name-scan.js';

// What the hand-written term scan replaces: split on NOT_WORD, one feature per word.
function termsBySplit(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(NOT_WORD)) {
    const s = termOf(word);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}
const termsOf = (text: string) => new Map([...countsOf(extractFeatures(null, text))].filter(([f]) => !f.startsWith('n:')));

describe('cluster features: terms', () => {
  it.each([
    ['stems, stopwords and numbers dropped', 'The rebels shelled 3 villages; shelling continued', { rebel: 1, shell: 2, village: 1, continu: 1 }],
    ['hyphens and apostrophes stay inside a word', "al-Zubaydi's men’s cease-fire", { 'al-zubaydi': 1, men: 1, 'cease-fire': 1 }],
    ['a leading apostrophe or hyphen is dropped', "'Tis -decade", { tis: 1, decade: 1 }],
    ['case folds after the memo lookup', 'Talks talks TALKS', { talk: 3 }],
  ])('%s', (_n, text, want) => {
    expect(Object.fromEntries(termsOf(text))).toEqual(want);
  });

  it('property: the scan gives the split version’s words, in order, on any text (twice, through the memo)', () => {
    const pieces = fc.constantFrom('talks', 'Talks', 'ab', ' ', "'", '’', '-', 'é', 'İ', 'Σ', '𝐀', '\uD835', '\u0301', 'ب', '.', '\n', '12', 'cease-fire');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const want = [...termsBySplit(text)];
        expect([...termsOf(text)]).toEqual(want);
        expect([...termsOf(text)]).toEqual(want);
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});

describe('WordMemo', () => {
  it('finds a word by its characters in a text, and only that word', () => {
    const memo = new WordMemo<number>(100, 4);
    const text = 'talks on talk and tale';
    memo.set('talks', hashRange('talks', 0, 5), 1);
    memo.set('tale', hashRange('tale', 0, 4), 2);
    expect(memo.get(text, 0, 5, hashRange(text, 0, 5))).toBe(1);
    expect(memo.get(text, 18, 22, hashRange(text, 18, 22))).toBe(2);
    expect(memo.get(text, 9, 13, hashRange(text, 9, 13))).toBeUndefined();
  });

  it('keeps every entry through growth and is cleared, not overfilled, at its limit', () => {
    const memo = new WordMemo<number>(50, 2);
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    words.forEach((w, i) => memo.set(w, hashRange(w, 0, w.length), i));
    expect(words.map((w) => memo.get(w, 0, w.length, hashRange(w, 0, w.length)))).toEqual(words.map((_, i) => i));
    memo.set('extra', hashRange('extra', 0, 5), 99);
    expect(memo.size).toBe(1);
    expect(memo.get('w3', 0, 2, hashRange('w3', 0, 2))).toBeUndefined();
    expect(memo.get('extra', 0, 5, hashRange('extra', 0, 5))).toBe(99);
  });

  it('a hash collision is told apart by the characters', () => {
    const memo = new WordMemo<string>(10, 4);
    memo.set('abc', 7, 'first');
    memo.set('xyz', 7, 'second');
    expect(memo.get('..xyz', 2, 5, 7)).toBe('second');
    expect(memo.get('abd', 0, 3, 7)).toBeUndefined();
  });
});

describe('scanNames', () => {
  const byRegex = (text: string) => [...text.matchAll(NAME)].map((m) => [m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  const byScan = (text: string) => {
    const out: number[][] = [];
    scanNames(text, (s, e) => out.push([s, e]));
    return out;
  };
  const names = (text: string) => byScan(text).map(([s, e]) => text.slice(s, e));
  it.each([
    ['joiners inside a name', 'Qasim al Zubaydi met the Bank of England and Ludwig van Beethoven.', ['Qasim al Zubaydi', 'Bank of England', 'Ludwig van Beethoven']],
    ['a hyphenated lowercase prefix is no joiner', 'Qasim al-Zubaydi', ['Qasim', 'Zubaydi']],
    ['a joiner not followed by a capital ends the name', 'Ministry of the Interior', ['Ministry', 'Interior']],
    ['one character is not a word; digits end a word', 'A B Cd3 Ef', ['Cd', 'Ef']],
    ['a separator right after a name opens the next', 'Ab,Cd;Ef', ['Ab', 'Cd', 'Ef']],
    ['a capital inside a word is not a name', 'iPhone McDonald', ['McDonald']],
    ['names across a line break', 'Port\nAlden', ['Port\nAlden']],
  ])('%s', (_n, text, want) => {
    expect(names(text)).toEqual(want);
    expect(byScan(text)).toEqual(byRegex(text));
  });

  it('property: the scan finds exactly the regex’s names on any text', () => {
    const pieces = fc.constantFrom('Ab', 'Ann', 'al', ' of ', ' de ', 'der', ' ', '  ', '\n', "'", '’', '-', 'É', 'é', 'İ', 'Σσ', '𝐀', '𝐚', '\uD835', '9', '.', ',', 'x', 'Ma');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { seed: 9, numRuns: 1000 },
    );
  });
});

describe('cluster features: names', () => {
  // The matchAll version the scan and the memo replace (its keys and its sentence-start rule).
  const JOINER = /^(of|de|al|el|bin|van|von|der|la|le|du)$/;
  function namesByRegex(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of text.matchAll(NAME)) {
      const name = m[1]!;
      const at = m.index + m[0].length - name.length;
      const key = name.toLowerCase().replace(/['’]s$/, '');
      const single = !/\s/.test(name);
      if (single && STOPWORDS.has(key)) continue;
      const before = text.slice(Math.max(0, at - 3), at);
      if (single && (at === 0 || /[.!?"“:]\s*$/.test(before) || /\n\s*$/.test(before))) continue;
      counts.set('n:' + key, (counts.get('n:' + key) ?? 0) + 1);
      if (!single) for (const p of key.split(/\s+/).filter((p) => p.length >= 3 && !STOPWORDS.has(p) && !JOINER.test(p))) counts.set('n:' + p, (counts.get('n:' + p) ?? 0) + 0.5);
    }
    return counts;
  }
  const namesOf = (text: string) => new Map([...countsOf(extractFeatures(null, text))].filter(([f]) => f.startsWith('n:')));

  it('a lone capital opening a sentence or a line is no name; inside a sentence it is', () => {
    expect([...namesOf('Rescuers came. Haddad said that Haddad left.\n Haddad and "Haddad" met Haddad’s men')]).toEqual([['n:haddad', 2]]);
  });

  it('property: the same name features as the matchAll version on any text', () => {
    const pieces = fc.constantFrom('Haddad', 'Port Alden', 'Bank of England', 'The', 'But', ' ', '. ', '."', '“', ': ', '\n', '\u00a0', '’s', 'x', ',', '  ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect([...namesOf(text)].sort()).toEqual([...namesByRegex(text)].sort());
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
