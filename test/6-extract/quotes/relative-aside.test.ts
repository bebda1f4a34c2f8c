import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only. A relative clause set off by a comma, with a speaker and a cue of its
// own, reports that speaker's words; the host's clause ends before the comma.

const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text, m.cue?.text, m.content.text]);

describe('a relative clause with its own speaker after a comma', () => {
  it('gives a partial quote after "which he called" to him, not to the host', () => {
    expect(rows('Okafor said the harbour plan was dead, which he called “a relief” for the town.')).toEqual([
      ['Okafor', 'said', 'the harbour plan was dead'],
      ['he', 'called', 'a relief'],
    ]);
  });
  it('reads "whom she described as" after a host that is no verb of saying', () => {
    expect(rows('Varn took aim at the mayor of Dunmore, whom she described as “asleep at the wheel.”')).toEqual([
      ['Varn', 'took aim at', 'the mayor of Dunmore'],
      ['she', 'described', 'asleep at the wheel.'],
    ]);
  });
  it('ends the host’s clause before "which Orlov called"', () => {
    expect(rows('Reyes said he backed the levy, which Orlov called a tax on farmers.')).toEqual([
      ['Reyes', 'said', 'he backed the levy'],
      ['Orlov', 'called', 'a tax on farmers'],
    ]);
  });
});

describe('"as" and a subject pronoun with a cue of their own', () => {
  it('ends the host’s clause before "as she urged"', () => {
    expect(rows('Varn praised the mill in Dunmore as she urged farmers to back the levy.')).toEqual([
      ['Varn', 'praised', 'the mill in Dunmore'],
      ['she', 'urged', 'to back the levy'],
    ]);
  });
  it('keeps the second "as" of a comparison inside the clause', () => {
    expect(rows('Okafor said the levy was as high as he feared.')).toEqual([['Okafor', 'said', 'the levy was as high as he feared']]);
  });
});

describe('a past form usually a noun after a word of contrast', () => {
  it('reads "while most men supported" as a report of its own', () => {
    expect(rows('Half of the women in Dunmore preferred Varn while most men supported Okafor.')).toEqual([
      ['Half of the women in Dunmore', 'preferred', 'Varn'],
      ['most men', 'supported', 'Okafor'],
    ]);
  });
});
