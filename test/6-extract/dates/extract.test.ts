import { describe, it, expect } from 'vitest';
import { extractDates, type DateMention } from '../../../src/6-extract/dates/index.js';

// Invented sentences. Publication: Wednesday 20 March 2024 unless a case says otherwise.
const PUB = '2024-03-20T10:00:00Z';
type Row = Pick<DateMention, 'text' | 'value' | 'granularity' | 'resolved' | 'role'>;
const pick = ({ text, value, granularity, resolved, role }: DateMention): Row => ({ text, value, granularity, resolved, role });
const row = (text: string, value: string | null, granularity: Row['granularity'], resolved: Row['resolved'] = 'publication', role: Row['role'] = 'event'): Row =>
  ({ text, value, granularity, resolved, role });
const run = (sentence: string, pub: string | null = PUB): Row[] => extractDates(sentence, pub).map(pick);

describe('weekdays: the latest such day on or before publication, forward when the clause is future', () => {
  it.each([
    ['On Friday the army said it had withdrawn.', [row('On Friday', '2024-03-15', 'day')]],
    ['The ministry said on Wednesday it had closed the border.', [row('on Wednesday', '2024-03-20', 'day')]],
    ['Talks will resume on Monday.', [row('on Monday', '2024-03-25', 'day')]],
    ['Officials said talks would resume on Thursday.', [row('on Thursday', '2024-03-21', 'day')]],
    ['The summit will be held on Friday.', [row('on Friday', '2024-03-22', 'day')]],
    ['The army said on Friday that talks will resume on Monday.', [row('on Friday', '2024-03-15', 'day'), row('on Monday', '2024-03-25', 'day')]],
    ['Last Friday the court ruled.', [row('Last Friday', '2024-03-15', 'day')]],
    ['The court ruled last Wednesday.', [row('last Wednesday', '2024-03-13', 'day')]],
    ['Next Monday the summit opens.', [row('Next Monday', '2024-03-25', 'day')]],
    ['Protests continued over the weekend.', [row('weekend', '2024-03-16', 'day')]],
    ['The team won 2-1 on Saturday night.', [row('on Saturday night', '2024-03-16', 'day')]],
    ["Tuesday's vote was close.", [row('Tuesday', '2024-03-19', 'day')]],
    ['On Friday at 3 p.m. the police arrived.', [row('On Friday at 3 p.m.', '2024-03-15', 'day')]],
    // A present verb of a schedule points ahead, like "will".
    ['A ten-day truce begins at midnight on Friday.', [row('on Friday', '2024-03-22', 'day')]],
    ['The deal includes a ten-day truce beginning on Friday.', [row('on Friday', '2024-03-22', 'day')]],
    ['The truce began on Friday.', [row('on Friday', '2024-03-15', 'day')]],
    // "closed" after "stay" is a state, so "would" decides.
    ['Schools would stay closed until Monday.', [row('Monday', '2024-03-25', 'day', 'publication', 'other')]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence)).toEqual(expected);
  });

  it('is not chrono\'s "closest Friday" (that would be 2024-03-22, after publication)', () => {
    expect(extractDates('Troops entered the town on Friday.', PUB)[0]?.value).toBe('2024-03-15');
  });

  it('a Saturday article: "on Saturday" is the same day', () => {
    expect(run('Police said on Saturday they had made arrests.', '2024-03-16')).toEqual([row('on Saturday', '2024-03-16', 'day')]);
  });
});

describe('weeks, months and years relative to publication', () => {
  it.each([
    ['Last week the court ruled.', PUB, [row('Last week', '2024-03-11', 'week')]],
    ['Earlier this month, protesters gathered.', PUB, [row('Earlier this month', '2024-03', 'month')]],
    ['The vote is due later this week.', PUB, [row('later this week', '2024-03-18', 'week')]],
    ['Last year inflation rose.', PUB, [row('Last year', '2023', 'year')]],
    ['Late last year the plan stalled.', PUB, [row('Late last year', '2023', 'year')]],
    ['Sales fell last month.', '2024-01-15', [row('last month', '2023-12', 'month')]],
    ['The bank will meet next week.', '2024-12-30', [row('next week', '2025-01-06', 'week')]],
    ['Prices rose in March last year.', PUB, [row('in March last year', '2023-03', 'month')]],
  ])('%s (%s)', (sentence, pub, expected) => {
    expect(run(sentence, pub)).toEqual(expected);
  });
});

describe('calendar dates', () => {
  it.each([
    ['The vote was held on March 18.', [row('on March 18', '2024-03-18', 'day')]],
    ['It happened on 18 March 2024 in the capital.', [row('on 18 March 2024', '2024-03-18', 'day', 'text')]],
    ['The deal was signed on Jan. 5.', [row('on Jan. 5', '2024-01-05', 'day')]],
    ['WASHINGTON, March 18 (Reuters) - The Senate voted.', [row('March 18', '2024-03-18', 'day')]],
    ['The court ruled on 2024-03-18.', [row('on 2024-03-18', '2024-03-18', 'day', 'text')]],
    // Past tense: a day weeks after publication is last year's.
    ['The rally on April 2 drew thousands.', [row('on April 2', '2023-04-02', 'day')]],
    ['The rally is scheduled for April 2.', [row('April 2', '2024-04-02', 'day')]],
    ['It will be held in February.', [row('in February', '2025-02', 'month')]],
    ['In May, the rebels advanced.', [row('In May', '2023-05', 'month')]],
    ['The March 2024 election was close.', [row('March 2024', '2024-03', 'month', 'text')]],
    ['The election, set for Nov. 5, 2024, looms.', [row('Nov. 5, 2024', '2024-11-05', 'day', 'text')]],
    ['Britain voted to leave on June 23, 2016.', [row('on June 23, 2016', '2016-06-23', 'day', 'text', 'other')]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence)).toEqual(expected);
  });

  it('kind: absolute only when the year is written', () => {
    const [a, b] = extractDates('On March 18, and again on 18 March 2024.', PUB);
    expect([a?.kind, b?.kind]).toEqual(['relative', 'absolute']);
  });
});

