// The framing table of the Markdown report (src/report/markdown-framing.ts): an article without
// an outlet stands for itself, shown by its short id as everywhere else in the report.
import { describe, expect, it } from 'vitest';
import { framingTable, storylineFramingMarkdown } from '../../src/report/markdown-framing.js';
import type { Report } from '../../src/report/schema.js';

const ANON = 'a1b2c3d4e5f60718';
const report = {
  articles: [
    { id: ANON, outlet: null, scareQuotes: [] },
    { id: 'b0b0b0b0b0b0b0b0', outlet: 'Dunmore Herald', scareQuotes: [{ text: 'ceasefire', start: 0, end: 9 }] },
  ],
  storylines: [{ id: 's1', articleIds: [ANON, 'b0b0b0b0b0b0b0b0'] }],
  framing: [
    {
      storylineId: 's1', referent: 'armed group', entityId: null, terms: [], sentences: [],
      outlets: [{ outlet: ANON, terms: [{ term: 'militants', count: 2 }] }, { outlet: 'Dunmore Herald', terms: [{ term: 'resistance', count: 1 }] }],
    },
  ],
} as unknown as Report;

describe('framing in the Markdown report', () => {
  it('shows an article without an outlet by its short id, an outlet by its name, and the scare quotes', () => {
    const md = storylineFramingMarkdown(report, 's1');
    expect(md).toContain('| armed group | a1b2c3d4: militants (2); Dunmore Herald: resistance (1) |');
    expect(md).toContain('Scare quotes: Dunmore Herald “ceasefire”');
  });
  it('keeps names as given without a label function (compare, whose columns are the full ids)', () => {
    expect(framingTable(report.framing)[2]).toBe(`| armed group | ${ANON}: militants (2); Dunmore Herald: resistance (1) |`);
  });
  it('gives nothing for a storyline without framing rows', () => {
    expect(storylineFramingMarkdown(report, 's2')).toEqual([]);
  });
});
