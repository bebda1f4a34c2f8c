import { describe, it, expect } from 'vitest';
import { eventDate, extractDates, type DateMention } from '../../../src/6-extract/dates/index.js';

const PUB = '2024-03-20T10:00:00Z'; // a Wednesday
const of = (text: string, pub: string | null = PUB): string | null => eventDate(extractDates(text, pub), pub);
const filler = 'Residents queued for water and bread while the council met behind closed doors. '.repeat(10);

describe('eventDate', () => {
  it.each([
    ['the first event date in the lead', 'The army withdrew from Kharim on Friday, officials said. Talks in 2019 had failed.', '2024-03-15'],
    ['background dates are skipped', 'Since 2007 the town has been divided. On Tuesday, troops entered it.', '2024-03-19'],
    ['dates after publication are skipped', 'Talks will resume on Monday. The army withdrew on Friday.', '2024-03-15'],
    ['a month is a date too', 'Earlier this month, protesters gathered. The police watched.', '2024-03'],
    ['a week is dated by its Monday', 'Last week the court ruled against the mayor.', '2024-03-11'],
    ['a dateline', 'MERROWDALE, March 18 (VPA) - Floodwater swept through the valley.', '2024-03-18'],
    ['only the lead counts', `${filler}On Friday the dam broke.`, null],
    ['no dates', 'The council met and talked about water.', null],
    ['only future dates', 'The vote will be held on Friday.', null],
  ])('%s', (_name, text, expected) => {
    expect(of(text)).toBe(expected);
  });

  // Invented. Published Saturday 2025-04-12.
  it.each([
    ['a year alone loses to a day', 'The Varrow crossing, where rebels seized the convoy in 2024, reopened to trucks on Thursday, the army said.', '2025-04-10'],
    ['a year alone loses to a month', 'Rebels who took the depot in 2024 handed it back in March.', '2025-03'],
    ['a relative clause loses to the main clause', 'The convoy, which rebels seized on March 3, was returned on Thursday.', '2025-04-10'],
    // Guards: with nothing finer or nothing outside, they still count.
    ['a year alone', 'Rebels seized the convoy in 2024.', '2024'],
    // A year counted back from publication is background, not the news.
    ['"last year" is no event date', 'Velin has promised to freeze the fuel levy, which raised 310 million crowns last year.', null],
    ['only a relative clause', 'The convoy, which rebels returned on Thursday, is in Kell.', '2025-04-10'],
  ])('%s', (_name, text, expected) => {
    const pub = '2025-04-12T09:00:00Z';
    expect(eventDate(extractDates(text, pub), pub, text)).toBe(expected);
  });

  it('without a publication date: the first absolute event date', () => {
    expect(of('On Friday the army withdrew. The decree of 18 March 2024 took effect.', null)).toBe('2024-03-18');
    expect(of('On Friday the army withdrew.', 'garbage')).toBeNull();
  });

  it('accepts mentions in any order', () => {
    const ms = extractDates('Last week the court ruled. On Tuesday, troops entered.', PUB);
    expect(eventDate([...ms].reverse(), PUB)).toBe('2024-03-11');
  });

  it('a hand-made mention list', () => {
    const m = (start: number, value: string, role: DateMention['role']): DateMention =>
      ({ start, end: start + 4, text: 'x', kind: 'absolute', value, granularity: 'day', resolved: 'text', role });
    expect(eventDate([m(0, '1948-05-14', 'other'), m(10, '2024-03-20', 'event')], PUB)).toBe('2024-03-20');
    expect(eventDate([m(0, '2024-03-21', 'event')], PUB)).toBeNull();
    expect(eventDate([], PUB)).toBeNull();
  });
});
