import { describe, expect, it } from 'vitest';
import { attributionsForEval } from '../../src/analyze/extract-eval.js';

// Invented text: one attribution continued by a quote with no cue of its own.
describe('attributionsForEval', () => {
  it('joins a quote that continues the attribution before it as another fragment of its content', async () => {
    const text = '“The levy is fair,” Okafor said. “It will pass in May.” Adams said nothing.';
    const got = await attributionsForEval(text);
    const okafor = got.find((a) => a.source && text.slice(...a.source) === 'Okafor')!;
    expect(okafor.content!.map(([s, e]) => text.slice(s, e))).toEqual(['The levy is fair', 'It will pass in May.']);
    expect(got.filter((a) => a.source && text.slice(...a.source) === 'Okafor')).toHaveLength(1);
  });
  it('keeps a quote with its own cue apart', async () => {
    const text = '“The levy is fair,” Okafor said. “It will fail,” Adams said.';
    expect((await attributionsForEval(text)).map((a) => a.content!.length)).toEqual([1, 1]);
  });
});

describe('attributionsForEval, one attribution per cue', () => {
  it('joins the partial quotes of one cue into one content', async () => {
    const text = 'Okafor called the levy “fair” and the delay “overdue” on Friday.';
    const got = await attributionsForEval(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.content!.map(([s, e]) => text.slice(s, e))).toEqual(['fair', 'overdue']);
  });
});