describe('years', () => {
  it.each([
    ['The law was passed in 2019.', PUB, [row('in 2019', '2019', 'year', 'text', 'other')]],
    ['The law was passed in 2019.', '2019-06-01', [row('in 2019', '2019', 'year', 'text', 'event')]],
    ['The plant closed in early 2023.', PUB, [row('in early 2023', '2023', 'year', 'text', 'event')]],
    ['He has lived there since 2007.', PUB, [row('2007', '2007', 'year', 'text', 'other')]],
    ['The 45-year-old man was born in 1948.', PUB, [row('in 1948', '1948', 'year', 'text', 'other')]],
    ['The country aims to cut emissions by 2030.', PUB, [row('2030', '2030', 'year', 'text', 'other')]],
    ['Output doubled from 2010 to 2015.', PUB, [row('2010', '2010', 'year', 'text', 'other'), row('2015', '2015', 'year', 'text', 'other')]],
    ['The firm reported 2019 profits of 2,000 dollars.', PUB, []],
  ])('%s (%s)', (sentence, pub, expected) => {
    expect(run(sentence, pub)).toEqual(expected);
  });
});

describe('days counted from publication', () => {
  it.each([
    ['He was arrested yesterday.', [row('yesterday', '2024-03-19', 'day')]],
    ['Two days ago, the minister resigned.', [row('Two days ago', '2024-03-18', 'day')]],
    ['Today the leaders meet.', [row('Today', '2024-03-20', 'day')]],
    ['The strike ends tomorrow.', [row('tomorrow', '2024-03-21', 'day')]],
    ['He spoke this morning.', [row('this morning', '2024-03-20', 'day')]],
    ['Three months ago the fighting began.', [row('Three months ago', '2023-12', 'month')]],
    ['In three weeks the vote will happen.', [row('In three weeks', '2024-04-10', 'day')]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence)).toEqual(expected);
  });
});

describe('chrono quirks that are repaired', () => {
  it.each([
    // chrono merges these across the full stop into one range.
    ['He spoke this morning. Three months ago it began.', [row('this morning', '2024-03-20', 'day'), row('Three months ago', '2023-12', 'month')]],
    ['Shelling went on during the night of March 17-18.', [row('March 17-18', '2024-03-17', 'day')]],
    // chrono reads "Friday 18" as Friday, 6 p.m.
    ['He said that on Friday 18 people died.', [row('on Friday', '2024-03-15', 'day')]],
  ])('%s', (sentence, expected) => {
    expect(run(sentence)).toEqual(expected);
  });
});

describe('false positives that are dropped', () => {
  it.each([
    'Prices may be higher.',
    'Officials said it may take months.',
    'One official said the second round was close.',
    'He scored 10 points in the second half.',
    'Now the party must decide.',
    'At 3 p.m. the police arrived.',
    'The ceasefire began at midnight.',
    'The siege lasted for two weeks.',
    'Aid must arrive within 24 hours.',
    'Two days later, he left.',
    'He returned the next day.',
    'Prices rose over the past two years.',
    'Talks may resume in a few days.',
    'Mr. Sun said the plan had failed.',
    'The Sunday Times reported the deal.',
    'Friday prayers were held in the square.',
    'Good Friday is a holiday.',
    'It was a weekend of protests.',
    'Theresa May said she would stay.',
    'The March on Washington drew crowds.',
    'August Strindberg wrote plays.',
    'The 9/11 attacks changed the city.',
    'Around 2000 people marched.',
  ])('%s', (sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});

describe('publication date missing or unreadable', () => {
  const text = 'On Friday the army said it had withdrawn. The vote on 18 March 2024 followed a law passed in 2019. Last week it rained.';
  const expected = [
    row('On Friday', null, 'day', 'unresolved'),
    row('on 18 March 2024', '2024-03-18', 'day', 'text'),
    row('in 2019', '2019', 'year', 'text'), // no reference: only cue words make a date background
    row('Last week', null, 'week', 'unresolved'),
  ];
  it.each([null, '', 'garbage', 'not a date 99', '2024-02-30', 'March 18', '   '])('publishedAt %j', (pub) => {
    expect(run(text, pub)).toEqual(expected);
  });

  it('reads RFC 822 and keeps the calendar day of an ISO string with an offset', () => {
    expect(run('He left yesterday.', 'Sat, 16 Mar 2024 10:00:00 GMT')[0]?.value).toBe('2024-03-15');
    expect(run('He left yesterday.', '2024-03-31T02:00:00+02:00')[0]?.value).toBe('2024-03-30');
  });
});

describe('offsets and independence from the machine time zone', () => {
  it('text is the slice at the offsets, including in non-BMP text', () => {
    const text = '😀 Crowds 🎉 gathered on Friday. 𝒳 The vote is on March 18.';
    const ms = extractDates(text, PUB);
    expect(ms.map((m) => m.text)).toEqual(['on Friday', 'on March 18']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives the same values whatever TZ is', () => {
    const text = 'On Friday, two days ago, last week, in May, next Monday, yesterday at 11 p.m. and on March 31 things happened.';
    const before = process.env.TZ;
    const results = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'].map((tz) => {
      process.env.TZ = tz;
      return extractDates(text, '2024-03-31').map((m) => m.value);
    });
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
    for (const r of results) expect(r).toEqual(results[0]);
  });
});
