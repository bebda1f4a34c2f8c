import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';
import { expectInvariants } from './helpers.js';

/** [figure text, its whole's text or null, its action]. */
const shape = (sentence: string) => {
  const figures = extractFigures(sentence);
  expectInvariants(sentence, figures);
  return figures.map((f) => [f.text, f.parent === null ? null : figures[f.parent]!.text, f.action]);
};

describe('figures: a part of a whole named at the head of the sentence', () => {
  it.each([
    ['Of the 40 miners trapped underground, 12 were rescued on Friday.', [['40 miners', null, 'trapped'], ['12', '40 miners', 'rescued']]],
    ['Of 300 ballots counted by noon, 120 are still disputed.', [['300 ballots', null, null], ['120', '300 ballots', null]]],
    ['Of the 90 passengers taken hostage on the ferry, 30 remain on board.', [['90 passengers', null, 'hostage'], ['30', '90 passengers', 'remain']]],
    ['Out of 50 climbers stranded on the ridge, 20 remained in the hut overnight.', [['50 climbers', null, 'stranded'], ['20', '50 climbers', 'remained']]],
    // A bare part of a part, its action read through the reported clause.
    ['Of the 40 miners trapped, 12 are still held below, including 3 the company says are injured.', [['40 miners', null, 'trapped'], ['12', '40 miners', 'held'], ['3', '12', 'injured']]],
    ['Of the 40 miners trapped, 12 remain below, including 3 whom rescuers have confirmed as dead.', [['40 miners', null, 'trapped'], ['12', '40 miners', 'remain'], ['3', '12', 'dead']]],
  ] as const)('%s', (sentence, expected) => {
    expect(shape(sentence)).toEqual(expected);
  });

  it.each([
    // "Of" does not open the sentence: no whole.
    'Reports of 40 miners trapped, 12 of them injured, reached the town.',
    // The part is larger than the whole.
    'Of the 12 boats inspected, 40 sank.',
    // A sentence break between them.
    'Of the 40 miners trapped, most were found. 12 remain missing.',
    // The part counts something of its own: not a bare part.
    'Of the 40 miners trapped, 12 engineers were rescued.',
  ])('no bare part in: %s', (sentence) => {
    const figures = extractFigures(sentence);
    expectInvariants(sentence, figures);
    // "12 of them" nests by its own cue; no other bare figure takes a whole.
    const parts = figures.filter((f) => f.parent !== null && f.counted === null && !/of them/.test(sentence.slice(figures[f.parent]!.end, f.end + 8)));
    expect(parts).toEqual([]);
  });
});

describe('figures: a part written before its whole', () => {
  it.each([
    ['Gunmen are still holding 18 of the 64 passengers seized from the coach.', [['18', '64 passengers', 'holding'], ['64 passengers', null, 'seized']]],
    ['Divers recovered 17 of the 19 sailors missing since the collision.', [['17', '19 sailors', 'recovered'], ['19 sailors', null, 'missing']]],
    ['The court freed 30 of its 45 detainees held without charge.', [['30', '45 detainees', 'freed'], ['45 detainees', null, 'held']]],
  ] as const)('%s', (sentence, expected) => {
    expect(shape(sentence)).toEqual(expected);
  });

  it.each([
    // The part is larger than the whole.
    'Inspectors checked 80 of the 12 boats in the harbour.',
    // The first figure counts something of its own.
    'Police arrested 12 men of the 40 protesters detained.',
    // Money is not a part of a count.
    'The agency spent $30 of the 40 dollars given.',
    // Not "of": a different relation.
    'Rescuers reached 12 within the 40 homes flooded.',
  ])('no part before a whole in: %s', (sentence) => {
    const figures = extractFigures(sentence);
    expectInvariants(sentence, figures);
    expect(figures.filter((f, i) => f.parent !== null && f.parent > i)).toEqual([]);
  });
});
