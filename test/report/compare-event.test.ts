// `parallax compare EVENT` shows that event's own words and figure points, not its storyline's;
// outlets are counted as the report counts them, an article without one shown by its short id.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analyze/index.js';
import { comparisonToMarkdown, framingWithin, selectComparison, type Comparison } from '../../src/report/compare.js';
import type { Report } from '../../src/report/schema.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';

let report: Report;
beforeAll(async () => {
  const { drafts } = await loadCorpus();
  const articles: Article[] = [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
  report = analyzeArticles(articles);
});
const select = (id: string) => selectComparison(report, id) as Comparison;

describe('compare one event', () => {
  it("keeps to the event's articles in the words for things and the figures over time", () => {
    const storyline = [...report.storylines].sort((a, b) => b.events.length - a.events.length)[0]!;
    expect(storyline.events.length).toBeGreaterThan(1);
    let checked = 0;
    for (const e of storyline.events) {
      const c = select(e.id);
      const members = new Set(e.articleIds);
      for (const f of c.framing) {
        expect(f.terms.every((t) => members.has(t.articleId))).toBe(true);
        expect(f.sentences.every((s) => members.has(s.articleId))).toBe(true);
        checked += f.terms.length;
      }
      for (const t of c.figureTimelines) expect(t.points.every((p) => members.has(p.articleId))).toBe(true);
    }
    expect(checked).toBeGreaterThan(0);
    // The storyline itself keeps every article's words.
    const whole = select(storyline.id);
    expect(whole.framing.flatMap((f) => f.terms).length).toBe(report.framing.filter((f) => f.storylineId === storyline.id).flatMap((f) => f.terms).length);
  });

  it('gives the days an event and a storyline span, and the days an event\'s articles date it to', () => {
    const storyline = [...report.storylines].sort((a, b) => b.events.length - a.events.length)[0]!;
    const starts = storyline.events.map((e) => e.start).filter(Boolean).sort();
    const whole = select(storyline.id);
    expect([whole.start, whole.end]).toEqual([starts[0], storyline.events.map((e) => e.end).filter(Boolean).sort().at(-1)]);
    expect(whole.reportedDays).toEqual([]);
    for (const e of storyline.events) {
      const c = select(e.id);
      expect([c.start, c.end, c.reportedDays]).toEqual([e.start, e.end, e.reportedDays ?? []]);
      const md = comparisonToMarkdown(c, report);
      expect(md.split('\n')[2]).toMatch(e.start ? new RegExp(`^${e.start.slice(0, 10)}`) : /^undated\./);
      if (e.reportedDays?.length) expect(md).toContain(`The articles date it to ${e.reportedDays[0]!.day}`);
    }
  });

  it('counts known outlets and articles without one apart, and shows the latter by their short id', () => {
    for (const s of report.storylines) {
      const c = select(s.id);
      const md = comparisonToMarkdown(c, report);
      const byId = new Map(report.articles.map((a) => [a.id, a]));
      const known = new Set(s.articleIds.map((id) => byId.get(id)!.outlet).filter(Boolean)).size;
      const loose = s.articleIds.filter((id) => !byId.get(id)!.outlet).length;
      expect(md).toContain(`from ${known} known outlet${known === 1 ? '' : 's'}${loose ? ` (${loose} article${loose === 1 ? '' : 's'} with no outlet)` : ''}.`);
      for (const id of s.articleIds) if (!byId.get(id)!.outlet && id.length > 8) expect(md).not.toContain(id);
    }
  });

  it('lists outlet names in outlets and the articles with no outlet apart (no article id read as an outlet)', () => {
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    let loose = 0;
    for (const s of report.storylines) {
      const c = select(s.id);
      expect(c.outlets).toEqual([...new Set(s.articleIds.flatMap((id) => byId.get(id)!.outlet ?? []))]);
      expect(c.outlets.some((o) => byId.has(o))).toBe(false);
      expect(c.articlesWithoutOutlet).toEqual(s.articleIds.filter((id) => !byId.get(id)!.outlet));
      loose += c.articlesWithoutOutlet.length;
    }
    expect(loose).toBeGreaterThan(0); // the fixture corpus has articles with no outlet
  });
});

describe('framingWithin', () => {
  const row: Report['framing'][number] = {
    storylineId: 's', referent: 'armed group', entityId: null,
    terms: [{ articleId: 'a', term: 'militants', count: 2 }, { articleId: 'b', term: 'rebels', count: 1 }, { articleId: 'c', term: 'militants', count: 1 }],
    outlets: [{ outlet: 'Tribune', terms: [{ term: 'militants', count: 3 }] }, { outlet: 'Voice', terms: [{ term: 'rebels', count: 1 }] }],
    sentences: [{ articleId: 'a', term: 'militants', start: 0, end: 5 }, { articleId: 'b', term: 'rebels', start: 0, end: 5 }],
  };
  const outletOf = (id: string) => ({ a: 'Tribune', b: 'Voice', c: 'Tribune' })[id]!;
  it.each([
    [['a'], [{ outlet: 'Tribune', terms: [{ term: 'militants', count: 2 }] }], 1],
    [['a', 'b'], [{ outlet: 'Tribune', terms: [{ term: 'militants', count: 2 }] }, { outlet: 'Voice', terms: [{ term: 'rebels', count: 1 }] }], 2],
    [['a', 'c'], [{ outlet: 'Tribune', terms: [{ term: 'militants', count: 3 }] }], 1],
  ])('articles %o -> %o', (ids, outlets, sentences) => {
    const [cut] = framingWithin(row, new Set(ids), outletOf);
    expect(cut!.outlets).toEqual(outlets);
    expect(cut!.sentences).toHaveLength(sentences);
  });
  it('gives nothing when none of the articles names the referent', () => expect(framingWithin(row, new Set(['z']), outletOf)).toEqual([]));
});

describe('the claim matrix shows each outlet its own wording of a figure', () => {
  it('"Twenty-three people" under the outlet that wrote it, "23 people" under the other', async () => {
    const { cleanItem } = await import('../../src/2-clean/index.js');
    // Two independent reports (no shared passage), one figure in two wordings.
    const items = [
      { id: 'gz', outlet: 'Valley Gazette', at: '2025-10-15T10:00:00Z', text: 'Volunteers in boats reached the last flooded streets of Saltmere on Wednesday morning. Twenty-three people remain missing in the Varn valley, according to the civil protection agency. Families waited at the school in Ardle Cross for news.' },
      { id: 'cr', outlet: 'Ostrelin Courier', at: '2025-10-15T12:00:00Z', text: 'Army helicopters lifted residents from rooftops across the Varn valley as the water began to fall. The agency said 23 people remain missing after the dam failure. Power returned to parts of Saltmere by the evening.' },
    ];
    const articles: Article[] = items.map(({ id, outlet, text, at }) => {
      const r = cleanItem({ source: `${id}.json`, format: 'json', title: 'Searchers comb Varn valley villages', text, outlet, publishedAt: at });
      if (!r.ok) throw new Error(r.diagnostic.message);
      return { ...r.draft, id, version: 1, versions: 1, ingestedAt: at };
    });
    const r = analyzeArticles(articles);
    const c = selectComparison(r, r.storylines[0]!.id) as Comparison;
    const row = comparisonToMarkdown(c, r).split('\n').find((l) => l.startsWith('| people missing'))!;
    const cells = row.replace(/ \|$/, '').split(' | ');
    const at = (outlet: string) => cells[c.outlets.indexOf(outlet) + 2];
    // Each with the source its outlet names for it.
    expect([at('Valley Gazette'), at('Ostrelin Courier')]).toEqual(['Twenty-three people (the civil protection agency)', '23 people (the agency)']);
  });
});
