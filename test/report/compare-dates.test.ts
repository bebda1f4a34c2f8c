// `parallax compare` in Markdown marks the dates Parallax estimated: on the timeline of events
// and on each point of a figure followed over time.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analyze/index.js';
import { comparisonIndex, comparisonToMarkdown, selectComparison } from '../../src/report/compare.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';

async function corpus(estimated: (a: Article) => boolean): Promise<Article[]> {
  const { drafts } = await loadCorpus();
  return [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' })).map((a) => ({ ...a, dateEstimated: estimated(a) }));
}

describe('compare and estimated dates', () => {
  it('marks the figure points and event starts of articles dated by estimate, and no others', async () => {
    const firm = analyzeArticles(await corpus(() => false));
    const timeline = firm.figureTimelines.find((t) => t.points.length > 1 && t.points.every((p) => p.publishedAt))!;
    expect(timeline).toBeDefined();
    const storyline = firm.storylines.find((s) => s.articleIds.includes(timeline.points[0]!.articleId))!;
    const md = (r: typeof firm) => comparisonToMarkdown(selectComparison(r, storyline.id) as Exclude<ReturnType<typeof selectComparison>, { error: string }>, r);
    expect(md(firm)).not.toContain('(est.)');
    expect(comparisonIndex(firm)).not.toContain('(est.)');
    // The first point's article becomes one dated by estimate.
    const marked = timeline.points[0]!.articleId;
    const report = analyzeArticles(await corpus((a) => a.id === marked));
    const point = md(report).split('\n').find((l) => l.startsWith(`- ${timeline.points[0]!.publishedAt!.slice(0, 10)} (est.) `));
    expect(point).toBeDefined();
    expect(md(report).split('\n').filter((l) => l.startsWith('- ') && l.includes('(est.)')).length).toBe(timeline.points.filter((p) => p.articleId === marked).length);
  });
});
