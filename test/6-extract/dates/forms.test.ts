// Written forms read by patterns.ts + candidates.ts (no chrono), and the readings they must not
// take. Invented sentences; publication Wednesday 20 March 2024 unless a case says otherwise.
import { describe, it, expect } from 'vitest';
import { extractDates } from '../../../src/6-extract/dates/index.js';

const PUB = '2024-03-20T10:00:00Z';
const run = (sentence: string, pub: string | null = PUB): Array<[string, string | null, string]> =>
  extractDates(sentence, pub).map((m) => [m.text, m.value, m.granularity]);

describe('calendar forms', () => {
  it.each([
    ['The attacks of Sept.11, 2001 changed the port.', [['Sept.11, 2001', '2001-09-11', 'day']]],
    ['The poll, taken 9/17/16, was small.', [['9/17/16', '2016-09-17', 'day']]],
    ['The poll, taken 17/9/2016, was small.', [['17/9/2016', '2016-09-17', 'day']]],
    ['The rally on Friday, March 15, 2024 drew crowds.', [['on Friday, March 15, 2024', '2024-03-15', 'day']]],
    ['Voting closed last Friday, March 15, at noon.', [['last Friday, March 15, at noon', '2024-03-15', 'day']]],
    ['The hearing was set for 10th Nov, in the morning.', [['10th Nov', '2023-11-10', 'day']]],
    ['The strike began on March 11-13, 40 percent of staff said.', [['on March 11-13', '2024-03-11', 'day']]],
    ['She was ahead in December, 64 percent to 56.', [['in December', '2023-12', 'month']]],
    ['He joined the talk show in October. 12 guests came.', [['in October', '2023-10', 'month']]],
    ['The tweet was posted on January 23 at 4:01 PM. It spread.', [['on January 23 at 4:01 PM', '2024-01-23', 'day']]],
    ['The ferry sank in May of 2019.', [['in May of 2019', '2019-05', 'month']]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence)).toEqual(expected);
  });

  it('a yearless date takes the year closest to publication: "December 30" read on 2 January is last year\'s', () => {
    expect(run('The bridge reopened on December 30.', '2025-01-02')).toEqual([['on December 30', '2024-12-30', 'day']]);
  });
});

describe('counted from publication', () => {
  it.each([
    ['The plant opened a decade ago.', PUB, [['a decade ago', '2014', 'year']]],
    ['The dam was finished about two decades ago.', PUB, [['about two decades ago', '2004', 'year']]],
    ['The loan is due two months from now.', '2024-12-30', [['two months from now', '2025-02', 'month']]],
    ['The party will hold a congress in 30 years, its leader said.', PUB, [['in 30 years', '2054', 'year']]],
    ['It is the port\'s busiest month in 20 years.', PUB, []],
    ['The ban takes effect in 30 days.', PUB, [['in 30 days', '2024-04-19', 'day']]],
    ['The lease on the quay runs out in two years, and the port has no buyer.', PUB, [['in two years', '2026', 'year']]],
    ['The ban took effect in 30 days, faster than planned.', PUB, []],
    ['The club reached the final for the first time in eight years.', PUB, []],
    ['Rain fell yesterday afternoon.', PUB, [['yesterday afternoon', '2024-03-19', 'day']]],
  ])('%s (%s)', (sentence, pub, expected) => {
    expect(run(sentence, pub)).toEqual(expected);
  });
});

describe('"next" weekdays: the day of next week', () => {
  it.each([
    ['2024-03-20', 'next Tuesday', '2024-03-26'], // Wednesday: next week's Tuesday
    ['2024-03-20', 'next Friday', '2024-03-29'],
    ['2024-03-23', 'next Sunday', '2024-03-31'], // Saturday
    ['2024-03-24', 'next Monday', '2024-03-25'], // Sunday: the week starts the next day
  ])('published %s, %s -> %s', (pub, words, value) => {
    expect(run(`The vote is ${words}.`, pub)).toEqual([[words, value, 'day']]);
  });
});
