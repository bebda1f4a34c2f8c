// An event's start or end that comes only from estimated publication dates is flagged, in the
// report, the Markdown timeline and the API's event rows.
import { describe, expect, it } from 'vitest';
import { eventEstimates, reportedDays, type DatedArticle } from '../../src/analyze/event-estimates.js';
import { analyzeArticles } from '../../src/analyze/index.js';
import { reportToMarkdown } from '../../src/report/markdown.js';
import { Report } from '../../src/report/schema.js';
import { eventRows } from '../../src/server/views.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';

const T1 = '2025-03-18T09:00:00.000Z';
const T2 = '2025-03-19T09:00:00.000Z';
const dated = (rows: Record<string, [string | null, boolean]>) => (id: string): DatedArticle | undefined => {
  const r = rows[id];
  return r && { time: r[0] === null ? null : Date.parse(r[0]), estimated: r[1] };
};

describe('eventEstimates', () => {
  const rows: Array<[string, Record<string, [string | null, boolean]>, { start: string | null; end: string | null }, object]> = [
    ['every article firm', { a: [T1, false], b: [T2, false] }, { start: T1, end: T2 }, {}],
    ['the first estimated, the last firm', { a: [T1, true], b: [T2, false] }, { start: T1, end: T2 }, { startEstimated: true }],
    ['one estimated and one firm at the same moment: firm', { a: [T1, true], b: [T1, false], c: [T2, true] }, { start: T1, end: T2 }, { endEstimated: true }],
    ['one article, estimated', { a: [T1, true] }, { start: T1, end: T1 }, { startEstimated: true, endEstimated: true }],
    ['undated', { a: [null, true] }, { start: null, end: null }, {}],
    ['an id with no date known', { a: [T1, true] }, { start: T2, end: T2 }, {}],
  ];
  it.each(rows)('%s', (_name, articles, span, expected) => {
    expect(eventEstimates({ articleIds: Object.keys(articles), ...span }, dated(articles))).toEqual(expected);
  });

  it('reads the instant, not the spelling, of an ISO date', () => {
    const dateOf = () => ({ time: Date.parse('2025-03-18T09:00:00Z'), estimated: true });
    expect(eventEstimates({ articleIds: ['a'], start: '2025-03-18T10:00:00+01:00', end: null }, dateOf)).toEqual({ startEstimated: true });
  });
});

async function corpus(): Promise<Article[]> {
  const { drafts } = await loadCorpus();
  return [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
}

describe('the report, its Markdown and the event rows', () => {
  it('flag the start of an event whose first article was dated by estimate, and nothing else', async () => {
    // (The corpus has articles dated by estimate: here every date counts as firm first.)
    const articles = (await corpus()).map((a) => ({ ...a, dateEstimated: false }));
    const firm = analyzeArticles(articles);
    expect(firm.storylines.flatMap((s) => s.events).some((e) => e.startEstimated || e.endEstimated)).toBe(false);
    expect(reportToMarkdown(firm)).not.toMatch(/^### .*\(est\.\)/m);
    // An event of several days: its first article's date becomes an estimate.
    const event = firm.storylines.flatMap((s) => s.events).find((e) => e.start && e.end && e.start !== e.end)!;
    expect(event).toBeDefined();
    const first = articles.filter((a) => event.articleIds.includes(a.id) && a.publishedAt && Date.parse(a.publishedAt) === Date.parse(event.start!));
    const marked = articles.map((a) => (first.includes(a) ? { ...a, dateEstimated: true } : a));
    const report = analyzeArticles(marked);
    expect(() => Report.parse(report)).not.toThrow();
    const flagged = report.storylines.flatMap((s) => s.events).filter((e) => e.startEstimated || e.endEstimated);
    expect(flagged.map((e) => [e.id, e.startEstimated, e.endEstimated])).toEqual([[event.id, true, undefined]]);
    const heading = reportToMarkdown(report).split('\n').find((l) => l.startsWith('### ') && l.includes('(est.)'));
    expect(heading).toContain(`${event.start!.slice(0, 10)} (est.) – ${event.end!.slice(0, 10)}:`);
    const row = eventRows(report).find((r) => r.id === event.id)!;
    expect([row.startEstimated, row.endEstimated]).toEqual([true, false]);
  });
});

describe('reportedDays: the days an event\'s articles say it happened on', () => {
  const dates: Record<string, string | null> = { a: '2025-01-14', b: '2025-01-14', c: '2025-01-15', d: '2025-01', e: null, f: '2025' };
  it.each([
    [['a', 'b', 'c'], [{ day: '2025-01-14', articleIds: ['a', 'b'] }, { day: '2025-01-15', articleIds: ['c'] }]],
    [['c', 'a'], [{ day: '2025-01-14', articleIds: ['a'] }, { day: '2025-01-15', articleIds: ['c'] }]], // a tie: the earlier day first
    [['d', 'e', 'f'], []], // a month, a year or nothing is no day
  ])('%j', (ids, expected) => expect(reportedDays(ids, (id) => dates[id])).toEqual(expected));

  it('every event of the fixture report carries its articles\' days, and only theirs', async () => {
    const { drafts } = await loadCorpus();
    const articles: Article[] = [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
    const r = analyzeArticles(articles);
    const byId = new Map(r.articles.map((a) => [a.id, a]));
    let days = 0;
    for (const e of r.storylines.flatMap((s) => s.events)) {
      for (const d of e.reportedDays) {
        expect(d.articleIds.every((id) => e.articleIds.includes(id) && byId.get(id)!.eventDate === d.day)).toBe(true);
        days++;
      }
    }
    expect(days).toBeGreaterThan(0);
    expect(reportToMarkdown(r)).toMatch(/The articles date it to \d{4}-\d{2}-\d{2} \(\d+ of \d+\)/);
  });
});
