// The three extraction tokenisers scan by hand; each must give exactly the tokens of the regex
// it replaced (exported beside it as TOKEN), on table inputs and on random text.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { TOKEN as TEXT_TOKEN, tokenize as textTokens } from '../../../src/6-extract/text/tokens.js';
import { TOKEN as FIGURE_TOKEN, Tokens } from '../../../src/6-extract/figures/tokens.js';
import { TOKEN as QUOTE_TOKEN, tokenize as quoteTokens } from '../../../src/6-extract/quotes/tokens.js';
import { TITLE_ABBREVIATIONS } from '../../../src/6-extract/quotes/model/words.js';
import { classOf, LETTER, MARK, NUMBER, SPACE, UPPER } from '../../../src/6-extract/text/chars.js';

// The regex versions, as they were written before the scans.
function textByRegex(text: string, from: number, to: number) {
  const out: { start: number; end: number; text: string }[] = [];
  const slice = text.slice(from, to);
  const re = new RegExp(TEXT_TOKEN.source, 'gu');
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = from + m.index;
    const word = m[0];
    if (word.length > 2 && /['’]s$/.test(word)) {
      out.push({ start, end: start + word.length - 2, text: word.slice(0, -2) });
      out.push({ start: start + word.length - 2, end: start + word.length, text: word.slice(-2) });
    } else out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

function figuresByRegex(text: string): [number, number][] {
  const re = new RegExp(FIGURE_TOKEN.source, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

function quotesByRegex(text: string, from: number, to: number) {
  const re = new RegExp(QUOTE_TOKEN.source, 'gu');
  const out: { start: number; end: number; lower: string; isWord: boolean }[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const raw = m[0];
    if (m[1] === undefined) {
      out.push({ start: m.index, end: m.index + raw.length, lower: raw, isWord: false });
      continue;
    }
    let end = m.index + raw.length;
    let lower = raw.toLowerCase().replace(/’/g, "'");
    const initial = /^\p{Lu}$/u.test(raw) && /^ \p{Lu}/u.test(text.slice(end + 1, end + 3));
    const numberSign = /^nos?$/.test(lower) && /^ \d/.test(text.slice(end + 1, end + 3));
    if (text.charCodeAt(end) === 46 && end < to && (TITLE_ABBREVIATIONS.has(lower) || raw.includes('.') || initial || numberSign)) {
      end++;
      lower += '.';
      re.lastIndex = end;
    }
    out.push({ start: m.index, end, lower, isWord: true });
  }
  return out;
}

const figureScan = (text: string): [number, number][] => {
  const t = new Tokens(text);
  return t.starts.map((s, i) => [s, t.ends[i]!]);
};
const quoteScan = (text: string, from: number, to: number) =>
  quoteTokens(text, from, to).map(({ start, end, lower, isWord }) => ({ start, end, lower, isWord }));

// Pieces that sit on every rule's edge: separators, digits, capitals with full stops, marks,
// astral letters, lone surrogates, Unicode spaces.
const PIECES = [
  'No. 2', 'no. ', 'Nos.', 'U.S.', 'U.S', 'A.', 'Mr.', 'J. Smith', "Haddad's", 'Israel’s', "leaders'", 'al-Haddad', '12,000', '1.2', '3.', ',5',
  '30–40', '2-million', '61-year-old', 'years-olds', 'AT&T', '&', "'", '’', '-', '–', '.', ',', ' ', '\n', '\u00a0', '\u2028', 'é', 'e\u0301', '\u0301', 'İ', 'Σ',
  '𝐀', '𝐀.', '\uD835', '\uDC00', 'ب', '٣', 'Ⅻ', 'x', 'ab', 'S', "'s", '7',
];
const texts = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('character classes', () => {
  it.each([
    ['a', LETTER], ['Q', LETTER | UPPER], ['5', NUMBER], ['\u0301', MARK], [' ', SPACE], ['\u00a0', SPACE],
    ['Σ', LETTER | UPPER], ['٣', NUMBER], ['-', 0], ['\uD835', 0],
  ])('%j has class %i', (ch, bits) => {
    expect(classOf(ch.codePointAt(0)!)).toBe(bits);
  });
  it('an astral capital is one code point of class letter + upper', () => {
    expect(classOf('𝐀'.codePointAt(0)!)).toBe(LETTER | UPPER);
  });
});

describe('hand-written tokenisers equal their regexes', () => {
  it.each([
    ['U.S. and U.N. envoys', ['U.S.', 'and', 'U.N.', 'envoys']],
    ["Haddad's aide", ['Haddad', "'s", 'aide']],
    ['al-Haddad’s 12,000', ['al-Haddad', '’s', '12', ',', '000']],
  ])('entity tokens of %j', (text, want) => {
    expect(textTokens(text).map((t) => t.text)).toEqual(want);
  });

  it.each([
    ['12,000 and 1.2', ['12,000', 'and', '1.2']],
    ['fifty-eight 30–40 Gaza’s', ['fifty-eight', '30–40', 'Gaza’s']],
    ['3. $3bn', ['3', '.', '$', '3bn']],
    // A number glued to a word is two tokens without the hyphen, except an age.
    ['a 1,200-job cut, a 61-year-old, 16-Year-Olds', ['a', '1,200', 'job', 'cut', ',', 'a', '61-year-old', ',', '16-Year-Olds']],
  ])('figure tokens of %j', (text, want) => {
    const t = new Tokens(text);
    expect(t.starts.map((_, i) => t.raw(i))).toEqual(want);
  });

  it('property: entity tokens equal the regex over any span', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(textTokens(text, { start: from, end: to })).toEqual(textByRegex(text, from, to));
      }),
      { seed: 11, numRuns: 800 },
    );
  });

  it('property: figure tokens equal the regex', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(figureScan(text)).toEqual(figuresByRegex(text));
      }),
      { seed: 12, numRuns: 800 },
    );
  });

  it('property: quote tokens equal the regex from any offset to any bound', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(quoteScan(text, from, to)).toEqual(quotesByRegex(text, from, to));
      }),
      { seed: 13, numRuns: 800 },
    );
  });
});
