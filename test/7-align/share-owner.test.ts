// Whose shares moved (src/6-extract/figures/share-owner.ts): another group's move is not the story
// company's share price, and a different named company's is kept apart in the claims.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { figureKey } from '../../src/7-align/figure-key.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';

const keys = (s: string) => extractFigures(s).map((f) => `${f.text} => ${figureKey(f, wordBefore(s, f.start))}${f.agent ? ` @${f.agent}` : ''}`);
const occ = (id: string, text: string) => extractFigures(text).map((figure) => ({ articleId: id, root: id, figure }));
const claims = (...texts: string[]) => figureClaims(texts.flatMap((t, i) => occ(`a${i}`, t))).map((c) => [c.key, c.status, c.values.map((v) => v.text)]);

describe('share moves: whose shares', () => {
  it.each([
    ['Shares of other brewers fell 12%.', ['12% => percent|share price of brewer|change']],
    ['Shares of other European brewers slipped 2 per cent.', ['2 per cent => percent|share price of brewer|change']],
    ['Rivals’ shares rose 4%.', ['4% => percent|share price of rival|change']],
    ['Shares across the sector fell 2%.', ['2% => percent|share price of sector|change']],
    ['Brewer shares fell 5% on the news, but shares in peers held steady.', ['5% => percent|share price|change @brewer']],
    ['Shares in Ostley Brewing fell 3%.', ['3% => percent|share price|change @ostley']],
    ['On Monday, Ostley Brewing shares closed down 6% at €9.10.', ['6% => percent|share price|change @ostley', '€9.10 => money:EUR|share price| @ostley']],
    ['Its shares fell 3 per cent.', ['3 per cent => percent|share price|change']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('another group’s fall is no rival value of the company’s', () => {
    expect(claims('Shares in Ostley fell 3%. Shares of other brewers fell 12%.', 'Ostley shares fell 3%.')).toEqual([
      ['percent|share price|change', 'corroborated', ['3%']],
      ['percent|share price of brewer|change', 'single-source', ['12%']],
    ]);
  });

  it('two named companies are two share prices; an unnamed move joins the one it fits', () => {
    expect(claims('Shares in Ostley fell 3%, while shares of Varrow rose 2%.', 'Shares fell 3%.', 'Varrow shares rose 2%.')).toEqual([
      ['percent|share price@ostley|change', 'corroborated', ['3%']],
      ['percent|share price@varrow|change', 'corroborated', ['2%']],
    ]);
  });
});
