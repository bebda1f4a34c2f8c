import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';

const texts = (sentence: string) => extractFigures(sentence).map((f) => f.text);

describe('figures: numbers that are not figures', () => {
  it.each([
    ['years', 'The dam was built in 2023 and has stood since 1948.'],
    ['a year before a noun', 'Veterans of the 1967 war met in the square.'],
    ['decades and year ranges', 'The 1990s and mid-2023 differ, as did 1939-1945.'],
    ['dates', 'The talks opened on March 18 and closed on 21 April.'],
    ['day of month', 'Voting ends on the 3 of May.'],
    ['weekday dates', 'The vote is on Tuesday 18 at the town hall.'],
    ['clock times', 'The curfew starts at 3 p.m. and ends at 10:30.'],
    ['clock times without dots', 'Sirens sounded at 6 am and again at 0800 GMT.'],
    ['ordinals in words', 'It was the third strike and the twenty-first protest.'],
    ['ordinals in digits', 'The 21st session follows the 2nd round.'],
    ['phone numbers', 'Call +44 20 7946 0958 or 555-1234 for details.'],
    ['section and list numbers', 'Under Section 3 and article 12, see page 4.'],
    ['numbered items', '1. Tents\n2) Water\n(3) Blankets'],
    ['abbreviated labels', 'The decree No. 5 replaced Resolution 242.'],
    ['route and model names', 'Traffic on Route 66 stopped for a Boeing 737.'],
    ['numbers inside words and IDs', 'The G7 discussed COVID-19, F-16 jets and the A320.'],
    ['pronoun "one"', 'One of the guards said no one had seen the one who left.'],
    ['idiomatic "one"', 'One day the river will return, one way or another.'],
    ['vague plurals', 'Dozens were hurt and hundreds fled as thousands watched.'],
    ['bare numbers with nothing counted', 'The code was 42 and the answer 7.'],
    ['scores', 'The home side won 3-1 after a 2-2 draw.'],
    ['ambiguous scale without currency', 'He won the 100m race and the 10k run.'],
    ['capitalised number words in names', 'The Three Kings inn faces the Seven Sisters cliffs.'],
    ['codes with leading zeros', 'Flight 007 used gate 0042.'],
    ['fractions and ratios', 'Only 3/4 of the seats and a 2:1 ratio.'],
  ])('%s', (_name, sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it('keeps a number opening a sentence after one that ends in a label word', () => {
    expect(texts('Buses approached the gate. Nine workers were detained.')).toEqual(['Nine workers']);
    expect(texts('Crowds filled the road. 40 people were hurt.')).toEqual(['40 people']);
  });

  it('keeps the figure next to a date or year', () => {
    expect(texts('On March 18, 40 people were killed.')).toEqual(['40 people']);
    expect(texts('In 2023, 12,000 homes were destroyed.')).toEqual(['12,000 homes']);
  });

  it('"in a" after a figure is no ratio', () => {
    expect(texts('The shelling killed 40 people in a day.')).toEqual(['40 people']);
  });

  it('a four-digit number counting people is not a year', () => {
    expect(texts('Police said 2000 protesters gathered.')).toEqual(['2000 protesters']);
  });

  it('"one" counts when it counts something', () => {
    expect(texts('One soldier was wounded and one of the medics helped.')).toEqual(['One soldier']);
  });

  it('possessives are not labels: "Gaza’s 2.3 million residents"', () => {
    expect(texts('Gaza’s 2.3 million residents waited.')).toEqual(['2.3 million residents']);
  });
});
