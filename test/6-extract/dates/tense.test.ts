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
    // Guards: an infinitive does not keep it ("set to post"); a date ahead stays.
    ['Prices are set to post the biggest rise in four decades.', []],
    ['The ban takes effect in 30 days.', [['in 30 days', '2025-05-20', 'event']]],
    ['The bank is expected to cut rates in three months.', [['in three months', '2025-07', 'event']]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence, APR)).toEqual(expected);
  });
});

describe('a closing attribution does not decide the tense of a clause that has its own', () => {
  it.each<[string, string, Row[]]>([
    ['Workers are expected to stop work at 6 a.m. on Wednesday, the union said.', MON, [['on Wednesday', '2025-09-03', 'event']]],
    ['The ferry company plans to resume sailings on Thursday, its owner said.', MON, [['on Thursday', '2025-09-04', 'event']]],
    ['Schools in Pellworth would stay closed until Monday, officials said.', WED, [['Monday', '2025-10-20', 'other']]],
    // Guards: a past clause stays past; with no cue of its own the attribution speaks.
    ['The ship docked at Quarrow on Wednesday, the harbour master said.', MON, [['on Wednesday', '2025-08-27', 'event']]],
    ['On Saturday, the mayor said the port would reopen.', MON, [['On Saturday', '2025-08-30', 'event']]],
  ])('%s', (sentence, pub, expected) => {
    expect(run(sentence, pub)).toEqual(expected);
  });
});

describe('an infinitive after a word of intent points ahead; the intent itself is dated as written', () => {
  it.each<[string, string, Row[]]>([
    ['Dock workers voted on Monday to strike from Wednesday.', MON, [['on Monday', '2025-09-01', 'event'], ['Wednesday', '2025-09-03', 'other']]],
    ['The new timetable is set to start on Friday, officials told reporters.', MON, [['on Friday', '2025-09-05', 'event']]],
    // Guard: a date between the intent and its infinitive is the intent's.
    ['The crew agreed at the weekend to end the stoppage.', MON, [['weekend', '2025-08-30', 'event']]],
  ])('%s', (sentence, pub, expected) => {
    expect(run(sentence, pub)).toEqual(expected);
  });
});

describe('a yearless month keeps the closest year unless a past cue is found', () => {
  it.each<[string, Row[]]>([
    ['Her next task is a third round in May.', [['in May', '2025-05', 'event']]],
    ['The next round is in May.', [['in May', '2025-05', 'event']]],
    ['Officials said the final hearing is in June.', [['in June', '2025-06', 'event']]],
    ['A third round in July.', [['in July', '2025-07', 'event']]],
    ['Tourists return to Marlow Bay next March.', [['March', '2026-03', 'event']]],
    ['Deaths are at their lowest since last October.', [['October', '2024-10', 'other']]],
    // Guards: a past verb still moves it back ("hit" is one now); "last" too.
    ['Snow fell in December and the roads closed.', [['in December', '2024-12', 'event']]],
    ['Prices fell in June.', [['in June', '2024-06', 'event']]],
    ['A flood hit the valley in June.', [['in June', '2024-06', 'event']]],
    ['The record set last May stands.', [['May', '2024-05', 'event']]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence, APR)).toEqual(expected);
  });
});

describe('a day things are set "for" is ahead', () => {
  it.each<[string, Row[]]>([
    ['The union called a strike for Thursday.', [['Thursday', '2025-09-04', 'event']]],
    ['More rain is forecast for the weekend.', [['weekend', '2025-09-06', 'event']]],
    // Guards: an event of that day named by its possessive is past; "on" a day stays past.
    ["He was blamed for Thursday's attack.", [['Thursday', '2025-08-28', 'event']]],
    ['The plant closed on Thursday.', [['on Thursday', '2025-08-28', 'event']]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence, MON)).toEqual(expected);
  });
});

// Trial review 6: "The trial continues on Wednesday", written on a Monday, was the Wednesday before.
describe('a court calendar in the present points ahead', () => {
  it.each<[string, Row[]]>([
    ['The trial of the Tessel mayor continues on Wednesday.', [['on Wednesday', '2025-09-03', 'event']]],
    ['The hearing in Marlow reconvenes on Friday.', [['on Friday', '2025-09-05', 'event']]],
    // Guard: the past stays past.
    ['The trial of the Tessel mayor continued on Friday.', [['on Friday', '2025-08-29', 'event']]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence, MON)).toEqual(expected);
  });
});

// Protest review finding 12: the day of what is called for is ahead of the call, past tense or not.
describe('a day of what is called for is ahead', () => {
  it.each<[string, Row[]]>([
    ['The union answered with a call for a general strike on Thursday.', [['on Thursday', '2025-09-04', 'event']]],
    ['Organisers renewed their calls for a march on Thursday.', [['on Thursday', '2025-09-04', 'event']]],
    // Guards: a call made on a day stays past; a past event after "for" with its own verb too.
    ['On Thursday the union called for calm.', [['On Thursday', '2025-08-28', 'event']]],
    ['The plant closed on Thursday.', [['on Thursday', '2025-08-28', 'event']]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence, MON)).toEqual(expected);
  });
});
