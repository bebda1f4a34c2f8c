import { describe, expect, it } from 'vitest';
import { dateClaims, dateKey, type DatedArticle } from '../../src/7-align/date-claims.js';
import { extractArticle } from '../../src/6-extract/index.js';
import { quantityLabel } from '../../src/report/markdown-claims.js';

const article = (id: string, root: string, text: string, publishedAt = '2025-05-06T10:00:00Z'): DatedArticle => {
  const x = extractArticle(text, publishedAt);
  return { id, root, text, sentences: x.sentences, dates: x.dates };
};
const keys = (text: string) => {
  const a = article('a', 'a', text);
  return a.dates.map((d) => dateKey(a, d));
};

describe('dateKey: what a date is the date of', () => {
  it.each([
    ['The 30-day truce began at midnight on Friday, officials said.', 'date|truce|begin'],
    ['Talks resume on Tuesday in Port Alden.', 'date|talks|begin'],
    ['The ceasefire will end on 6 June unless it is extended.', 'date|ceasefire|end'],
    ['The cease-fire took effect on Friday.', 'date|ceasefire|begin'],
    ['The referendum is on 12 June.', 'date|referendum|'],
    ['Officials met on Friday.', null],
    // A clause dating something else by this day: the release, not the talks, was on Thursday.
    ['The council freed 25 detainees on Thursday, two days after talks began.', null],
    ['The truce began on Friday, two days after the talks opened.', 'date|truce|begin'],
    ['Talks began on Tuesday, after the ceasefire collapsed.', 'date|talks|begin'],
    // An event noun heading the phrase that holds the election is what the day dates; a mere
    // "round of" talks still dates the talks, and "Sunday's election" the election.
    ['A recount of the Dunmore governor election confirmed the result on Tuesday.', 'date|recount|'],
    ['Counting in the Dunmore governor election ran into a second day on Monday.', 'date|count|'],
    ['A second round of talks began on Tuesday.', 'date|talks|begin'],
    ["Velin won Sunday's election.", 'date|election|'],
    // Disasters and aid: what failed, and what the government announced.
    ['The spillway of the Varn Dam gave way late on Tuesday, flooding Oldbeck.', 'date|spillway|occur'],
    ['The Varn Dam gave way late on Tuesday.', 'date|dam|occur'],
    ['The levee breach on Monday flooded the lower town.', 'date|breach|'],
    ['The government on Thursday announced an aid package of 40 million crowns.', 'date|aid|sign'],
    ['The first funerals were held in Kessel on Friday.', 'date|funeral|'],
  ])('%s -> %s', (text, key) => expect(keys(text)[0] ?? null).toBe(key));
  it('labels a date key for people', () => expect(quantityLabel('date|truce|begin')).toBe('date the truce began'));
});

