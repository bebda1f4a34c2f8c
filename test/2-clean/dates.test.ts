import { describe, expect, it } from 'vitest';
import { latestMentionedDate, parseDate, whyNotADate, writtenDate } from '../../src/2-clean/dates.js';

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
    ['2025-03-18T09:30:00+01:00', '2025-03-18T08:30:00.000Z'],
    ['2025-02-28', '2025-02-28T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'], // a leap day
    ['not a date', null],
    [undefined, null],
    // An impossible day is no date (Date.parse would roll it into the next month).
    ['2025-02-30', null],
    ['2025-04-31', null],
    ['2025-04-31T10:00:00Z', null],
    ['Mon, 31 Feb 2025', null],
    ['February 30, 2025', null],
    ['2025-13-01', null],
    // A year or a month is no publication date (it would become an exact first of January).
    ['2025', null],
    ['2025-04', null],
    ['April 2025', null],
  ])('%s -> %s', (value, iso) => expect(parseDate(value)).toBe(iso));

  // Compared with the same value written with Z, so the test holds in any host time zone
  // (run it with TZ=Asia/Tokyo or America/New_York to see the difference it makes).
  it.each([
    ['2025-04-03T10:00:00', '2025-04-03T10:00:00Z'],
    ['2025-04-03 10:00', '2025-04-03T10:00Z'],
    ['Thu, 03 Apr 2025 10:00:00', 'Thu, 03 Apr 2025 10:00:00 GMT'],
    ['April 3, 2025', '2025-04-03'],
    ['3 April 2025 10:00', '2025-04-03T10:00:00Z'],
    ['the 3rd of April 2025 at 10:00', '2025-04-03T10:00:00Z'],
  ])('%s, with no zone, is read as UTC: the same as %s', (noZone, utc) => {
    expect(parseDate(noZone)).not.toBeNull();
    expect(parseDate(noZone)).toBe(parseDate(utc));
  });
});

describe('whyNotADate: the reason given in the bad-date warning', () => {
  it.each([
    ['2025-02-30', 'has no day 30 in that month (it has 28)'],
    ['31 April 2025', 'has no day 31 in that month (it has 30)'],
    ['2025-13-01', 'has no month 13'],
    ['2025', 'gives no day; expected a full date such as 2025-03-18'],
    ['2025-03-18', null],
  ])('%s -> %s', (value, why) => expect(whyNotADate(value)).toBe(why));
});

describe('writtenDate: a date a person wrote (text header, "Published: ..." line) needs its day, month and year', () => {
  it.each([
    ['9 September 2025', { date: '2025-09-09T00:00:00.000Z' }],
    ['Wednesday 10 September 2025', { date: '2025-09-10T00:00:00.000Z' }],
    ['3 March 2025 10:00', { date: '2025-03-03T10:00:00.000Z' }],
    ['2025-09-09T14:30:00+02:00', { date: '2025-09-09T12:30:00.000Z' }],
    ['31 September 2025', { why: 'has no day 31 in that month (it has 30)' }],
    ['Tuesday', { why: expect.stringMatching(/^gives no year/) }], // parseDate would pick a Tuesday near the ingest
    ['sometime in 2025', { why: expect.stringMatching(/^is not a date with a day, month and year/) }], // parseDate: 2025-01-01
  ])('%s', (value, expected) => expect(writtenDate(value)).toEqual(expected));
});
