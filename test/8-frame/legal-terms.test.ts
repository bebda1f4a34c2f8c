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
