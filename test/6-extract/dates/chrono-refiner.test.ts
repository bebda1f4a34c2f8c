// candidates.ts hands chrono's "end of period" refiner only the results after "of"/"the" and
// white space; the parse must stay chrono's own on texts that use that refiner and texts that do not.
import { describe, it, expect } from 'vitest';
import * as chrono from 'chrono-node';
import { CHRONO, endsWithOfOrThe } from '../../../src/6-extract/dates/candidates.js';

describe('endsWithOfOrThe', () => {
  it.each([
    ['the end of ', true], ['the end OF  ', true], ['by the end of the ', true], ['end of the\n', true],
    ['the end of', false], ['proof ', true], ['bathe ', true], ['they said ', false], ['', false], [' ', false],
  ])('%j -> %s', (text, want) => {
    expect(endsWithOfOrThe(text, text.length)).toBe(want);
  });
});

describe('chrono with the narrowed refiner', () => {
  const ref = new Date(2026, 2, 20, 12);
  const shape = (rs: chrono.ParsedResult[]) => rs.map((r) => [r.index, r.text, r.start.date().toISOString(), [...r.tags()].sort()]);
  it.each([
    'Talks are due to end by the end of this month, officials said on Friday.',
    'The ceasefire runs until the last day of March, and aid arrives at the end of the week.',
    'At the end of next year the plan lapses; by the end of May 2025 half was spent.',
    'The End Of The Month rally on Tuesday drew 400 people, up from March.',
    'Proof of March 3 and the week of June 9 were filed on the 5th.',
  ])('%j parses as plain chrono does', (text) => {
    expect(shape(CHRONO.parse(text, ref, { forwardDate: false }))).toEqual(shape(chrono.parse(text, ref, { forwardDate: false })));
  });
  it('the end-of-period refiner still acts: "end of this month" is read as the month\'s last day', () => {
    const [r] = CHRONO.parse('It expires at the end of this month.', ref, { forwardDate: false });
    expect(r?.text).toBe('end of this month');
    expect(r?.start.get('day')).toBe(31);
  });
});
