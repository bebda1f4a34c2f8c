import { describe, it, expect } from 'vitest';
import { derive, findDerivations, independentReports } from '../../src/4-derive/index.js';
import { candidatePairs, findDuplicates } from '../../src/3-dedupe/index.js';
import type { Derivation } from '../../src/core/analysis.js';
import { ALL, C, I, O, R, W } from './invented.js';
import { article } from './corpus.js';

const summary = (d: Derivation | null) => d && { copy: d.articleId, source: d.sourceArticleId, kind: d.kind, basis: d.direction.basis };

describe('derive: reports of one storyline months apart that share names, not prose', () => {
  // Invented: two short reports of different rounds of talks; both describe the mediator and the
  // aid agency in the same words, which is what the names are, not copying.
  const first = article('t-jan', [
    'Talks between the Vesmarra government and the Orlan Highlands Council, which opened on Tuesday, were mediated by Ilsabet Moraine of the Kestrel Isles.',
    'Both delegations agreed to hand lists of prisoners to the International Committee of the Crescent Shield before the next meeting.',
    'The first session ended without a statement, and the delegations returned to their hotels in the capital for the night.',
  ].join('\n\n'), { outlet: 'Brannock Evening Post', publishedAt: '2025-01-16T08:00:00Z' });
  const later = article('t-apr', [
    'Highland rebels freed 25 detainees on Thursday, handing them to the International Committee of the Crescent Shield at a border post.',
    'The second round of talks, which opened on Tuesday, were mediated by Ilsabet Moraine of the Kestrel Isles, and lasted three days.',
    'Relatives waited at the crossing for hours before the buses arrived, and several detainees were taken to hospital in the valley.',
  ].join('\n\n'), { outlet: 'Continental Wire Service', publishedAt: '2025-04-10T08:00:00Z' });
  it('are not a copy', () => expect(derive(first, later)).toBeNull());
});

describe('derive: invented dam-breach coverage', () => {
  it.each([
    ['reprint with new headline and trimmed ending -> near-duplicate of W', C, W, { copy: 'c-copy', source: 'w-wire', kind: 'near-duplicate', basis: 'credit' }],
    ['rewrite keeping four sentences and crediting "told VPA"', R, W, { copy: 'r-rewrite', source: 'w-wire', kind: 'rewrite', basis: 'credit' }],
    ['argument order does not matter', W, R, { copy: 'r-rewrite', source: 'w-wire', kind: 'rewrite', basis: 'credit' }],
    ['independent report with the same 15-word quote and toll', I, W, null],
    ['independent report vs the rewrite (shares the same quote)', I, R, null],
    ['other event sharing a stock phrase', O, W, null],
    ['other event vs the independent report', O, I, null],
  ])('%s', (_n, a, b, expected) => {
    expect(summary(derive(a, b))).toEqual(expected);
  });

  it('fractions, passages and detail of the rewrite', () => {
    const d = derive(R, W)!;
    expect(d.direction.detail).toBe('credits VPA');
    expect(d.reusedFraction).toBeGreaterThan(0.5);
    expect(d.reusedFraction).toBeLessThan(0.8);
    expect(d.passages.length).toBeGreaterThanOrEqual(4);
    for (const p of d.passages) {
      expect(R.text.slice(p.start, p.end).toLowerCase().replace(/\W+/g, ' ')).toBe(W.text.slice(p.sourceStart, p.sourceEnd).toLowerCase().replace(/\W+/g, ' '));
    }
  });

  it('near-duplicate: the copy is fully reused, the source mostly', () => {
    const d = derive(C, W)!;
    expect(d.reusedFraction).toBe(1);
    expect(d.sourceReusedFraction).toBeGreaterThanOrEqual(0.8);
    expect(d.sourceReusedFraction).toBeLessThan(1);
  });

  it('findDuplicates, candidatePairs, findDerivations and independentReports over all five', () => {
    expect(findDuplicates(ALL)).toEqual([{ ids: ['c-copy', 'w-wire'], kind: 'near-duplicate', representative: 'w-wire' }]);
    expect(candidatePairs(ALL).length).toBeLessThan((5 * 4) / 2);
    const ds = findDerivations(ALL);
    expect(ds.map(summary)).toEqual([
      { copy: 'c-copy', source: 'w-wire', kind: 'near-duplicate', basis: 'credit' },
      { copy: 'r-rewrite', source: 'w-wire', kind: 'rewrite', basis: 'credit' },
    ]);
    expect(independentReports(ALL.map((a) => a.id), ds)).toBe(3);
    expect(findDerivations([...ALL].reverse())).toEqual(ds);
  });
});

