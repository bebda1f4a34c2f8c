// A flow's period keeps it apart (src/6-extract/figures/period.ts, src/7-align/money-key.ts): a
// quarter's profit and the year's are two quantities, never rival values of one.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { figureKey } from '../../src/7-align/figure-key.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';

const keys = (s: string) => extractFigures(s).map((f) => `${f.text} => ${figureKey(f, wordBefore(s, f.start))}`);
const occ = (id: string, text: string) => extractFigures(text).map((figure) => ({ articleId: id, root: id, figure }));

describe('revenue, profit and loss: keyed with their period', () => {
  it.each([
    ['Second-quarter net profit of $75m beat forecasts.', ['$75m => money:USD|quarterly profit|']],
    ['Q2 sales rose 6% to $610m.', ['6% => percent|quarterly revenue|change', '$610m => money:USD|quarterly revenue|']],
    ['Revenue for the three months to March was $610m.', ['three months => null', '$610m => money:USD|quarterly revenue|']],
    ['Operating profit in the second quarter fell to $40m.', ['$40m => money:USD|quarterly operating profit|']],
    ['Pellham booked a loss of $12m in a single quarter.', ['$12m => money:USD|quarterly loss|']],
    ['Interim profit rose to $150m.', ['$150m => money:USD|half-year profit|']],
    ['Revenue for the six months to June reached $1.1bn.', ['six months => null', '$1.1bn => money:USD|half-year revenue|']],
    ['Full-year revenue came in at $2.3bn.', ['$2.3bn => money:USD|annual revenue|']],
    ['Net profit for the year was $300m.', ['$300m => money:USD|annual profit|']],
    ['Pellham reported 2025 revenue of $2.3bn.', ['$2.3bn => money:USD|annual revenue|']],
    ['July sales fell 4%.', ['4% => percent|july revenue|change']],
    // One period named in the article: its other flows are for it too.
    ['Third-quarter revenue rose to $640m. Net profit fell 9% to $70m.', [
      '$640m => money:USD|quarterly revenue|', '9% => percent|quarterly profit|change', '$70m => money:USD|quarterly profit|']],
    // Two periods named: each as written, the unnamed one with none.
    ['Quarterly profit was $70m and annual profit $300m; revenue was $2.3bn.', [
      '$70m => money:USD|quarterly profit|', '$300m => money:USD|annual profit|', '$2.3bn => money:USD|revenue|']],
    // Not flows: a fine in March, a year-on-year change, a cost.
    ['Pellham was fined $2m in March.', ['$2m => money:USD|fine|']],
    ['Net profit rose 5% year on year.', ['5% => percent|profit|change']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('a quarter’s profit and the year’s in two outlets are two quantities, not a conflict', () => {
    const claims = figureClaims([
      ...occ('a', 'Pellham reported third-quarter profit of $75m.'),
      ...occ('b', 'Pellham said annual profit reached $300m.'),
    ]);
    expect(claims.map((c) => [c.key, c.status])).toEqual([
      ['money:USD|quarterly profit|', 'single-source'],
      ['money:USD|annual profit|', 'single-source'],
    ]);
  });
});
