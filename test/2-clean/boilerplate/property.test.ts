import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { looksLikeHeadline, separateBoilerplate, splitParagraphs } from '../../../src/2-clean/boilerplate/index.js';
import { splitCredit } from '../../../src/2-clean/boilerplate/credit.js';
import { checkInvariants } from './invariants.js';

// Fragments of real conventions, so random paragraphs often come close to a rule's edge.
const FRAGMENTS = [
  'By', 'Jane Roe', 'JANE ROE', 'and', 'John Doe', 'Staff Reporter', 'LONDON', 'GAZA CITY', 'March 18', '(Reuters)',
  '(AP)', '(Agency Name)', '—', '-', '–', ':', ',', '.', 'Photo:', 'Photograph:', '/', 'Meridian Press', 'Getty Images',
  'AFP via Getty Images', 'Read more:', 'Related:', 'Advertisement', 'Sign up for our newsletter', '©', '2025',
  'All rights reserved.', '(Reporting by', 'Editing by', ';', ')', 'With AFP', 'told AFP', 'Reuters reported',
  'Smoke rises over the port', 'officials said', 'the ministry', 'FILE PHOTO:', '[Photo:', ']', 'قال مسؤولون',
  'אמרו', '\u200F', '\u200B', 'More on this story', 'Click here to', 'contributed to this report.', 'in Gaza',
];

const fragmentText = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', '', '\n', '  ', ' / ')), { maxLength: 12 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
const anyText = fc.oneof(
  fragmentText,
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ maxLength: 60 }),
);

describe('properties', () => {
  it('separateBoilerplate never throws and every paragraph ends up exactly once', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 14 }), fc.option(anyText, { nil: null }), (paragraphs, title) => {
        checkInvariants(paragraphs, { title });
      }),
      { numRuns: 400 },
    );
  });

  it('splitParagraphs yields trimmed, non-empty paragraphs', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }).map((a) => a.join('\n\n')), (text) => {
        for (const p of splitParagraphs(text)) {
          expect(p).toBe(p.trim());
          expect(p.length).toBeGreaterThan(0);
          expect(p).not.toMatch(/[ \t]{2}/);
        }
      }),
    );
  });

  it('a credit is split the same with and without the quick tests that skip the patterns', () => {
    const credits = fc.constantFrom('Jane Roe/AFP', 'Photo: Meridian Press', 'PHOTO: Jane Roe', '(Image: Meridian Press)', 'AFP via Getty Images', 'Alamy Live News', '(Reuters)', '(AP Photo/Jane Roe, File)', 'courtesy of Jane Roe', 'Credit: Meridian Press', 'FILE PHOTO: A man walks');
    const line = fc.oneof(anyText, fc.tuple(anyText, fc.constantFrom(' ', '', '. '), credits).map(([a, sep, c]) => a + sep + c));
    fc.assert(
      fc.property(line, (l) => {
        expect(splitCredit(l)).toEqual(splitCredit(l, true));
      }),
      { numRuns: 2000 },
    );
  });

  it('looksLikeHeadline never throws', () => {
    fc.assert(fc.property(anyText, (line) => typeof looksLikeHeadline(line) === 'boolean'));
  });

  it('handles long paragraphs quickly', () => {
    const long = `${'Officials said the port was hit again, and that Jane Roe / Meridian Press saw it. '.repeat(400)}Gaza City Jane Roe`;
    const started = Date.now();
    separateBoilerplate([long, `${'Smoke Rises Over The Port '.repeat(200)}/Meridian Press`, 'A'.repeat(20000)]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
