import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { eventDate, extractDates } from '../../../src/6-extract/dates/index.js';

// Text built from date-like fragments, noise and arbitrary strings, so that chrono has work to do.
const fragments = [
  'on Friday', 'last week', 'earlier this month', 'March 18', '18 March 2024', 'in 2019', 'yesterday', 'two days ago',
  'may be', 'one', 'second', 'Jan.', '3 p.m.', '9/11', 'since 2007', 'next Monday', '.', '. ', '\n\n', ',', 'Mr.',
  'in May', 'the weekend', 'will', 'said', '2024-02-30', 'Feb 29, 2023', 'mid-', '😀', '–', 'from 2010 to', '31',
];
const text = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));
const pub = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.string({ maxLength: 30 }),
);
const VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

describe('extractDates properties', () => {
  it('never throws; offsets inside the text, slice equals text, sorted, non-overlapping, values well formed', () => {
    fc.assert(
      fc.property(text, pub, (t, p) => {
        const ms = extractDates(t, p);
        let prevEnd = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(prevEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(m.start, m.end)).toBe(m.text);
          if (m.value !== null) expect(m.value).toMatch(VALUE);
          expect(m.resolved === 'text').toBe(m.kind === 'absolute');
          expect(m.value === null).toBe(m.resolved === 'unresolved');
          prevEnd = m.end;
        }
        const e = eventDate(ms, p);
        expect(e === null || ms.some((m) => m.value === e)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
