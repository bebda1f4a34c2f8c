import { describe, it, expect } from 'vitest';
import { candidatePairs, findDuplicates } from '../../src/3-dedupe/index.js';
import { doc, prose, randomWords } from './words.js';

const story = randomWords(11, 240);
const base = prose(story);

describe('findDuplicates', () => {
  it.each([
    ['same contentHash', [doc('a', base), doc('b', 'other text', { contentHash: doc('a', base).contentHash })], [{ ids: ['a', 'b'], kind: 'exact', representative: 'a' }]],
    ['same words, other case and punctuation', [doc('a', base), doc('b', base.toUpperCase().replace(/\./g, ';'))], [{ ids: ['a', 'b'], kind: 'exact', representative: 'a' }]],
    ['re-post with a trimmed ending (Jaccard ~0.85)', [doc('orig', base), doc('trim', prose(story.slice(0, 204)))], [{ ids: ['orig', 'trim'], kind: 'near-duplicate', representative: 'orig' }]],
    ['re-post with a changed paragraph', [doc('x', prose([...story.slice(0, 200), ...randomWords(12, 24)])), doc('y', base)], [{ ids: ['x', 'y'], kind: 'near-duplicate', representative: 'y' }]],
    ['half the text shared is not a duplicate', [doc('a', base), doc('b', prose([...story.slice(0, 120), ...randomWords(13, 120)]))], []],
    ['unrelated texts', [doc('a', base), doc('b', prose(randomWords(14, 240)))], []],
    ['short identical texts are exact; short similar ones are not near', [doc('a', 'Flood hits town'), doc('b', 'Flood hits town'), doc('c', 'Flood hits the town')], [{ ids: ['a', 'b'], kind: 'exact', representative: 'a' }]],
  ])('%s', (_n, articles, groups) => {
    expect(findDuplicates(articles)).toEqual(groups);
  });

  it('representative: earliest date, then longest text, then smallest id', () => {
    const trimmed = prose(story.slice(0, 220));
    expect(findDuplicates([doc('b', trimmed, { publishedAt: '2025-06-02T08:00:00Z' }), doc('a', base, { publishedAt: '2025-06-02T09:00:00Z' })])[0]!.representative).toBe('b');
    expect(findDuplicates([doc('b', base), doc('a', trimmed)])[0]!.representative).toBe('b');
    expect(findDuplicates([doc('b', base), doc('a', base)])[0]!.representative).toBe('a');
  });

  it('a second call on the same array sees edits made in between', () => {
    const arts = [doc('a', base), doc('b', prose(randomWords(15, 240)))];
    expect(findDuplicates(arts)).toEqual([]);
    arts[1] = doc('b', base);
    expect(findDuplicates(arts)).toHaveLength(1);
    arts[1]!.text = prose(randomWords(16, 240));
    arts[1]!.contentHash = 'changed';
    expect(findDuplicates(arts)).toEqual([]);
  });

  it('an exact pair plus a near copy form one near-duplicate group', () => {
    const g = findDuplicates([doc('a', base), doc('b', base), doc('c', prose(story.slice(0, 210)))]);
    expect(g).toEqual([{ ids: ['a', 'b', 'c'], kind: 'near-duplicate', representative: 'a' }]);
  });
});

describe('candidatePairs', () => {
  it('a rewrite that keeps 30% of a wire story is a candidate; unrelated articles are not', () => {
    const own = randomWords(21, 200);
    const kept = [story.slice(0, 24), story.slice(96, 120), story.slice(180, 204)].flat(); // 72 of 240 words
    const rewrite = prose([...own.slice(0, 60), ...kept.slice(0, 24), ...own.slice(60, 140), ...kept.slice(24), ...own.slice(140)]);
    const others = Array.from({ length: 40 }, (_, i) => doc(`u${i}`, prose(randomWords(100 + i, 220))));
    expect(candidatePairs([doc('wire', base), doc('rewrite', rewrite), ...others])).toEqual([['rewrite', 'wire']]);
  });

  it('near duplicates pair with their representative only; rewrites pair with the representative', () => {
    const copies = Array.from({ length: 5 }, (_, i) => doc(`copy${i}`, base, { publishedAt: `2025-06-02T1${i}:00:00Z` }));
    const wire = doc('wire', base, { publishedAt: '2025-06-02T08:00:00Z' });
    const rewrite = doc('rw', prose([...story.slice(0, 40), ...randomWords(22, 150)]));
    expect(candidatePairs([...copies, wire, rewrite])).toEqual([
      ['copy0', 'wire'], ['copy1', 'wire'], ['copy2', 'wire'], ['copy3', 'wire'], ['copy4', 'wire'], ['rw', 'wire'],
    ]);
  });

  it('a passage shared by many articles links each to the earliest holder (a star, not all pairs)', () => {
    const shared = randomWords(31, 30);
    const many = Array.from({ length: 60 }, (_, i) =>
      doc(`m${String(i).padStart(2, '0')}`, prose([...randomWords(200 + i, 100), ...shared, ...randomWords(400 + i, 100)]), { publishedAt: `2025-06-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z` }),
    );
    const pairs = candidatePairs(many);
    expect(pairs.length).toBeLessThan(60 * 3);
    // m00 and m28 are both published on June 1; m00 comes first by length then id order.
    expect(pairs.filter(([x, y]) => x === 'm00' || y === 'm00').length).toBeGreaterThanOrEqual(59);
  });

  it('is deterministic and independent of input order', () => {
    const arts = [doc('wire', base), doc('c', prose(story.slice(0, 200))), doc('r', prose([...story.slice(0, 40), ...randomWords(5, 99)]))];
    expect(candidatePairs(arts)).toEqual(candidatePairs([...arts].reverse()));
  });
});
