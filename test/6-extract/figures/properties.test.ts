import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from '../../../src/6-extract/figures/index.js';
import { expectInvariants } from './helpers.js';

/** Pieces that make the extractor work hard: numbers, marks, qualifiers, cues and odd characters. */
const pieces = [
  '40', '12,000', '1.2', 'million', 'bn', '$', '€', '£', 'US', 'A', '%', 'per', 'cent', 'between', 'and', 'to',
  '-', '–', 'or', 'at', 'least', 'over', 'about', 'nearly', 'fifty-eight', 'twenty', 'one', 'hundred', 'a',
  'dozen', 'people', 'children', 'killed', 'were', 'including', 'of', 'whom', 'among', 'them', 'aged',
  '61-year-old', 'years', 'old', 'toll', 'rose', 'March', '2023', '3', 'p.m.', ':', '/', '(', ')', '.', ',',
  '\n', ' ', '  ', 'Gaza’s', 'Palestinian', 'prisoners', 'shekels', 'dollars', 'No', '#', '+', '0', '007',
  '\u{1F600}', 'é', 'ß', '\u0301',
];

describe('figures: properties', () => {
  it('random strings never throw and keep the offset invariants', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectInvariants(text, extractFigures(text));
      }),
      { numRuns: 500 },
    );
  });

  it('random sequences of figure-like pieces keep the invariants', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(' ')), (text) => {
        expectInvariants(text, extractFigures(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('pieces glued without spaces keep the invariants', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expectInvariants(text, extractFigures(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('a sample article keeps the invariants', () => {
    const text = 'At least 40 people were killed and over 12,000 displaced. Crews rescued 90 people, including 15 children and 3 journalists. '
      + 'The ministry pledged $3bn and 3 million shekels; turnout was 40 per cent. A 61-year-old man was among those aged between 16 and 70.';
    const figures = extractFigures(text);
    expect(figures.length).toBeGreaterThanOrEqual(9);
    expectInvariants(text, figures);
  });
});

describe('figures: long and hostile inputs finish', () => {
  it('a 10,000-word article', () => {
    const words = ['At', 'least', '40', 'people', 'were', 'killed,', 'including', '15', 'children,', 'and', '$3bn', 'in', 'aid', 'between', '30', 'and', 'the', 'river.'];
    const text = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ');
    const figures = extractFigures(text);
    expect(figures.length).toBeGreaterThan(1000);
    expectInvariants(text, figures);
  });

  it.each([
    ['one huge hyphenated token', Array.from({ length: 20_000 }, () => '1').join('-')],
    ['one huge number', '9'.repeat(50_000) + ' people'],
    ['digit groups', Array.from({ length: 20_000 }, () => '123').join(',')],
    ['long whitespace', '40' + ' '.repeat(100_000) + 'people'],
    ['number words', Array.from({ length: 20_000 }, () => 'twenty-one').join(' ')],
    ['separators', '1.'.repeat(30_000)],
  ])('%s', (_name, text) => {
    expectInvariants(text, extractFigures(text));
  });
});
