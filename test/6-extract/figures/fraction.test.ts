// Fractions are figures (src/6-extract/figures/fraction.ts, fraction-whole.ts): a share of a
// whole with a number is a count ("half of its 2,400 staff" -> 1,200), a share of the article's
// one workforce too, any other a percentage of what it names ("a third" -> about 33.3 %).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/6-extract/figures/index.js';
import { expectInvariants } from './helpers.js';

/** Each figure as "text: value kind counted action". */
const read = (s: string) => extractFigures(s).map((f) => `${f.text}: ${f.value} ${f.kind} ${f.counted} ${f.action}${f.qualifier !== 'exact' ? ` (${f.qualifier})` : ''}`);

describe('fractions: a share of a whole is a figure', () => {
  it.each([
    // A whole with a number: the share is a count of it, the whole is the workforce it comes from.
    ['Half of its 2,400 staff will lose their jobs.', ['Half: 1200 count staff lose', '2,400 staff: 2400 count staff workforce']],
    ['A quarter of the 6,000 jobs at the Dunmore mill will go.', ['A quarter: 1500 count jobs go', '6,000 jobs: 6000 count jobs workforce']],
    ['Brantley will axe one-third of its 2,700 posts.', ['one-third: 900 count posts axe', '2,700 posts: 2700 count posts workforce']],
    ['Nearly half of the 400 residents were evacuated.', ['Nearly half: 200 count residents evacuated (nearly)', '400 residents: 400 count residents null']],
    ['A third of its 3,650 workers will go.', ['A third: 1217 count workers go (about)', '3,650 workers: 3650 count workers workforce']],
    // What describes the whole stays with it: the part is a part of it.
    ['A third of the 1,200 people evacuated have returned.', ['A third: 400 count people null', '1,200 people: 1200 count people evacuated']],
    ['Half of the 9,000 votes cast went to Orlen.', ['Half: 4500 count votes null', '9,000 votes: 9000 count votes cast']],
    // No number: a percentage of what it names ("a third" is about a third).
    ['Brantley will cut a third of the workforce.', ['a third of the workforce: 33.3 percent workforce cut (about)']],
    ['Two-thirds of the depots will close.', ['Two-thirds of the depots: 66.7 percent depots null (about)']],
    ['One in five jobs will go.', ['One in five jobs: 20 percent jobs go']],
    ['About one in ten workers will be offered early retirement.', ['About one in ten workers: 10 percent workers offered (about)']],
    ['Roughly 1 in 5 households and one in three voters agreed, as did 3 out of 4 farmers.', [
      'Roughly 1 in 5 households: 20 percent households null (about)', 'one in three voters: 33.3 percent voters null (about)', '3 out of 4 farmers: 75 percent farmers null']],
    ['Half the branches will be sold.', ['Half the branches: 50 percent branches null']],
    // The cut named earlier in the clause, or restated after a dash.
    ['The redundancies would hit a third of the depot’s 1,800 workers.', ['a third: 600 count workers redundancies', '1,800 workers: 1800 count workers workforce']],
    ['Brantley will shed 900 jobs — a third of the workforce.', ['900 jobs: 900 count jobs shed', 'a third of the workforce: 33.3 percent workforce shed (about)']],
    ['Brantley will eliminate 900 posts, or a third of the workforce.', ['900 posts: 900 count posts eliminate', 'a third of the workforce: 33.3 percent workforce eliminate (about)']],
    ['Shares in Brantley have lost a third of their value this year.', ['a third of their value: 33.3 percent market value lost (about)']],
    // Not a share: a number halved.
    ['Half a million people fled and half a dozen firms bid.', ['Half a million people: 500000 count people fled', 'half a dozen firms: 6 count firms null']],
    // The article's one workforce is the whole: "a third of the workforce" is a count of it.
    ['The Dunmore mill employs 4,200 people. Brantley will cut a third of the workforce.', [
      '4,200 people: 4200 count people employs', 'a third of the workforce: 1400 count workforce cut']],
    // Two workforces of different sizes: which one is meant is not clear, the share stays a percentage.
    ['The Dunmore mill employs 4,200 people and Brantley has a workforce of 9,000. It will cut a third of the workforce.', [
      '4,200 people: 4200 count people employs', '9,000: 9000 count null workforce', 'a third of the workforce: 33.3 percent workforce cut (about)']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
    expectInvariants(text, extractFigures(text));
  });

  it.each([
    ['one of the…', 'She is one of the founders of the firm.'],
    ['half-time', 'He works half-time at the depot.'],
    ['an ordinal', 'Talks entered a third round on Monday.'],
    ['a vote threshold', 'The change needs a two-thirds majority.'],
    ['a threshold of members', 'The motion requires the support of two-thirds of delegates.'],
    ['a period', 'Sales rose in the first half of the year and in the second half.'],
    ['a span of time', 'The works took a quarter of a century, half of the time in court.'],
    ['"and a half"', 'One and a half tonnes were shipped.'],
    ['a size', 'The new hall is a third of the size of the old one.'],
  ])('not a fraction figure: %s', (_name, text) => expect(extractFigures(text)).toEqual([]));
});
