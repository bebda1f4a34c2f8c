import { describe, expect, it } from 'vitest';
import { latestMentionedDate, parseDate } from '../../src/2-clean/dates.js';

const notAfter = new Date('2025-06-01T00:00:00Z');

describe('latestMentionedDate: the latest day, month and year the text writes', () => {
  it.each([
    ['Talks resumed on March 18, 2025, after a pause since 12 January 2024.', '2025-03-18T00:00:00.000Z'],
    ['The levy was lifted on Friday and the council met last week.', null],
    ['The harvest of 2024 was poor.', null], // a year alone is no day
    ['The vote on 3 May 2025 and the one planned for 9 September 2025.', '2025-05-03T00:00:00.000Z'], // after notAfter: a forecast
    ['Reyes spoke for 2,019 growers on 4 April.', null], // digits that only look like a year, no year written with the day
  ])('%s -> %s', (text, iso) => expect(latestMentionedDate(text, notAfter)).toBe(iso));
});

describe('parseDate', () => {
  it.each([
    ['2025-03-18T09:30:00Z', '2025-03-18T09:30:00.000Z'],
    ['Tue, 18 Mar 2025 09:30:00 GMT', '2025-03-18T09:30:00.000Z'],
    ['not a date', null],
    [undefined, null],
  ])('%s -> %s', (value, iso) => expect(parseDate(value)).toBe(iso));
});
