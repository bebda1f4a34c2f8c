// Claims aligned on two threads (src/analyze/align-shared.ts): the copies thread aligns a
// storyline exactly as this thread would, each storyline is aligned by one side only, and a
// thread that fails leaves its storylines to be aligned here.
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analyze/index.js';
import { CopiesThread } from '../../src/analyze/copies-thread.js';
import { alignShared } from '../../src/analyze/align-shared.js';
import { AnalysisMemo } from '../../src/analyze/memo.js';
import { extractArticle } from '../../src/6-extract/index.js';
import { alignClaims, alignStoryline, ClaimAligner, voices, type AlignArticle, type StorylineRef } from '../../src/7-align/index.js';
import { DEFAULT_ALIGN } from '../../src/7-align/sentence-claims.js';
import { WordIds } from '../../src/7-align/sentence-vectors.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';

async function setUp() {
  const { drafts } = await loadCorpus();
  const articles: Article[] = [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
  const report = analyzeArticles(articles);
  const inputs = new Map<string, AlignArticle>(articles.map((a) => {
    const x = extractArticle(a.text, a.publishedAt);
    return [a.id, { id: a.id, outlet: a.outlet, text: a.text, publishedAt: a.publishedAt, dateEstimated: a.dateEstimated, sentences: x.sentences, figures: x.figures, dates: x.dates }];
  }));
  // More storylines than the corpus clusters into: its events, each as a storyline of its own, and the storylines themselves.
  const storylines: StorylineRef[] = [
    ...report.storylines.map((s) => ({ id: s.id, events: s.events.map((e) => ({ id: e.id, articleIds: e.articleIds })) })),
    ...report.storylines.flatMap((s) => s.events.map((e) => ({ id: `only-${e.id}`, events: [{ id: `only-${e.id}-e`, articleIds: e.articleIds }] }))),
  ];
  const derivations = report.derivations;
  return { articles, inputs, storylines, derivations };
}

const thread = new CopiesThread();
afterAll(() => thread.close());

describe('claims aligned on the copies thread', () => {
  it('the thread takes indices from the shared counter and aligns each storyline as alignStoryline does here', { timeout: 60_000 }, async () => {
    const { articles, inputs, storylines, derivations } = await setUp();
    const voice = voices(articles.map((a) => a.id), derivations, (id) => inputs.get(id)!.outlet);
    await thread.find(articles.map((a) => ({ ...a })), { derive: false });
    const next = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(next, 0, 2); // the first two are taken already (by the analysis thread)
    const there = await thread.align(storylines, next, DEFAULT_ALIGN, (id) => inputs.get(id)!, (id) => voice.get(id)!, () => 'v1');
    expect([...there.keys()].sort((x, y) => x - y)).toEqual(storylines.map((_, i) => i).slice(2));
    expect(Atomics.load(next, 0)).toBeGreaterThan(storylines.length - 1);
    const wordIds = new WordIds();
    for (const [i, x] of there) expect(x).toEqual(alignStoryline(storylines[i]!, inputs, voice, DEFAULT_ALIGN, wordIds));
    expect([...there.values()].some((x) => x.claims.some((c) => c.status === 'corroborated'))).toBe(true);
    // Nothing left to take: an empty answer.
    expect((await thread.align(storylines, next, DEFAULT_ALIGN, (id) => inputs.get(id)!, (id) => voice.get(id)!, () => 'v1')).size).toBe(0);
  });

  it('alignShared gives alignClaims\' result, keeps every storyline in the memo, and aligns here what a failed thread took', { timeout: 60_000 }, async () => {
    const { articles, inputs, storylines, derivations } = await setUp();
    const expected = alignClaims([...inputs.values()], storylines, derivations);
    await thread.find(articles.map((a) => ({ ...a })), { derive: false });
    const memo = new AnalysisMemo();
    const shared = await alignShared(new ClaimAligner([...inputs.values()], derivations, undefined, memo), storylines, thread, (id) => inputs.get(id)!, () => 'v1');
    expect(shared).toEqual(expected);
    expect(memo.count('align')).toEqual({ hits: 0, misses: storylines.length });
    // Again: every storyline is kept, none is sent.
    memo.endRun();
    memo.resetCounts();
    const again = await alignShared(new ClaimAligner([...inputs.values()], derivations, undefined, memo), storylines, thread, (id) => inputs.get(id)!, () => 'v1');
    expect(again).toEqual(expected);
    expect(memo.count('align')).toEqual({ hits: storylines.length, misses: 0 });

    // A thread that is closed answers with an error: reported, and the storylines are aligned here.
    const closed = new CopiesThread();
    await closed.find(articles.map((a) => ({ ...a })), { derive: false });
    const errors: string[] = [];
    const asked = alignShared(new ClaimAligner([...inputs.values()], derivations), storylines, closed, (id) => inputs.get(id)!, () => 'v1', (e) => errors.push(e.message));
    await closed.close();
    expect(await asked).toEqual(expected);
    expect(errors).toHaveLength(1);

    // A thread that fails on the storylines it took (here: figures it cannot read, sent to it
    // alone; this thread aligns from its own inputs): those are aligned here. This thread is
    // held up on its first storyline until the other one has taken a storyline from the shared
    // counter (not for a fixed time: on a busy machine the thread may start late). Another version
    // ('v2'): the thread keeps what it aligned above in its memo, and a storyline it had would
    // not be read again (nor fail).
    let counter: Int32Array | null = null;
    const align = thread.align.bind(thread);
    thread.align = (...args) => ((counter = args[1]), align(...args));
    class Slow extends ClaimAligner {
      private first = true;
      override storyline(s: StorylineRef, made?: Parameters<ClaimAligner['storyline']>[1]) {
        for (const until = Date.now() + 20_000; this.first && Atomics.load(counter!, 0) < 2 && Date.now() < until; );
        this.first = false;
        return super.storyline(s, made);
      }
    }
    const failures: string[] = [];
    const broken = (id: string) => ({ ...inputs.get(id)!, figures: null as never });
    const recovered = await alignShared(new Slow([...inputs.values()], derivations), storylines, thread, broken, () => 'v2', (e) => failures.push(e.message)).finally(() => delete (thread as Partial<CopiesThread>).align);
    expect(recovered).toEqual(expected);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/copies thread failed/);
  });
});
