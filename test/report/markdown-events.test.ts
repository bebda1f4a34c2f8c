// The Markdown report's event tables: articles by publication date, undated last, and the
// article the event was opened with said to be that (it need not be the earliest).
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analyze/index.js';
import { reportToMarkdown } from '../../src/report/markdown.js';
import type { Article } from '../../src/core/types.js';
import { loadCorpus } from '../fixtures/golden.js';

describe('event tables in the Markdown report', () => {
  it('list articles by date and name the one that opened the event at most once per event', async () => {
    const { drafts } = await loadCorpus();
    const articles: Article[] = [...drafts.entries()].map(([src, d], i) => ({ ...d, source: src, id: `a${String(i).padStart(2, '0')}`, version: 1, versions: 1, ingestedAt: '2025-01-01T00:00:00Z' }));
    const report = analyzeArticles(articles);
    const lines = reportToMarkdown(report).split('\n');
    let tables = 0;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] !== '| article | published | why it belongs |') continue;
      tables++;
      const rows: string[] = [];
      for (let k = i + 2; lines[k]?.startsWith('| '); k++) rows.push(lines[k]!);
      const days = rows.map((r) => r.split(' | ')[1]!.slice(0, 10)).map((d) => (/^\d{4}-\d\d-\d\d$/.test(d) ? d : '\uffff'));
      expect(days).toEqual([...days].sort());
      expect(rows.filter((r) => r.includes('opened the event')).length).toBeLessThanOrEqual(1);
    }
    expect(tables).toBe(report.storylines.reduce((n, s) => n + s.events.length, 0));
    // Somewhere the article an event was opened with is not its earliest.
    expect(lines.some((l, i) => l.includes('opened the event') && lines[i - 1]?.startsWith('| ') && !lines[i - 1]!.startsWith('|---'))).toBe(true);
  });
});
