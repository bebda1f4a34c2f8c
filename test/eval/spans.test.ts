// Span matching and scoring on hand-made spans (no dataset text here).
import { describe, expect, it } from 'vitest';
import { distinctSpans, matchSpans, overlapLength, prfOf, scoreSpans, trimSpan, type SpanFrags } from '../../eval/spans.js';
import { checkMentions, scoreAttributions, scoreEntities } from '../../eval/extract-score.js';
import type { EntityDoc } from '../../eval/datasets/entity-docs.js';

const s = (a: number, b: number): SpanFrags => [[a, b]];

describe('trimSpan', () => {
  const text = 'He said: “we will go, now.” The end.';
  it('trims whitespace and punctuation at the ends, but keeps an all-punctuation span', () => {
    const inner = text.indexOf('“');
    const got = trimSpan(text, [[inner - 1, text.indexOf('”') + 1]]);
    expect(text.slice(got[0]![0], got[0]![1])).toBe('we will go, now');
    expect(trimSpan(text, [[7, 8]])).toEqual([[7, 8]]); // the colon alone
    expect(trimSpan(text, [[2, 3]])).toEqual([]); // a space only
  });
  it('joins fragments separated only by punctuation/space, keeps real gaps, clamps to the text', () => {
    expect(trimSpan('ab, cd ef', [[0, 2], [4, 6]])).toEqual([[0, 6]]);
    expect(trimSpan('ab xx cd', [[6, 8], [0, 2]])).toEqual([[0, 2], [6, 8]]);
    expect(trimSpan('abc', [[1, 99]])).toEqual([[1, 3]]);
  });
  it('drops a leading article only when asked', () => {
    expect(trimSpan('the Big Co', [[0, 10]], { article: true })).toEqual([[4, 10]]);
    expect(trimSpan('the Big Co', [[0, 10]])).toEqual([[0, 10]]);
    expect(trimSpan('the', [[0, 3]], { article: true })).toEqual([[0, 3]]);
  });
});

describe('matchSpans / scoreSpans', () => {
  it('exact needs the same characters; overlap needs one shared character', () => {
    expect(matchSpans([s(0, 5)], [s(0, 5)], 'exact')).toEqual([[0, 0]]);
    expect(matchSpans([s(0, 5)], [s(0, 4)], 'exact')).toEqual([]);
    expect(matchSpans([s(0, 5)], [s(4, 9)], 'overlap')).toEqual([[0, 0]]);
    expect(matchSpans([s(0, 5)], [s(5, 9)], 'overlap')).toEqual([]); // touching is not overlapping
  });

  it('matches one-to-one, preferring the larger overlap', () => {
    // One long prediction over two gold spans: only one of them is matched.
    expect(scoreSpans([s(0, 5), s(6, 10)], [s(0, 10)], 'overlap')).toEqual({ tp: 1, pred: 1, gold: 2 });
    // Two predictions inside one gold span: one true positive, one false positive.
    expect(scoreSpans([s(0, 10)], [s(0, 3), s(4, 10)], 'overlap')).toEqual({ tp: 1, pred: 2, gold: 1 });
    expect(matchSpans([s(0, 10)], [s(0, 3), s(4, 10)], 'overlap')).toEqual([[0, 1]]);
    // Greedy by overlap: prediction 0 goes to gold 1 (larger overlap), prediction 1 then takes gold 0.
    expect(matchSpans([s(0, 4), s(3, 12)], [s(2, 12), s(0, 2)], 'overlap')).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('compares discontinuous spans fragment by fragment', () => {
    const gold: SpanFrags = [[0, 4], [10, 14]];
    expect(overlapLength(gold, s(3, 11))).toBe(2);
    expect(matchSpans([gold], [[[0, 4], [10, 14]]], 'exact')).toEqual([[0, 0]]);
    expect(matchSpans([gold], [s(0, 14)], 'exact')).toEqual([]);
    expect(matchSpans([gold], [s(12, 20)], 'overlap')).toEqual([[0, 0]]);
  });

  it('handles empty sides and repeats', () => {
    expect(scoreSpans([], [], 'exact')).toEqual({ tp: 0, pred: 0, gold: 0 });
    expect(prfOf(scoreSpans([], [s(0, 1)], 'exact'))).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prfOf(scoreSpans([s(0, 1)], [], 'overlap'))).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(distinctSpans([s(0, 2), s(0, 2), [], s(1, 2)])).toEqual([s(0, 2), s(1, 2)]);
    expect(scoreSpans([s(0, 2)], [s(0, 2), s(0, 2)], 'exact')).toEqual({ tp: 1, pred: 1, gold: 1 });
  });

  it('leaves out of precision the predictions that only hit unscored gold', () => {
    expect(scoreSpans([s(0, 3)], [s(0, 3), s(10, 12), s(20, 22)], 'exact', [s(9, 13)])).toEqual({ tp: 1, pred: 2, gold: 1 });
    // A prediction overlapping scored gold is never excused, even in exact mode.
    expect(scoreSpans([s(0, 3)], [s(0, 2)], 'exact', [s(0, 2)])).toEqual({ tp: 0, pred: 1, gold: 1 });
  });

  it('P, R and F1', () => {
    const r = prfOf({ tp: 2, pred: 4, gold: 8 });
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.25);
    expect(r.f1).toBeCloseTo(1 / 3);
  });
});

