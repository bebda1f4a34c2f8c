import { describe, expect, it } from 'vitest';
import { sampleTopics, sampledRows } from '../../eval/samples.js';
import type { EvalDoc } from '../../eval/types.js';

describe('sampleTopics', () => {
  const topics = Array.from({ length: 33 }, (_, i) => String(i + 1));
  it('draws k distinct topics of the list, the same for the same seed', () => {
    const a = sampleTopics(topics, 10, 1000);
    expect(new Set(a).size).toBe(10);
    for (const t of a) expect(topics).toContain(t);
    expect(sampleTopics(topics, 10, 1000)).toEqual(a);
  });
  it('differs between seeds and does not depend on the input order', () => {
    expect(sampleTopics(topics, 10, 1001)).not.toEqual(sampleTopics(topics, 10, 1000));
    expect(sampleTopics([...topics].reverse(), 10, 1000)).toEqual(sampleTopics(topics, 10, 1000));
  });
});

describe('sampledRows', () => {
  // Twelve invented topics of two documents each, every topic with its own vocabulary.
  const docs: EvalDoc[] = Array.from({ length: 24 }, (_, i) => {
    const t = Math.floor(i / 2);
    const words = `alpha${t} beta${t} gamma${t} delta${t}`;
    return { id: `d${i}`, title: words, text: `${words} ${words}.`, outlet: null, publishedAt: null, gold: { storyline: `t${t}`, event: `t${t}e` } };
  });
  it('scores a perfect system at 100 and says how many samples of how many topics', async () => {
    const perfect = async (ds: EvalDoc[]) => {
      // The blinded docs keep their text: the topic is the digit after "alpha".
      const of = (d: EvalDoc) => /alpha(\d+)/.exec(d.text)![1]!;
      return { storyline: new Map(ds.map((d) => [d.id, of(d)])), event: new Map(ds.map((d) => [d.id, of(d)])) };
    };
    const rows = await sampledRows('Toy', docs, perfect, 10, 3);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('mean of 3 samples of 10 topics');
    expect(rows[0]!.split('|').map((c) => c.trim())[7]).toBe('100.0');
  });
  it('gives no rows when there are no more topics than the sample size', async () => {
    expect(await sampledRows('Toy', docs.slice(0, 10), null, 10, 3)).toEqual([]);
  });
});
