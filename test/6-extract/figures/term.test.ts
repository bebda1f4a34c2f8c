// Prison terms (src/6-extract/figures/term.ts, keys in src/7-align/figure-key.ts): a length of time
// is compared across outlets only when it is a sentence, its suspended part, the part to serve,
// the prosecution's demand or the most the law allows, each its own quantity. Trial review 1:
// "jailed for 14 years" in one outlet against "sentenced to 12 years" in five was never flagged.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';
import { figureKey } from '../../../src/7-align/figure-key.js';
import { figureClaims } from '../../../src/7-align/figure-claims.js';

const keys = (s: string) => extractFigures(s).map((f) => `${f.text} => ${figureKey(f)}`);
const occ = (id: string, text: string) => extractFigures(text).map((figure) => ({ articleId: id, root: id, figure }));

describe('prison terms: keyed by their role', () => {
  it.each([
    ['The court sentenced Arno Vikk, the former mayor of Tessel, to nine years in prison, five years of which suspended.',
      ['nine years => term|sentenced|year', 'five years => term|suspended|year']],
    ['Vikk was jailed for 11 years.', ['11 years => term|sentenced|year']],
    ['He was jailed for 18 months, with two years of the sentence suspended.', ['18 months => term|sentenced|month', 'two years => term|suspended|year']],
    ['The judge gave him a sentence of six years.', ['six years => term|sentenced|year']],
    ['Prosecutors had sought 13 years.', ['13 years => term|sought|year']],
    ['Prosecutors asked the court to jail him for 13 years.', ['13 years => term|sought|year']],
    ['The judge sentenced him to nine years, less than the 13 years prosecutors had sought.', ['nine years => term|sentenced|year', '13 years => term|sought|year']],
    ['She faces up to 10 years in prison.', ['up to 10 years => term|faces|year']],
    ['He will serve four years behind bars.', ['four years => term|serve|year']],
    // Other lengths of time say nothing a sentence can be compared with.
    ['He led the company for nine years.', ['nine years => null']],
    ['Both sides have 14 days to appeal.', ['14 days => null']],
    ['He spent two years in prison before the trial.', ['two years => null']],
    ['He asked for two weeks to prepare.', ['two weeks => null']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('flags a wrong sentence and keeps the demand apart from it', () => {
    const claims = figureClaims([
      ...occ('a', 'Vikk was sentenced to nine years in prison. Prosecutors had sought 13 years.'),
      ...occ('b', 'A court jailed Vikk for nine years on Tuesday.'),
      ...occ('c', 'Disgraced Vikk was jailed for 13 years today.'),
    ]);
    expect(claims.map((c) => [c.key, c.status, c.values.map((v) => v.text)])).toEqual([
      ['term|sentenced|year', 'conflicting', ['nine years', '13 years']],
      ['term|sought|year', 'single-source', ['13 years']],
    ]);
  });
});

describe('prison terms written as a modifier: "a 12-year prison sentence"', () => {
  it.each([
    ['Vikk was handed a 12-year prison sentence.', ['12-year => term|sentenced|year']],
    ['The mayor of Tessel was given a two-year suspended sentence.', ['two-year => term|suspended|year']],
    ['Prosecutors sought an 18-month jail term.', ['18-month => term|sought|month']],
    ['He faces a 20-year sentence if convicted.', ['20-year => term|faces|year']],
    // Not a prison term: an office's term, a bond.
    ['Vikk was elected to a five-year term.', []],
    ['The 30-year bond was sold in Tessel.', []],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('keeps the other figures of the sentence and their parents in order', () => {
    const fs = extractFigures('Of the 40 prisoners held, 12 were freed and one got a 10-year prison sentence.');
    expect(fs.map((f) => f.text)).toEqual(['40 prisoners', '12', '10-year']);
    expect(fs[1]!.parent).toBe(0);
  });
});
