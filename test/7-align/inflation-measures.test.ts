// Economic measures keyed by what they measure (src/6-extract/figures/measure.ts, figure-key.ts
// measureNoun): core inflation is not headline inflation, so "core inflation stayed at 2.7%" is no
// rival of "inflation was 3.1%" (rates review, finding 2).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { figureKey } from '../../src/7-align/figure-key.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';

const keys = (s: string) => extractFigures(s).map((f) => `${f.text} => ${figureKey(f, wordBefore(s, f.start))}`);
const occ = (id: string, text: string) => extractFigures(text).map((figure) => ({ articleId: id, root: id, figure }));

describe('inflation and unemployment measures: a modifier naming another measure is kept', () => {
  it.each([
    ['Core inflation remained at 2.4%.', ['2.4% => percent|measure|core inflation']],
    ['Core inflation in Mirovia rose to 2.4%.', ['2.4% => percent|measure|core inflation']],
    ['The core inflation rate was 2.4%.', ['2.4% => percent|measure|core inflation']],
    ['Youth unemployment stood at 14%.', ['14% => percent|measure|youth unemployment']],
    ["Mirovia's youth unemployment rate reached 14%.", ['14% => percent|measure|youth unemployment']],
    // The plain measure, however it is written.
    ['Headline inflation rose to 3.6%.', ['3.6% => percent|measure|inflation']],
    ['Annual inflation reached 3.6%.', ['3.6% => percent|measure|inflation']],
    ['Consumer price inflation rose to 3.6%.', ['3.6% => percent|measure|inflation']],
    // Rates review finding 7: a level that held, or was confirmed, is a level; "jobless rate" is unemployment.
    ['The jobless rate rose to 5.2 percent.', ['5.2 percent => percent|measure|unemployment']],
    ['Unemployment held at 5.2%.', ['5.2% => percent|measure|unemployment']],
    ['Mirovian unemployment is stuck at 5.2%.', ['5.2% => percent|measure|unemployment']],
    ['Unemployment remained unchanged at 5.2%.', ['5.2% => percent|measure|unemployment']],
    ['Core inflation was confirmed at 2.4%.', ['2.4% => percent|measure|core inflation']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('core and headline inflation in two outlets are two quantities, each corroborated', () => {
    const claims = figureClaims([
      ...occ('a', 'Mirovian inflation rose to 3.6% in May. Core inflation remained at 2.4%.'),
      ...occ('b', 'Inflation in Mirovia rose to 3.6%. Core inflation stayed at 2.4%.'),
    ]);
    expect(claims.map((c) => [c.key, c.status])).toEqual([
      ['percent|measure|inflation', 'corroborated'],
      ['percent|measure|core inflation', 'corroborated'],
    ]);
  });
});

describe('unemployment in several wordings agrees (rates review finding 7)', () => {
  it('"held at", "stuck at" and "the jobless rate stood at" are one quantity', () => {
    const claims = figureClaims([
      ...occ('a', 'Unemployment in Mirovia held at 5.2%.'),
      ...occ('b', 'Mirovian unemployment is stuck at 5.2%.'),
      ...occ('c', 'The jobless rate stood at 5.2% in May.'),
    ]);
    expect(claims.map((c) => [c.key, c.status])).toEqual([['percent|measure|unemployment', 'corroborated']]);
  });
});
