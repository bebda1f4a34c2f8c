import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/6-extract/quotes/index.js';

// Invented transcript: one quotation mark opens each paragraph, one closes the last.
const TRANSCRIPT = [
  'Partial transcript as follows:',
  '"ORLOV: Let us start with the levy. You said it was fair.',
  '"SEN. OKAFOR: Well, look, the council thinks this is a show.',
  '"ORLOV: Will the mayor be there?',
  '"SEN. OKAFOR: She will not attend the debate."',
  'The interview ended.',
].join('\n\n');

const turns = (text: string) => extractQuotes(text).map((m) => [m.speaker?.text ?? null, m.cue?.text ?? null, m.content.text]);

describe('a transcript quoted as one passage', () => {
  it('splits it into turns, each speaker with the colon as cue', () => {
    expect(turns(TRANSCRIPT)).toEqual([
      ['ORLOV', ':', 'Let us start with the levy. You said it was fair.'],
      ['SEN. OKAFOR', ':', 'Well, look, the council thinks this is a show.'],
      ['ORLOV', ':', 'Will the mayor be there?'],
      ['SEN. OKAFOR', ':', 'She will not attend the debate.'],
    ]);
  });
  it('keeps every turn inside the text', () => {
    for (const m of extractQuotes(TRANSCRIPT)) expect(TRANSCRIPT.slice(m.content.start, m.content.end)).toBe(m.content.text);
  });
  it('leaves a quote with one label, or none at its start, whole', () => {
    const one = '"ORLOV: Let us start with the levy," the host said.';
    expect(turns(one)).toHaveLength(1);
    const later = '"We start now.\n\n"ORLOV: Then the levy." Okafor said nothing.';
    expect(turns(later).map((t) => t[0])).not.toContain('ORLOV');
  });
});
