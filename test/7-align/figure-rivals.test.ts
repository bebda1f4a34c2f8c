// Rival estimates of one crowd by different sayers are a dispute, not a breakdown (protest review 1).
import { describe, expect, it } from 'vitest';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { wordBefore } from '../../src/7-align/index.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';

const occ = (articleId: string, text: string) => extractFigures(text).map((figure) => ({ articleId, root: articleId, figure, before: wordBefore(text, figure.start) }));
const brief = (claims: ReturnType<typeof figureClaims>) => claims.map((c) => [c.key, c.status, c.values.map((v) => v.text)]);

describe('figureClaims: a crowd counted by organisers and by the police', () => {
  it('two estimates in one report are not the parts of an open-ended total another report gives', () => {
    // 30,000 + 9,000 "meets" "more than 30,000" only because that value has no upper bound.
    const claims = figureClaims([
      ...occ('wire', 'Organisers said 30,000 people took part in the march. Police put the crowd at 9,000.'),
      ...occ('opposition', 'More than 30,000 people marched through Dravik.'),
      ...occ('state', 'About 9,000 people gathered in Dravik, police said.'),
    ]);
    expect(brief(claims)).toEqual([['count|protest|', 'conflicting', ['9,000', '30,000 people', 'More than 30,000 people']]]);
  });
  it('a bounded total still takes its breakdown', () => {
    const claims = figureClaims([
      ...occ('a', 'In all, 214 people were rescued.'),
      ...occ('b', 'Helicopters rescued 131 people from rooftops and boats rescued 83 people in Saltmere.'),
    ]);
    expect(claims.map((c) => [c.status, c.values.length])).toEqual([['corroborated', 1]]);
  });
});

describe('figureClaims: a value is shown in a wording without a partisan label when there is one', () => {
  it('"23 people", not the first publisher\'s "23 hooligans"', () => {
    const claims = figureClaims([...occ('state', 'Police said 23 hooligans had been arrested.'), ...occ('wire', 'Police said 23 people had been arrested.')]);
    expect(brief(claims)).toEqual([['count|arrest|', 'corroborated', ['23 people']]]);
  });
  it('the label when no other wording is given', () => {
    expect(brief(figureClaims(occ('state', 'Police said 23 hooligans had been arrested.')))).toEqual([['count|arrest|', 'single-source', ['23 hooligans']]]);
  });
});
