// The words of an economy story (rates review finding 11): the rate change, price growth and the
// people affected, counted in an article about the economy only (two cues: "central bank", "inflation").
import { describe, expect, it } from 'vitest';
import { referentTerms } from '../../src/8-frame/terms.js';
import { frameArticles } from '../../src/8-frame/index.js';
import { economyStory } from '../../src/8-frame/model/economy.js';

const terms = (text: string) => referentTerms(text).map((t) => `${t.referent}:${t.term}`);

describe('referent terms of an economy story', () => {
  it.each([
    ['The Bank of Dorvania hiked interest rates to 5%, and homeowners face a steep rise in repayments as inflation bites.',
      ['rate change:hike', 'people affected:homeowners']],
    ['The central bank raised its key rate by 25 basis points, its second increase this year; borrowers and savers reacted.',
      ['rate change:raise', 'rate change:increase', 'people affected:borrowers', 'people affected:savers']],
    // A bare "increase" after a sentence naming the rate is the rate's; "cut its forecast" and "pay rises" are not.
    ['Inflation rose to 4.1%. The central bank lifted its policy rate to 3.75%. The board voted 6-1 for the increase. It also cut its growth forecast, and pay rises slowed.',
      ['rate change:lift', 'rate change:increase']],
    ['Soaring prices and the cost-of-living crisis hit families as inflation hit 6%; the central bank signalled monetary tightening.',
      ['price growth:soaring prices', 'price growth:cost-of-living crisis', 'people affected:families', 'rate change:tightening']],
    // "A rise in unemployment" and "a 0.4% rise" with no rate in sight are no rate change.
    ['Inflation slowed and the central bank held rates. A rise in unemployment followed.\n\nMonth on month, output showed a 0.4% increase.', []],
    ['The central bank announced a surprise rate cut as inflation eased; mortgage holders welcomed the reduction in rates.',
      ['rate change:cut', 'people affected:mortgage holders', 'rate change:reduction']],
    // No economy story (one cue or none): a rise in sea levels, a hike in the mountains count nothing.
    ['A rise in sea levels threatens families on the coast of Merrowfen.', []],
    ['The hike in the mountains above Valdrin took six hours; rising prices at the huts annoyed households.', []],
    ['Inflation is a word the hikers never used on their hike.', []],
  ])('%s', (text, expected) => expect(terms(text)).toEqual(expected));

  it.each([
    ['The central bank raised interest rates.', true],
    ['Inflation hit 3% as the key rate stayed at 4%.', true],
    ['A rise in sea levels threatens the coast.', false],
    ['Inflation of egos is the league’s real problem.', false],
  ])('economyStory(%j) = %s', (text, expected) => expect(economyStory(text)).toBe(expected));

  // A storyline half of whose articles are about the economy is one: a tabloid's short item with one cue counts.
  it('reads the short items of an economy storyline as economy stories', () => {
    const result = frameArticles([
      { id: 'a', outlet: 'Wire', text: 'The central bank raised interest rates by a quarter point; borrowers will pay more.' },
      { id: 'b', outlet: 'Tabloid', text: 'RATE RAID: the central bank hiked rates again and homeowners face misery.' },
    ]);
    expect(result.framing.map((r) => [r.referent, r.outlets.map((o) => `${o.outlet}: ${o.terms.map((t) => t.term).join(', ')}`)])).toEqual([
      ['people affected', ['Tabloid: homeowners', 'Wire: borrowers']],
      ['rate change', ['Tabloid: hike', 'Wire: raise']],
    ]);
  });
});
