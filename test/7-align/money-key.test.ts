// Company-news figures get keys from what they measure (src/6-extract/figures/money.ts, jobs.ts,
// src/7-align/money-key.ts): the same quantity in two outlets is compared, different ones are not.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { figureKey } from '../../src/7-align/figure-key.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';

/** Each figure of the sentence as "text => key". */
const keys = (s: string) => extractFigures(s).map((f) => `${f.text} => ${figureKey(f, wordBefore(s, f.start))}`);
const occ = (id: string, text: string) => extractFigures(text).map((figure) => ({ articleId: id, root: id, figure }));

describe('money and percentages: keyed by what they measure', () => {
  it.each([
    ['Quarterly revenue of €1.2bn beat the forecast.', ['€1.2bn => money:EUR|quarterly revenue|']], // "beat" is no counted noun,
    ['Ostrava Steel set aside severance worth €84 million.', ['€84 million => money:EUR|severance|']],
    ['Ostrava Steel will set aside €84 million for severance payments.', ['€84 million => money:EUR|severance|']],
    ['The regulator imposed a €2m fine on the bank.', ['€2m fine => money:EUR|fine|']],
    ['The court fined the company 3.1 million euros.', ['3.1 million euros => money:EUR|fine|']],
    ['It will book a restructuring charge of $150 million.', ['$150 million => money:USD|charge|']],
    ['Net profit fell 12% to €300m.', ['12% => percent|profit|change', '€300m => money:EUR|profit|']],
    ['Operating profit rose by 4 per cent.', ['4 per cent => percent|operating profit|change']],
    ['Net profit dropped to €46m from €71m a year earlier.', ['€46m => money:EUR|profit|', '€71m => money:EUR|profit|earlier']],
    ['Sales came in at $900m, below the $950m analysts had expected.', ['$900m => money:USD|revenue|', '$950m => money:USD|revenue|expected']],
    ['Shares in Dorrin closed down 6.5% at €12.40.', ['6.5% => percent|share price|change', '€12.40 => money:EUR|share price|']],
    ['Dorrin shares were down 4 per cent in early trading.', ['4 per cent => percent|share price|change-intraday']],
    // A count of cents is money: it meets "€0.40" in the currency of the article's other sums.
    ['The €3m payout gives shareholders a dividend of 40 cents a share.', ['€3m payout => money:EUR|dividend|', '40 cents => money:EUR|dividend|']],
    // Not a measure: the general rules apply.
    ['Donors pledged $50 million.', ['$50 million => money:USD|spend|']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('reads the expectation apart from its expecter: "the €1.25bn analysts had expected" counts no analysts', () => {
    const f = extractFigures('Revenue reached €1.2bn, short of the €1.25bn analysts had expected.')[1]!;
    expect([f.text, f.counted, f.action]).toEqual(['€1.25bn', 'revenue', 'expected']);
  });

  it('compares the same measure across outlets and keeps different ones apart', () => {
    const claims = figureClaims([
      ...occ('a', 'Ostrava Steel will set aside €84 million for severance. The company was fined €2.4 million.'),
      ...occ('b', 'Ostrava Steel will set aside €64 million for severance. The company was fined €2.4 million.'),
    ]);
    expect(claims.map((c) => [c.key, c.status])).toEqual([
      ['money:EUR|severance|', 'conflicting'],
      ['money:EUR|fine|', 'corroborated'],
    ]);
  });
});

describe('job counts: cuts, offers and workforces are different quantities', () => {
  it.each([
    ['Ostrava Steel will cut up to 900 jobs.', 'count|cut|job'],
    ['The group plans to shed 900 positions.', 'count|cut|job'],
    ['The mill will lay off 900 workers.', 'count|cut|job'],
    ['Unions fear the loss of 900 jobs.', 'count|cut|job'],
    ['The court blocked the dismissals of 700 workers.', 'count|cut|job'],
    ['The board approved 900 redundancies.', 'count|cut|job'],
    ['Some 900 jobs will go by June.', 'count|cut|job'],
    ['It will reduce its staff by 900 posts.', 'count|cut|job'],
    ['About 150 employees will instead be offered early retirement.', 'count|offer|'],
    ['The plant employs 2,800 people.', 'count|employ|site'],
    ['The smelter has a 2,800-strong workforce.', 'count|employ|site'],
    ['Ostrava Steel employs 11,000 people worldwide.', 'count|employ|'],
    ['It will trim the mill’s workforce of 2,800 by 900 posts.', 'count|employ|site'], // a bare number kept for its noun
    ['Ostrava Steel has a workforce of 11,000.', 'count|employ|'],
  ])('%s -> %s', (text, key) => expect(keys(text)[0]!.split(' => ')[1]).toBe(key));
});

describe('fractions of jobs: keyed as the cut they give', () => {
  it.each([
    ['Half of its 2,400 staff will lose their jobs.', ['Half => count|cut|job', '2,400 staff => count|employ|']],
    ['A quarter of the 6,000 jobs at the mill will go.', ['A quarter => count|cut|job', '6,000 jobs => count|employ|site']],
    ['Brantley will cut a third of the workforce.', ['a third of the workforce => percent|cut|job']],
    ['One in five jobs will go.', ['One in five jobs => percent|cut|job']],
    ['Brantley has lost a quarter of its value since May.', ['a quarter of its value => percent|market value|change']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('"1,200 jobs" and "half of its 2,400 staff will lose their jobs" are one quantity that agrees', () => {
    const claims = figureClaims([
      ...occ('a', 'Brantley will cut 1,200 jobs at the mill.'),
      ...occ('b', 'Half of its 2,400 staff will lose their jobs, the union said.'),
    ]);
    expect(claims.filter((c) => c.key === 'count|cut|job').map((c) => [c.status, c.values.length])).toEqual([['corroborated', 1]]);
  });
});
