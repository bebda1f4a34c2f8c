import { describe, it, expect } from 'vitest';
import { extractDates, type DateMention } from '../../../src/6-extract/dates/index.js';

// Invented sentences and places. Which day or year a date without one is, from the clause's tense.
const MON = '2025-09-01T12:00:00Z'; // a Monday
const WED = '2025-10-15T12:00:00Z'; // a Wednesday
type Row = [string, string | null, DateMention['role']];
const run = (sentence: string, pub: string): Row[] => extractDates(sentence, pub).map((m) => [m.text, m.value, m.role]);

describe('a date that opens a sentence does not read the sentence before it', () => {
  it.each<[string, string, Row[]]>([
    ['The minister said talks would resume. On Saturday, the union announced a ban.', MON, [['On Saturday', '2025-08-30', 'event']]],
    // Guard: "a.m." before a weekday ends no sentence.
    ['The truce would begin at 2 a.m. Friday, local time.', WED, [['Friday', '2025-10-17', 'event']]],
  ])('%s', (sentence, pub, expected) => {
    expect(run(sentence, pub)).toEqual(expected);
  });
});

const APR = '2025-04-20T12:00:00Z'; // a Sunday in April

describe('"in N years" after a superlative is a span back, even in a future clause', () => {
  it.each<[string, Row[]]>([
    ['The bank is expected to post its fastest growth in 17 years.', []],
    ['Officials will hold the first vote in ten years.', []],
    // Guards: a date ahead stays.
    ['The ban takes effect in 30 days.', [['in 30 days', '2025-05-20', 'event']]],
    ['The bank is expected to cut rates in three months.', [['in three months', '2025-07', 'event']]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence, APR)).toEqual(expected);
  });
});
