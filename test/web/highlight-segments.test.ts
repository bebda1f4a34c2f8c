// Cutting article text at highlight offsets (the pure part of the article page's highlighting).
import { describe, expect, it } from 'vitest';
import { segment } from '../../web/client/highlight-segments.js';

const cut = (text: string, spans: [number, number, string][]) =>
  segment(text.length, spans.map(([start, end, value]) => ({ start, end, value }))).map((s) => [text.slice(s.start, s.end), s.spans.map((x) => x.value).join('+')]);

describe('highlight segments', () => {
  it('covers the whole text, marked and unmarked parts alike', () => {
    expect(cut('abcdef', [[1, 3, 'q']])).toEqual([['a', ''], ['bc', 'q'], ['def', '']]);
    expect(cut('abc', [])).toEqual([['abc', '']]);
    expect(cut('', [[0, 2, 'q']])).toEqual([]);
  });

  it('nests overlapping spans in the order given', () => {
    expect(cut('abcdef', [[0, 6, 'claim'], [1, 4, 'quote'], [2, 3, 'name']])).toEqual([
      ['a', 'claim'],
      ['b', 'claim+quote'],
      ['c', 'claim+quote+name'],
      ['d', 'claim+quote'],
      ['ef', 'claim'],
    ]);
    expect(cut('abcd', [[0, 2, 'x'], [1, 4, 'y']])).toEqual([['a', 'x'], ['b', 'x+y'], ['cd', 'y']]);
  });

  it('drops empty, reversed and out-of-range spans and clamps the rest', () => {
    expect(cut('abc', [[2, 2, 'e'], [2, 1, 'r'], [Number.NaN, 2, 'n'], [-5, 1, 'c'], [2, 99, 'd']])).toEqual([['a', 'c'], ['b', ''], ['c', 'd']]);
  });

  it('slices by UTF-16 offsets, as the API gives them', () => {
    const text = 'א😀b';
    expect(cut(text, [[1, 3, 'emoji']])).toEqual([['א', ''], ['😀', 'emoji'], ['b', '']]);
  });
});