describe('scoreAttributions', () => {
  const text = 'Ann said it rains. Bob told us: no.';
  it('scores each role independently and drops malformed spans', () => {
    const gold = [
      { source: [[0, 3]] as [number, number][], cue: [[4, 8]] as [number, number][], content: [[9, 17]] as [number, number][] },
      { source: [[19, 22]] as [number, number][], cue: [[23, 27]] as [number, number][], content: null },
    ];
    const pred = [{ source: [0, 3], cue: [4, 8], content: [9, 13] }, { source: [19, 99], cue: null, content: null }, 'junk'];
    const { scores, invalid } = scoreAttributions([{ text, gold, pred }]);
    expect(invalid).toBe(2);
    expect(scores.source.exact).toEqual({ tp: 1, pred: 1, gold: 2 });
    expect(scores.cue.exact).toEqual({ tp: 1, pred: 1, gold: 2 });
    expect(scores.content.exact).toEqual({ tp: 0, pred: 1, gold: 1 });
    expect(scores.content.overlap).toEqual({ tp: 1, pred: 1, gold: 1 });
  });
  it('takes a list of fragments as one discontinuous span, and rejects a list with a bad fragment', () => {
    const two = 'Ann said: "It rains." Later: "It pours."';
    const gold = [{ source: [[0, 3]] as [number, number][], cue: [[4, 8]] as [number, number][], content: [[11, 19], [30, 38]] as [number, number][] }];
    const whole = scoreAttributions([{ text: two, gold, pred: [{ source: [0, 3], cue: [4, 8], content: [[11, 19], [30, 38]] }] }]);
    expect(whole.invalid).toBe(0);
    expect(whole.scores.content.exact).toEqual({ tp: 1, pred: 1, gold: 1 });
    const bad = scoreAttributions([{ text: two, gold, pred: [{ source: [0, 3], cue: [4, 8], content: [[11, 19], [30, 99]] }] }]);
    expect(bad.invalid).toBe(1);
    expect(bad.scores.content.overlap.pred).toBe(0);
  });
});

describe('scoreEntities', () => {
  const doc = (id: string, topic: string, mentions: Array<[number, number, string, boolean?]>, detectUntil?: number): EntityDoc => ({
    id,
    topic,
    text: 'Xx Yy Zz Ww Vv Uu Tt Ss Rr Qq',
    mentions: mentions.map(([a, b, chain, scored]) => ({ frags: [[a, b]], chain, type: 'PER', scored: scored ?? true })),
    detectUntil,
  });
  it('detection in the window, BCubed over found gold mentions within topics', () => {
    const docs = [doc('a', 't1', [[0, 2, 'A'], [3, 5, 'A'], [6, 8, 'B', false]], 9), doc('b', 't1', [[0, 2, 'A'], [12, 14, 'B']])];
    const pred = new Map([
      ['a', checkMentions([{ start: 0, end: 2, entityId: 'e1' }, { start: 3, end: 5, entityId: 'e2' }, { start: 6, end: 8, entityId: 'e9' }, { start: 12, end: 14, entityId: 'e3' }], 29).mentions],
      ['b', checkMentions([{ start: 0, end: 2, entityId: 'e1' }, { start: 1, end: 2, entityId: 'e4' }, { start: -1, end: 2, entityId: 'x' }], 29).mentions],
    ]);
    const r = scoreEntities(docs, pred);
    // doc a: 2 scored gold in the window, both found; [6,8) hits unscored gold; [12,14) is past the window.
    // doc b: 2 gold, [0,2) found exactly; [1,2) overlaps the same gold (already taken) -> false positive.
    expect(r.exact).toEqual({ tp: 3, pred: 4, gold: 4 });
    expect(r.resolvedMentions).toBe(3);
    // Gold A = {a0, a1, b0}; predicted e1 = {a0, b0}, e2 = {a1}: P = 1, R = (2/3 + 2/3 + 1/3) / 3.
    expect(r.resolution.precision).toBe(1);
    expect(r.resolution.recall).toBeCloseTo(5 / 9);
    expect(r.goldChains).toBe(2);
  });
  it('checkMentions rejects malformed mentions', () => {
    const c = checkMentions([{ start: 0, end: 0, entityId: 'a' }, { start: 0, end: 1 }, null, { start: 0, end: 3, entityId: 7 }], 3);
    expect(c).toEqual({ mentions: [{ start: 0, end: 3, entityId: '7' }], invalid: 3 });
  });
});