describe('derive: direction', () => {
  const strip = { agencies: [], outlet: null, byline: null };
  const w = { ...W, ...strip, id: 'a1' };
  const c = { ...C, ...strip, id: 'b2', publishedAt: null };
  it.each([
    ['credit beats date', { ...C, publishedAt: '2025-06-01T00:00:00Z' }, W, 'c-copy', 'credit', 'credits Vestral Press Agency'],
    ['byline naming the source outlet', { ...c, byline: 'Ilse Varnholt, Vestral Press Agency', text: C.text.replace('(VPA)', '') }, { ...W, id: 'a1' }, 'b2', 'byline', 'byline names Vestral Press Agency'],
    ['earlier publishedAt is the source', { ...c, publishedAt: '2025-06-02T05:00:00Z' }, { ...w, publishedAt: '2025-06-02T08:00:00Z' }, 'a1', 'date', 'source published 3 h earlier'],
    // A date with no time of day (stored at midnight UTC) gives days, not hours (trial review finding 13).
    ['source dated by its day only, copy timed that day', { ...c, publishedAt: '2025-06-02T13:00:00Z' }, { ...w, publishedAt: '2025-06-02T00:00:00Z' }, 'b2', 'date', 'source published the same day'],
    ['source dated by its day only, copy timed the next day', { ...c, publishedAt: '2025-06-03T09:30:00Z' }, { ...w, publishedAt: '2025-06-02T00:00:00Z' }, 'b2', 'date', 'source published a day earlier'],
    ['both dated by day, three days apart', { ...c, publishedAt: '2025-06-05T00:00:00Z' }, { ...w, publishedAt: '2025-06-02T00:00:00Z' }, 'b2', 'date', 'source published 3 days earlier'],
    ['no dates: the trimmed copy is contained in the source', c, { ...w, publishedAt: null }, 'b2', 'containment', "100% of the copy's words are in the source (89% the other way)"],
    ['nothing to go on: smaller id is the source', { ...w, id: 'z9', publishedAt: null }, { ...w, publishedAt: null, contentHash: 'other' }, 'z9', 'order', 'no credit, date or containment signal: a1 taken as source by id order'],
  ])('%s', (_n, a, b, copy, basis, detail) => {
    const d = derive(a, b)!;
    expect(d.articleId).toBe(copy);
    expect(d.direction).toEqual({ basis, detail });
  });

  it('same contentHash is an exact copy', () => {
    const d = derive({ ...W, id: 'b' }, { ...W, id: 'a', publishedAt: '2025-06-01T00:00:00Z' })!;
    expect(d).toMatchObject({ articleId: 'b', sourceArticleId: 'a', kind: 'exact', reusedFraction: 1, sourceReusedFraction: 1 });
  });

  it('an article is never derived from itself', () => {
    expect(derive(W, W)).toBeNull();
  });
});

describe('independentReports', () => {
  const link = (articleId: string, sourceArticleId: string) => ({ articleId, sourceArticleId }) as Derivation;
  it.each([
    ['no links', ['a', 'b', 'c'], [], 3],
    ['a chain collapses', ['a', 'b', 'c'], [link('b', 'a'), link('c', 'b')], 1],
    ['two stars', ['a', 'b', 'c', 'd', 'e'], [link('b', 'a'), link('c', 'a'), link('e', 'd')], 2],
    ['links to articles outside the set are ignored', ['b', 'c'], [link('b', 'a'), link('c', 'a')], 2],
    ['duplicate ids count once', ['a', 'a', 'b'], [], 2],
    ['empty', [], [], 0],
  ])('%s', (_n, ids, ds, n) => {
    expect(independentReports(ids, ds)).toBe(n);
  });
});
