// Trial review 10: a wire report's legal terms are no loaded words; a tabloid's words of contempt are.
// Sentences invented (names and places made up).
import { describe, expect, it } from 'vitest';
import { loadedTerms } from '../../src/8-frame/loaded-terms.js';

const words = (text: string): string[] => loadedTerms(text).map((t) => t.word);

describe('legal and procedural vocabulary', () => {
  const neutral: string[] = [
    'Former Brellmoor Mining chief Ansel Quarry pleaded not guilty to embezzlement, tax fraud and bribery.',
    'The jury acquitted him of one bribery charge and convicted him on two counts of fraud.',
    'Prosecutors accused Quarry of diverting company funds; he denies the allegations.',
    'Judge Ilse Marrow handed down a sentence of nine years in jail after the verdict.',
    'A former finance officer testified that she had been told to sign the invoices.',
    'The regional prosecutor indicted three officials on charges of extortion and perjury.',
    'He was exonerated on appeal and the conviction was quashed.',
  ];
  it.each(neutral)('no loaded word in %j', (text) => {
    expect(words(text)).toEqual([]);
  });

  it('keeps a legal word used as a judgement loaded', () => {
    expect(words('The whole contract was a complete fraud, the councillor said.')).toEqual(['complete fraud']);
  });
});

describe('words of contempt and accusation', () => {
  const table: Array<[string, string[]]> = [
    ['Greedy fat-cat Ansel Quarry was jailed today for plundering Brellmoor Mining.', ['greedy', 'fat-cat', 'plundering']],
    ['TURNCOAT: the crooked ex-boss and his cronies fleeced pensioners.', ['turncoat', 'crooked', 'cronies', 'fleeced']],
    ['The shameless swindler splashed out on a lavish villa.', ['shameless', 'swindler', 'lavish']],
    ['Fat-cats on the gravy train', ['fat-cats', 'gravy train']],
    // A raid on money is an accusation of theft; a police raid is news.
    ['Quarry raided the staff pension fund to pay for his yacht.', ['raided']],
    ["He raided Brellmoor's coffers for a decade.", ['raided']],
    ['Police raided his offices in Kelderby on Tuesday.', []],
    ["Fraud officers raided the fund's headquarters.", []],
    ['Detectives raided three homes at dawn.', []],
  ];
  it.each(table)('%j -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
