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

describe('attributionsForEval, a closing "according to" around another attribution', () => {
  const show = (text: string, a: { source: [number, number] | null; cue: [number, number] | null; content: Array<[number, number]> | null }) =>
    [a.source && text.slice(...a.source), a.cue && text.slice(...a.cue), a.content?.map(([s, e]) => text.slice(s, e))];
  it('is one attribution of the outer source, the quote and the inner cue its content', async () => {
    const text = '“We are still here,” Okafor said, according to the Herald.';
    expect((await attributionsForEval(text)).map((a) => show(text, a))).toEqual([['the Herald', 'according to', ['We are still here', 'Okafor said']]]);
  });
  it('folds a report of speech into the outer source too', async () => {
    const text = 'Okafor said the levy was dead, according to the Herald.';
    expect((await attributionsForEval(text)).map((a) => show(text, a))).toEqual([['the Herald', 'according to', ['Okafor said the levy was dead']]]);
  });
});
