import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only. Speakers that follow their cue, and speakers before a quote closed
// with two apostrophes (twenty-fourth session).
const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text ?? null, m.cue?.text ?? null, m.content.text]);

describe('a speaker after the cue', () => {
  it.each([
    // A role word between a place and a name stays in the phrase.
    ['The fund is $4 million to $5 million short, said former Velmora governor Dana Orlov, who chairs the board.',
      [['former Velmora governor Dana Orlov', 'said', 'The fund is $4 million to $5 million short']]],
    // A bracket after the speaker is an aside.
    ['Raising the levy now “is the wrong move,” said Mr. Okafor (a view his rivals share).',
      [['Mr. Okafor', 'said', 'is the wrong move']]],
    // An appositive to the sentence end after a closing attribution whose clause holds another cue.
    ['The vote signals the end of the coalition, said Amos Ilan, founder of the Harbor Party.',
      [['Amos Ilan', 'said', 'The vote signals the end of the coalition']]],
  ])('row %#', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('still ends a speaker phrase at a lower-case verb after a name', () => {
    expect(rows('The deal is off, said Orlov, who insisted on more time.')[0]?.[0]).toBe('Orlov');
    expect(rows('The deal is off, said Velmora officials.')[0]?.[0]).toBe('Velmora officials');
  });
});

describe("a quote closed with two apostrophes (''…,'')", () => {
  it('lets the verb after the quote find the speaker before it', () => {
    expect(rows("Mr. Okafor, citing ''the strength of the mill,'' said the levy would pass.")).toEqual([
      ['Mr. Okafor', 'citing', 'the strength of the mill'],
      ['Mr. Okafor', 'said', 'the levy would pass'],
    ]);
  });
});
