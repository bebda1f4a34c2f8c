// `parallax compare` shows who gives each figure, where the text says (flood review, finding 4:
// "the report cannot show who gave which value"). Invented report rows.
import { describe, expect, it } from 'vitest';
import { comparisonToMarkdown, type Comparison } from '../../src/report/compare.js';
import type { Report } from '../../src/report/schema.js';
import { coverageMatrix } from '../../src/server/views.js';

const TEXT = 'The Ambry Mission put the number of displaced people at 6,500, far above the official figure of 2,900.';
const report = { articles: [{ id: 'a1', outlet: 'Ambry Post', text: TEXT, dateEstimated: false }], quotes: [] } as unknown as Report;
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const comparison = {
  kind: 'event', id: 'e1', title: 'Floods in Ambry', articleIds: ['a1'], start: '2026-05-12T10:00:00Z', end: '2026-05-12T10:00:00Z', reportedDays: [],
  outlets: ['Ambry Post'], articlesWithoutOutlet: [], omissions: [], framing: [], quotes: [],
  claims: [{
    id: 'c1', kind: 'figure', text: '6,500 vs 2,900', status: 'conflicting', storylineId: 's', eventId: 'e1', independentReports: 1, quantity: 'count|displace|',
    values: [
      { text: '6,500', low: 6500, high: null, articleIds: ['a1'], independentReports: 1, sayers: ['Ambry Mission'] },
      { text: '2,900', low: 2900, high: null, articleIds: ['a1'], independentReports: 1, sayers: ['officials'] },
    ],
    occurrences: [{ articleId: 'a1', ...at('6,500'), sayer: 'Ambry Mission' }, { articleId: 'a1', ...at('2,900'), sayer: 'officials' }],
  }],
  figureTimelines: [{ storylineId: 's', quantity: 'count|displace|', points: [
    { articleId: 'a1', publishedAt: '2026-05-12T10:00:00Z', text: '6,500', low: 6500, high: null, value: 0, stale: false, sayer: 'Ambry Mission' },
    { articleId: 'a1', publishedAt: '2026-05-12T10:00:00Z', text: '2,900', low: 2900, high: null, value: 1, stale: false },
  ] }],
} as unknown as Comparison;

describe('compare: who gives a figure', () => {
  const md = comparisonToMarkdown(comparison, report).split('\n');
  it('names the sayer after each value of the claim matrix', () => {
    expect(md.find((l) => l.startsWith('| people displaced'))).toContain('| 6,500 (Ambry Mission) / 2,900 (officials) |');
  });
  it('names the sayer in the figures over time, nothing when none is written', () => {
    expect(md.filter((l) => l.startsWith('- 2026-05-12'))).toEqual(['- 2026-05-12 Ambry Post: 6,500 (Ambry Mission)', '- 2026-05-12 Ambry Post: 2,900']);
  });
});

describe('web view: who gives a figure', () => {
  it('names the sayer after each value of a matrix cell, as the Markdown does', () => {
    const row = coverageMatrix(comparison, report).rows[0]!;
    expect(row.cells.map((c) => c.values)).toEqual([['6,500 (Ambry Mission)', '2,900 (officials)']]);
  });
});
