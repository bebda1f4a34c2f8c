import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

// Invented sentences only. A gerund of speech after "by", "before" or "after" that says what a
// verb of the sentence was done with (twenty-ninth session).
const rows = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text ?? null, m.cue?.text ?? null, m.content.text]);

describe('a verb of saying, then "by" and a gerund of speech', () => {
  it.each([
    ['Okafor responded on Friday by saying the levy would stay.', 'responded on Friday by saying', 'the levy would stay'],
    ['The Orlov campaign countered by suggesting two other dates for the debate.', 'countered by suggesting', 'two other dates for the debate'],
    ['The mayor answered by telling reporters that the mill would reopen.', 'answered by telling', 'the mill would reopen'],
  ])('is one attribution whose cue runs to the gerund: %s', (text, cue, content) => {
    expect(rows(text).map((r) => r.slice(1))).toEqual([[cue, content]]);
  });

  it('leaves "by" inside the reported clause alone', () => {
    expect(rows('Okafor said that by refusing to pay, the council broke the charter.')).toEqual([
      ['Okafor', 'said', 'by refusing to pay, the council broke the charter'],
    ]);
  });

  it('keeps the clause before a comma and "before" as the first verb\'s', () => {
    expect(rows('“We will win,” Okafor told reporters, before insisting the levy would pass.')).toEqual([
      ['Okafor', 'told', 'We will win'],
      ['Okafor', 'insisting', 'the levy would pass'],
    ]);
  });
});

describe('"by" and a gerund of speech inside a reported clause', () => {
  it('ends the clause and opens an attribution with the same speaker', () => {
    expect(rows('Dana Orlov distanced herself from the council by saying she would vote against the levy.')).toEqual([
      ['Dana Orlov', 'distanced herself from', 'the council'],
      ['Dana Orlov', 'saying', 'she would vote against the levy'],
    ]);
  });

  it('does not end it at "by adding" or "by calling", which rarely report speech', () => {
    expect(rows('Okafor said the council balanced the budget by adding a levy on the mill.')).toEqual([
      ['Okafor', 'said', 'the council balanced the budget by adding a levy on the mill'],
    ]);
    expect(rows('Okafor said the union would answer by calling a strike.')).toEqual([
      ['Okafor', 'said', 'the union would answer by calling a strike'],
    ]);
  });
});
