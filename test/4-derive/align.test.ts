import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { alignPassages } from '../../src/4-derive/index.js';
import { tokenize } from '../../src/3-dedupe/index.js';
import { VOCAB, randomWords } from '../3-dedupe/words.js';

const words = (s: string) => tokenize(s).map((t) => t.word);
const shared = (a: string, b: string, min = 8) => alignPassages(a, b, min).map((p) => a.slice(p.start, p.end));

const S1 = 'The earthen wall of the Oskvar reservoir gave way shortly after three in the morning';
const S2 = 'Army engineers were trying to close a second, smaller breach on the eastern side';

describe('alignPassages: table', () => {
  it.each([
    ['identical sentence', S1, S1, [S1]],
    ['case and punctuation ignored', `${S1}.`, S1.toUpperCase().replace(/ /g, ' -- '), [S1]],
    ['two runs in swapped order', `${S1}. Then: ${S2}.`, `${S2}! And ${S1}?`, [S1, S2]],
    ['a run of 7 words is not a passage', 'one two three four five six seven', 'one two three four five six seven', []],
    ['run cut by one changed word', `${S1}`, S1.replace('shortly', 'soon'), ['The earthen wall of the Oskvar reservoir gave way']],
    ['no shared words', S1, S2, []],
    ['empty texts', '', S1, []],
  ])('%s', (_n, a, b, expected) => {
    expect(shared(a, b)).toEqual(expected);
  });

  it('offsets in both texts and word counts', () => {
    const a = `Intro words here. ${S2}.`;
    const b = `${S2}, officials said.`;
    expect(alignPassages(a, b)).toEqual([{ start: 18, end: 18 + S2.length, sourceStart: 0, sourceEnd: S2.length, words: 14 }]);
  });

  it('a sentence repeated in one text is matched once on each side (tiling)', () => {
    const ps = alignPassages(`${S1}. ${S1}.`, `${S1}.`);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.start).toBe(0);
  });

  it('the longest run wins over overlapping shorter ones', () => {
    const long = randomWords(1, 30);
    const a = [...long.slice(0, 10), 'zz', ...long].join(' ');
    expect(alignPassages(a, long.join(' ')).map((p) => p.words)).toEqual([30]);
  });

  it('minWords is honoured', () => {
    expect(shared('alpha beta gamma delta x', 'alpha beta gamma delta y', 4)).toEqual(['alpha beta gamma delta']);
  });

  it('Arabic text aligns too', () => {
    const ar = 'بدأ مفاوضون يمثلون حكومة نورفيسا وجبهة تحرير آشفيل يوم الثلاثاء أول جولة من المحادثات';
    expect(shared(`مقدمة قصيرة. ${ar}.`, `${ar}، قال المسؤولون.`)).toEqual([ar]);
  });
});

const SEPS = [' ', ' ', ' ', ', ', '. ', ' — ', '\n\n', ' "', '" ', ' (', ') '];
const textArb = fc.array(fc.tuple(fc.constantFrom(...VOCAB.slice(0, 40)), fc.constantFrom(...SEPS), fc.boolean()), { maxLength: 120 });
const render = (parts: [string, string, boolean][]) => parts.map(([w, sep, up]) => (up ? w.toUpperCase() : w) + sep).join('');

describe('alignPassages: properties', () => {
  it('offsets lie inside both texts on word boundaries, do not overlap, and slices normalise equal', () => {
    fc.assert(
      fc.property(textArb, textArb, fc.nat(80), fc.nat(80), fc.integer({ min: 1, max: 10 }), (pa, pb, cut, at, min) => {
        const a = render(pa);
        const b = render([...pb.slice(0, at), ...pa.slice(cut), ...pb.slice(at)]); // b reuses a's tail
        const ps = alignPassages(a, b, min);
        const starts = new Set(tokenize(a).map((t) => t.start));
        const ends = new Set(tokenize(a).map((t) => t.end));
        const startsB = new Set(tokenize(b).map((t) => t.start));
        const endsB = new Set(tokenize(b).map((t) => t.end));
        for (const p of ps) {
          expect(starts.has(p.start) && ends.has(p.end)).toBe(true);
          expect(startsB.has(p.sourceStart) && endsB.has(p.sourceEnd)).toBe(true);
          const wa = words(a.slice(p.start, p.end));
          expect(wa).toEqual(words(b.slice(p.sourceStart, p.sourceEnd)));
          expect(wa.length).toBe(p.words);
          expect(p.words).toBeGreaterThanOrEqual(min);
        }
        const noOverlap = (spans: [number, number][]) =>
          spans.sort((x, y) => x[0] - y[0]).every((s, i) => i === 0 || s[0] >= spans[i - 1]![1]);
        expect(noOverlap(ps.map((p) => [p.start, p.end]))).toBe(true);
        expect(noOverlap(ps.map((p) => [p.sourceStart, p.sourceEnd]))).toBe(true);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('a text aligned with itself is one passage covering every word', () => {
    fc.assert(
      fc.property(textArb, (parts) => {
        const a = render(parts);
        const n = tokenize(a).length;
        const ps = alignPassages(a, a);
        expect(ps.reduce((s, p) => s + p.words, 0)).toBe(n >= 8 ? n : 0);
      }),
      { seed: 12 },
    );
  });
});
