import { describe, it, expect } from 'vitest';
import { extractDates } from '../../../src/6-extract/dates/index.js';

// Invented sentences. Dates counted from an earlier date of the text (thirty-fourth session).
const PUB = '2024-03-20T10:00:00Z'; // a Wednesday
const rows = (text: string, pub: string | null = PUB) => extractDates(text, pub).map((d) => [d.text, d.value, d.granularity, d.resolved]);

describe('a date counted from an earlier date of the text', () => {
  it.each([
    ['The talks began on March 3. The next day, the envoys left.', ['The next day', '2024-03-04', 'day', 'anchor']],
    ['The talks began on March 3. Two days later, the envoys left.', ['Two days later', '2024-03-05', 'day', 'anchor']],
    ['The dam broke on 28 February 2024. A day earlier, the gauges had failed.', ['A day earlier', '2024-02-27', 'day', 'anchor']],
    ['The minister resigned on Friday. Later that day, the council met.', ['Later that day', '2024-03-15', 'day', 'anchor']],
    ['The talks began on March 3 and ended the same day.', ['the same day', '2024-03-03', 'day', 'anchor']],
    ['The talks began on March 3. The following week, the envoys left.', ['The following week', '2024-03-04', 'week', 'anchor']],
    ['The strike began in January. Later that month, the mill closed.', ['Later that month', '2024-01', 'month', 'anchor']],
    ['The strike began on January 30. The next month, the mill closed.', ['The next month', '2024-02', 'month', 'anchor']],
    ['The vote was held on Monday. The day before, Okafor spoke.', ['The day before', '2024-03-17', 'day', 'anchor']],
  ])('%s', (text, expected) => {
    expect(rows(text).at(-1)).toEqual(expected);
  });

  it('reads "earlier in the day" as the publication day when no date precedes it', () => {
    expect(rows('Earlier in the day, the council voted to raise the levy.')).toEqual([['Earlier in the day', '2024-03-20', 'day', 'publication']]);
    expect(rows('The council voted on Monday. Earlier in the day, Okafor spoke.').at(-1)).toEqual(['Earlier in the day', '2024-03-18', 'day', 'anchor']);
  });

  it.each([
    ['with no earlier date', 'The next day, the envoys left.'],
    ['when the earlier date names no day', 'In March, the talks began. The next day they stalled.'],
    ['when "the day before" names its own reference', 'The day before the vote, Okafor spoke.'],
  ])('is left out %s', (_name, text) => {
    expect(rows(text).filter(([t]) => /next day|day before/i.test(String(t)))).toEqual([]);
  });

  it('leaves "over the next week" and "next week" to the publication day', () => {
    expect(rows('The growers met on March 3. Prices will rise over the next week.').at(-1)).toEqual(['next week', '2024-03-25', 'week', 'publication']);
    expect(rows('The growers met on March 3. Next week the council meets.').at(-1)).toEqual(['Next week', '2024-03-25', 'week', 'publication']);
  });
});
