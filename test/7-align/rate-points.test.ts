// Rate changes in points (src/6-extract/figures/points.ts, figure-key.ts pointsKey): basis points,
// percentage points and "a quarter point" are one quantity in basis points, so a quarter point
// agrees with 25 basis points and 50 basis points is its rival (review L, finding 1).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { figureKey } from '../../src/7-align/figure-key.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';

/** Each figure of the sentence as "text => value key". */
const keys = (s: string) => extractFigures(s).map((f) => `${f.text} => ${f.value} ${figureKey(f, wordBefore(s, f.start))}`);
const occ = (id: string, text: string) => extractFigures(text).map((figure) => ({ articleId: id, root: id, figure }));

describe('rate changes in points: keyed in basis points by direction and rate', () => {
  it.each([
    ['The Bank of Mirovia raised its policy rate by 25 basis points to 3.75%.', ['25 basis points => 25 bp|up|rate', '3.75% => 3.75 percent|measure|policy rate']],
    ['Its board lifted the main rate by a quarter of a percentage point.', ['a quarter of a percentage point => 25 bp|up|rate']],
    ['The bank raised rates by a quarter point on Tuesday.', ['a quarter point => 25 bp|up|rate']],
    ['Traders now bet on a quarter-point cut in rates.', ['a quarter-point => 25 bp|down|rate']],
    ['The council cut interest rates by half a point.', ['half a point => 50 bp|down|rate']],
    ['It lowered the deposit rate by half a percentage point.', ['half a percentage point => 50 bp|down|deposit rate']],
    ['The bank lifted rates by 0.75 percentage points.', ['0.75 percentage points => 75 bp|up|rate']],
    ['Ten-year yields climbed 12 bps.', ['12 bps => 12 bp|up|yield']],
    ['Rates were trimmed 25bp in March.', ['25bp => 25 bp|down|rate']],
    // Points of a poll lead are no rate change: no key, as before.
    ['Mirov leads Ostrava by 5 percentage points in the latest poll.', ['5 percentage points => 5 null']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('a quarter point agrees with 25 basis points; 50 basis points is a rival', () => {
    const claims = figureClaims([
      ...occ('a', 'The Bank of Mirovia raised its key rate by 25 basis points on Tuesday.'),
      ...occ('b', 'Mirovia’s central bank lifted interest rates by a quarter of a percentage point.'),
      ...occ('c', 'The Bank of Mirovia raised its benchmark rate by 50 basis points.'),
    ]);
    expect(claims.map((c) => [c.key, c.status, c.values.map((v) => v.text)])).toEqual([['bp|up|rate', 'conflicting', ['25 basis points', '50 basis points']]]);
  });

  it('a rise and a cut of the same size are different quantities', () => {
    const claims = figureClaims([
      ...occ('a', 'The Bank of Mirovia raised its key rate by 25 basis points.'),
      ...occ('b', 'The Bank of Mirovia cut its deposit rate by 25 basis points.'),
    ]);
    expect(claims.map((c) => c.key)).toEqual(['bp|up|rate', 'bp|down|deposit rate']);
  });
});

describe('the policy rate level: one quantity however the rate is named (review L, finding 5)', () => {
  it.each([
    // The level after a change in points is the rate's: "by 25 basis points to 3.75%".
    ['Mirovia’s central bank lifted its main rate by half a point to 4%.', '4% => 4 percent|measure|policy rate'],
    ['It lowered the deposit rate by 25 basis points to 2%.', '2% => 2 percent|measure|deposit'],
    ['Mirovia’s central bank raised its benchmark interest rate to 3.75 per cent.', '3.75 per cent => 3.75 percent|measure|policy rate'],
    ['The key rate stands at 3.5%.', '3.5% => 3.5 percent|measure|policy rate'],
    ['The mortgage interest rate stands at 6%.', '6% => 6 percent|measure|interest'],
    ['The unemployment rate was 5%.', '5% => 5 percent|measure|unemployment'],
  ])('%s', (text, expected) => expect(keys(text).at(-1)).toBe(expected));

  it('"to 3.75%" after 25 basis points agrees with "a benchmark rate of 3.75%"', () => {
    const claims = figureClaims([
      ...occ('a', 'The Bank of Mirovia raised its key rate by 25 basis points to 3.75%.'),
      ...occ('b', 'Mirovia’s central bank raised its benchmark interest rate to 3.75 per cent.'),
    ]);
    expect(claims.map((c) => [c.key, c.status])).toContainEqual(['percent|measure|policy rate', 'corroborated']);
  });
});
