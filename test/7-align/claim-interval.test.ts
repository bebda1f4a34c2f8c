// "Up to N" is compared as N with an upper-bound flag (src/7-align/claim-interval.ts): a later,
// lower figure is a revision of it, and an outlet still printing N after the revision is stale.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { figureClaims } from '../../src/7-align/figure-claims.js';
import { figureTimelines } from '../../src/7-align/figure-timeline.js';
import { claimInterval } from '../../src/7-align/claim-interval.js';

const occ = (id: string, day: string, text: string) =>
  extractFigures(text).map((figure) => ({ articleId: id, root: id, figure, publishedAt: `2031-05-${day}T09:00:00Z` }));

describe('claimInterval', () => {
  const f = (value: number, qualifier: string) => ({ value, high: null, qualifier: qualifier as never });
  it.each([
    [f(900, 'up-to'), [900, 900]],
    [f(900, 'exact'), [900, 900]],
    [f(40, 'at-least'), [40, Infinity]],
  ])('%o -> %o', (figure, interval) => expect(claimInterval(figure)).toEqual(interval));
});

describe('an "up to" figure and its revision', () => {
  const occurrences = [
    ...occ('a', '04', 'Ostrava Steel will cut up to 900 jobs at its Brel mill.'),
    ...occ('b', '04', 'Ostrava Steel plans to cut up to 900 jobs at the Brel mill.'),
    ...occ('c', '09', 'Ostrava Steel will now cut 700 jobs at the Brel mill.'),
    ...occ('d', '11', 'A court halted Ostrava Steel’s plan to cut 900 jobs at the Brel mill.'),
  ];

  it('keeps "up to 900" and 700 apart, each under its own wording', () => {
    const [claim] = figureClaims(occurrences);
    expect(claim!.values.map((v) => [v.text, v.roots])).toEqual([['up to 900 jobs', ['a', 'b', 'd']], ['700 jobs', ['c']]]);
  });

  it('shows the revision over time and flags the outlet still printing 900 two days later', () => {
    const [t] = figureTimelines(occurrences);
    expect(t!.quantity).toBe('count|cut|job');
    expect(t!.points.map((p) => [p.articleId, p.text, p.stale])).toEqual([
      ['a', 'up to 900 jobs', false], ['b', 'up to 900 jobs', false], ['c', '700 jobs', false], ['d', '900 jobs', true],
    ]);
  });
});