describe('dateClaims', () => {
  it('the same day from two voices is corroborated; another day from a third conflicts', () => {
    const same = dateClaims([article('a', 'a', 'The truce began at midnight on Friday.'), article('b', 'b', 'The truce took effect on 2 May.')]);
    expect(same).toEqual([expect.objectContaining({ key: 'date|truce|begin', status: 'corroborated', independentReports: 2 })]);
    const clash = dateClaims([article('a', 'a', 'The truce began at midnight on Friday.'), article('c', 'c', 'The truce began on Saturday.')]);
    expect(clash[0]).toMatchObject({ status: 'conflicting' });
    expect(clash[0]!.values.map((v) => v.day).sort()).toEqual(['2025-05-02', '2025-05-03']);
  });
  it('two days given for talks (which last days) do not conflict; two days for a referendum (one day) do', () => {
    const talks = dateClaims([article('a', 'a', 'The talks in Port Alden were held on Tuesday.'), article('c', 'c', 'The talks in Port Alden were held on Wednesday.')]);
    // Each day from one report: no conflict, and not corroborated (no one day has two reports).
    expect(talks.map((c) => [c.key, c.status, c.values.length])).toEqual([['date|talks|', 'single-source', 2]]);
    const vote = dateClaims([article('a', 'a', 'The referendum is on 12 June.'), article('c', 'c', 'The referendum is on 13 June.')]);
    expect(vote.map((c) => [c.key, c.status])).toEqual([['date|referendum|', 'conflicting']]);
  });
  it('a copy (same voice) does not corroborate', () => {
    const copies = dateClaims([article('a', 'a', 'The truce began at midnight on Friday.'), article('b', 'a', 'The truce began at midnight on Friday.')]);
    expect(copies[0]).toMatchObject({ status: 'single-source', independentReports: 1 });
  });
  it('keys join by the day most voices give them, not by any day one article names under both', () => {
    const claims = dateClaims([
      article('a', 'a', 'Velin won the election on 4 May.'),
      article('b', 'b', 'The election was held on 4 May.'),
      article('c', 'c', 'The count began on 5 May.'),
      article('d', 'd', 'The count began on 5 May.'),
      // One article dates the count to the election day: the count's main day stays 5 May.
      article('e', 'e', 'The count began on 4 May.'),
    ]);
    expect(claims.map((c) => c.key).sort()).toEqual(['date|count|begin', 'date|election|']);
  });
  it('a day of saying or a share of the vote is no date of the event', () => {
    expect(keys('Velin won the election with 52 percent of the vote, the commission said on Tuesday.')).toEqual([null]);
    expect(keys('Velin won the election, the agency reported on Tuesday.')).toEqual([null]);
    expect(keys('The vote was held on Tuesday, the commission said.')).toEqual(['date|vote|']);
  });
  it('one day under two names (truce ended / ceasefire over, shelling resumed) is one claim', () => {
    const claims = dateClaims([
      article('a', 'a', 'The truce ended on 3 May when the shelling resumed.'),
      article('b', 'b', 'Shelling resumed on Saturday, ending the ceasefire.'),
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ status: 'corroborated', independentReports: 2 });
    expect(claims[0]!.values.map((v) => v.day)).toEqual(['2025-05-03']);
    // Different days under different names stay apart.
    const apart = dateClaims([article('a', 'a', 'The truce ended on 3 May.'), article('b', 'b', 'The vote was held on 20 April.')]);
    expect(apart.map((c) => c.status)).toEqual(['single-source', 'single-source']);
  });

  it('a day worked out from an estimated publication date takes the year of a firmly dated report of the same month and day', () => {
    const firm = article('a', 'a', 'The ceasefire collapsed on 18 March 2025 after two months.');
    const estimated = { ...article('b', 'b', 'The truce collapsed on March 18, two months after it began.', '2023-10-07T00:00:00Z'), dateEstimated: true };
    const claims = dateClaims([firm, estimated]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ status: 'corroborated', independentReports: 2 });
    expect(claims[0]!.values.map((v) => v.day)).toEqual(['2025-03-18']);
    // With a publication date that is known, a different year is a different day: no agreement.
    const known = dateClaims([firm, { ...estimated, dateEstimated: false }]);
    expect(known.every((c) => c.status === 'single-source')).toBe(true);
    // Two firm years for the same month and day: the loose one cannot choose, it keeps its own.
    const two = dateClaims([firm, article('c', 'c', 'The ceasefire collapsed on 18 March 2024.'), estimated]);
    expect(two.flatMap((c) => c.values.map((v) => v.day)).sort()).toEqual(['2023-03-18', '2024-03-18', '2025-03-18']);
  });
  it('with no firm day of that month and day, a loose one takes the year nearest the firm days of its scope; a weekday is never re-dated', () => {
    const firm = article('a', 'a', 'The ceasefire collapsed on 18 March 2025 after two months.');
    const estimated = (id: string, text: string) => ({ ...article(id, id, text, '2023-10-07T00:00:00Z'), dateEstimated: true });
    const claims = dateClaims([firm, estimated('b', 'The truce began on January 19, officials said.'), estimated('c', 'The truce began on 19 January after weeks of talks.')]);
    const begun = claims.find((c) => c.values.some((v) => v.day.endsWith('-01-19')))!;
    expect(begun.values.map((v) => v.day)).toEqual(['2025-01-19']);
    expect(begun).toMatchObject({ status: 'corroborated', independentReports: 2 });
    const weekday = dateClaims([firm, estimated('d', 'The truce began on Friday.')]);
    expect(weekday.flatMap((c) => c.values.map((v) => v.day))).toContain('2023-10-06');
    // Without any firm day in the scope, loose days keep the year they were given.
    const none = dateClaims([estimated('b', 'The truce began on January 19, officials said.')]);
    expect(none[0]!.values.map((v) => v.day)).toEqual(['2023-01-19']);
  });
});

// Trial review 5: "Reventh, who was sentenced … on March 20, remains free pending the appeal"
// dated the appeal, and conflicted with the wire's day of the appeal.
describe('dateKey: the date\'s own clause names its event first; court verbs date their act', () => {
  it.each([
    ['Vikk, who was sentenced to nine years in prison on May 2, remains free pending the appeal.', 'date|sentencing|'],
    ['The former Tessel mayor was acquitted on Friday of all charges.', 'date|verdict|'],
    ['Lawyers for Vikk filed the appeal on Thursday.', 'date|appeal|'],
    // Guard: with no event word in its clause, the nearest in the sentence still counts.
    ['The truce, agreed on 19 January, held for weeks.', 'date|truce|sign'],
  ])('%s -> %s', (text, key) => expect(keys(text)).toEqual([key]));

  it('no conflict between the day of the sentence and the day of the appeal', () => {
    const claims = dateClaims([
      article('a', 'a', 'Vikk, who was sentenced to nine years in prison on May 2, remains free pending the appeal.', '2025-05-15T10:00:00Z'),
      article('b', 'b', 'Lawyers for Vikk filed the appeal on May 9.', '2025-05-15T10:00:00Z'),
    ]);
    expect(claims.map((c) => c.status)).not.toContain('conflicting');
  });
});
