// Two sides' releases are two quantities when the figures name who did them (src/7-align/figure-agents.ts).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';

const occ = (articleId: string, root: string, text: string) => extractFigures(text).map((figure) => ({ articleId, root, figure }));

describe('figureClaims split by doer', () => {
  it("keeps each side's release apart when the figures name who released whom", () => {
    const claims = figureClaims([
      ...occ('a', 'a', 'The government freed 40 rebel prisoners. The Orlan Council released 25 detainees on Thursday.'),
      ...occ('b', 'b', '40 prisoners were released by the government.'),
      ...occ('c', 'c', 'The rebels released 30 prisoners.'),
      // No doer: it joins the one doer whose value it gives.
      ...occ('d', 'd', 'Some 25 prisoners were released.'),
    ]);
    expect(claims.map((c) => [c.key, c.status, c.independentReports])).toEqual([
      ['count|release@government|prisoner', 'corroborated', 2],
      ['count|release@council|prisoner', 'corroborated', 2],
      ['count|release@rebel|prisoner', 'single-source', 1],
    ]);
    // One doer named, or none: one quantity, and rival values still conflict.
    const one = figureClaims([...occ('a', 'a', 'The council released 25 detainees.'), ...occ('b', 'b', 'The council freed 40 prisoners.'), ...occ('c', 'c', '40 prisoners were freed.')]);
    expect(one.map((c) => [c.key, c.status])).toEqual([['count|release|prisoner', 'conflicting']]);
    // A toll names a cause, not a doer: "killed by the flood" and "killed by the landslide" are rival values.
    const toll = figureClaims([...occ('a', 'a', '12 people were killed by the flood.'), ...occ('b', 'b', '19 people were killed by the landslide.')]);
    expect(toll.map((c) => [c.key, c.status])).toEqual([['count|die|', 'conflicting']]);
  });
});
