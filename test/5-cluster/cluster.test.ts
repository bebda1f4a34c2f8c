import { describe, it, expect } from 'vitest';
import { clusterArticles } from '../../src/5-cluster/index.js';
import { stem } from '../../src/5-cluster/stem.js';
import { countsOf, extractFeatures } from '../../src/5-cluster/features.js';
import type { AnalysisArticle } from '../../src/core/analysis.js';

const art = (id: string, publishedAt: string | null, title: string, text: string): AnalysisArticle => ({ id, title, text, outlet: null, byline: null, publishedAt, language: 'en', agencies: [], contentHash: id });

// Invented: the Tamsin river floods Riverton twice (March, October); a football transfer saga.
const corpus: AnalysisArticle[] = [
  art('f1', '2025-03-03T08:00:00Z', 'Tamsin river bursts levee in Riverton', 'The Tamsin river burst a levee in Riverton overnight, flooding homes. Mayor Ilse Marrow said rescue boats evacuated families from the flooded streets as the levee breach widened.'),
  art('t1', '2025-03-03T09:00:00Z', 'Harbour United bid for striker Joren Vale', 'Harbour United made a transfer bid for striker Joren Vale, the club confirmed. Vale scored goals for Kestrel Athletic and the transfer fee could break the club record.'),
  art('f2', '2025-03-04T10:00:00Z', 'Riverton levee breach: families evacuated', 'Families in Riverton were evacuated by rescue boats after the Tamsin levee breach. Mayor Ilse Marrow said the flooded district would stay closed while engineers inspect the levee.'),
  art('t2', '2025-03-05T10:00:00Z', 'Joren Vale transfer to Harbour United agreed', 'Kestrel Athletic accepted the transfer bid from Harbour United for striker Joren Vale. The fee is a club record, and Vale will sign a contract with the club this week.'),
  art('f3', '2025-10-20T07:00:00Z', 'Tamsin floods Riverton again as storm Odile hits', 'Storm Odile sent the Tamsin river over its banks and flooded Riverton again. Engineer Pilar de Vries said the rebuilt levee held but water rose through drains; families were evacuated from the flooded streets.'),
  art('f4', '2025-10-21T07:00:00Z', 'Storm Odile: Riverton flooded, levee holds', 'After storm Odile, rescue boats moved families out of flooded Riverton. Pilar de Vries, the engineer, said the Tamsin levee held this time and the flooding came through the drains.'),
];

describe('clusterArticles', () => {
  const storylines = clusterArticles(corpus);

  it('storylines partition the articles, and events partition each storyline', () => {
    const all = storylines.flatMap((s) => s.articleIds).sort();
    expect(all).toEqual(corpus.map((a) => a.id).sort());
    for (const s of storylines) expect(s.events.flatMap((e) => e.articleIds).sort()).toEqual([...s.articleIds].sort());
  });

  it('puts the floods in one storyline and the transfer in another', () => {
    const of = (id: string) => storylines.find((s) => s.articleIds.includes(id))!.id;
    expect(of('f1')).toBe(of('f2'));
    expect(of('f1')).toBe(of('f4'));
    expect(of('t1')).toBe(of('t2'));
    expect(of('t1')).not.toBe(of('f1'));
  });

  it('separates the March and October floods into two events of the flood storyline', () => {
    const flood = storylines.find((s) => s.articleIds.includes('f1'))!;
    const ev = (id: string) => flood.events.find((e) => e.articleIds.includes(id))!;
    expect(ev('f1').id).toBe(ev('f2').id);
    expect(ev('f3').id).toBe(ev('f4').id);
    expect(ev('f1').id).not.toBe(ev('f3').id);
    expect(ev('f1')).toMatchObject({ start: '2025-03-03T08:00:00.000Z', end: '2025-03-04T10:00:00.000Z' });
  });

  it('explains each membership with shared terms and names, and the article matched', () => {
    const flood = storylines.find((s) => s.articleIds.includes('f1'))!;
    const why = flood.events.flatMap((e) => e.why).find((w) => w.articleId === 'f2')!;
    expect(why.matched).toBe('f1');
    expect(why.score).toBeGreaterThan(0);
    expect(why.names.some((n) => n.includes('marrow'))).toBe(true);
    expect(why.terms).toEqual(expect.arrayContaining(['levee']));
    const first = flood.events.flatMap((e) => e.why).find((w) => w.articleId === 'f1')!;
    expect(first).toMatchObject({ matched: null, score: 0 });
  });

  it('explains why each event is in its storyline', () => {
    for (const s of storylines) {
      const vias = s.events.map((e) => e.storylineWhy.via);
      expect(vias.filter((v) => v === 'first').length).toBeLessThanOrEqual(1);
      for (const e of s.events) {
        if (e.storylineWhy.via === 'first') continue;
        expect(e.storylineWhy.score).toBeGreaterThan(0);
        expect(e.storylineWhy.terms.length + e.storylineWhy.names.length).toBeGreaterThan(0);
      }
    }
    const flood = storylines.find((s) => s.articleIds.includes('f1'))!;
    const october = flood.events.find((e) => e.articleIds.includes('f3'))!;
    expect(october.storylineWhy.via).not.toBe('first');
    expect([...october.storylineWhy.terms, ...october.storylineWhy.names].join(' ')).toMatch(/levee|tamsin|riverton|flood/);
  });

  it('is deterministic for the same input order', () => {
    expect(clusterArticles(corpus)).toEqual(storylines);
  });

  it('adding an article keeps the earlier grouping and ids', () => {
    const more = clusterArticles([...corpus, art('t3', '2025-03-06T10:00:00Z', 'Vale signs for Harbour United', 'Striker Joren Vale signed his contract with Harbour United after the record transfer from Kestrel Athletic.')]);
    const groups = (ss: typeof storylines) => ss.map((s) => s.articleIds.filter((id) => id !== 't3').join(',')).filter(Boolean).sort();
    expect(groups(more)).toEqual(groups(storylines));
    expect(more.map((s) => s.id).sort()).toEqual(storylines.map((s) => s.id).sort());
    expect(more.find((s) => s.articleIds.includes('t1'))!.articleIds).toContain('t3');
  });
});

describe('features', () => {
  it.each([
    ['talks', 'talk'], ['talked', 'talk'], ['talking', 'talk'], ['stopped', 'stop'], ['cities', 'city'], ['news', 'news'], ['crisis', 'crisis'], ['press', 'press'],
  ])('stem(%s) = %s', (w, s) => expect(stem(w)).toBe(s));

  it('reads names from the body, not from a Title Case headline', () => {
    const f = countsOf(extractFeatures('Mayor Says Levee Will Hold', 'Officials met on Monday. The mayor, Ilse Marrow, said the Tamsin levee held.'));
    expect(f.has('n:ilse marrow')).toBe(true);
    expect(f.has('n:marrow')).toBe(true);
    expect(f.has('n:mayor says levee will hold')).toBe(false);
    expect(f.has('n:officials')).toBe(false); // sentence-initial capital
  });
});

describe('ClusterSession (incremental)', () => {
  it('takes batches; an article already added is not added twice', async () => {
    const { ClusterSession } = await import('../../src/5-cluster/index.js');
    const s = new ClusterSession();
    s.add(corpus.slice(0, 3)).add(corpus.slice(3)).add(corpus.slice(0, 2));
    expect(s.size).toBe(corpus.length);
    const all = s.storylines().flatMap((x) => x.articleIds).sort();
    expect(all).toEqual(corpus.map((a) => a.id).sort());
    const of = (id: string) => s.storylines().find((x) => x.articleIds.includes(id))!.id;
    expect(of('t1')).toBe(of('t2'));
    expect(of('f1')).not.toBe(of('t1'));
  });

  it('reports event spans that cover their members, after refinement and merges', () => {
    for (const s of clusterArticles(corpus)) {
      for (const e of s.events) {
        const times = e.articleIds.map((id) => Date.parse(corpus.find((a) => a.id === id)!.publishedAt!));
        expect(Date.parse(e.start!)).toBe(Math.min(...times));
        expect(Date.parse(e.end!)).toBe(Math.max(...times));
      }
    }
  });
});
