// Quotes grouped across articles (src/analyze/extraction.ts): the reference wording of a quote
// is its first publisher's, whatever order the articles come in.
import { describe, expect, it } from 'vitest';
import { extractionSections } from '../../src/analyze/extraction.js';
import type { AnalysisArticle } from '../../src/core/analysis.js';

const article = (id: string, outlet: string, publishedAt: string | null, text: string): AnalysisArticle =>
  ({ id, title: null, text, outlet, byline: null, publishedAt, language: 'en', agencies: [], contentHash: id }) as AnalysisArticle;

// Invented: the wire quotes the minister in full; a paper published later cuts the quote short.
const WIRE = article('wire', 'Calloway Wire', '2025-10-16T08:00:00Z', 'Minister Ilsa Varn spoke in Velmora. "Nobody will be shielded from this inquiry, not the company and not the ministry," Varn said.');
const PAPER = article('paper', 'Ashvale Post', '2025-10-16T15:00:00Z', 'The minister promised a full inquiry. Varn said "nobody will be shielded from this inquiry" at the briefing.');

describe('extractionSections: quotes', () => {
  it.each([
    ['wire first', [WIRE, PAPER]],
    ['later paper first', [PAPER, WIRE]],
  ])('keeps the first publisher\'s wording as the reference (%s)', (_, articles) => {
    const { quotes } = extractionSections(articles);
    const q = quotes.find((x) => x.occurrences.length === 2)!;
    expect(q.text).toMatch(/not the company and not the ministry/);
    const change = (id: string) => q.occurrences.find((o) => o.articleId === id)!.change;
    expect(change('wire')).toBeNull();
    expect(change('paper')).toMatchObject({ truncated: true, added: [] });
  });
});

// Invented: the wire names the commission in full; a paper of the same story only says "the
// commission"; an unrelated article in the same store speaks of its own, unnamed commission.
const NAMED = article('named', 'Calloway Wire', '2025-10-16T08:00:00Z', 'The Dunmore Electoral Commission said Marta Velin won the count in Kessel. Tomas Brask said he would appeal.');
const DESCRIBED = article('described', 'Ashvale Post', '2025-10-16T15:00:00Z', 'Marta Velin won in Kessel, the commission said. Tomas Brask said he would appeal the result.');
const ELSEWHERE = article('elsewhere', 'Ashvale Post', '2025-10-16T16:00:00Z', 'Fishing quotas in the Orrin Sea will fall next year, the commission said on Friday.');

describe('extractionSections: an organisation described by its head noun', () => {
  const { quotes, entities } = extractionSections([NAMED, DESCRIBED, ELSEWHERE]);
  const commission = entities.find((e) => e.name === 'Dunmore Electoral Commission')!;
  const speakerIn = (articleId: string) => quotes.flatMap((q) => q.occurrences).find((o) => o.articleId === articleId && /^the commission$/i.test(o.speaker ?? ''))!;

  it('is the one organisation other articles of the same story name so', () => {
    expect(commission).toBeDefined();
    expect(speakerIn('described').speakerEntityId).toBe(commission.id);
  });

  it('stays unresolved in an article of another story', () => {
    expect(speakerIn('elsewhere').speakerEntityId).toBeNull();
  });
});

// Invented: a radio station quotes the harbourmaster; a website later drops two words and swaps
// one (three edits). Another speaker's edited copy stays apart (test/6-extract/align/quote-groups.test.ts).
const RADIO = article('radio', 'Kestrel FM', '2026-02-11T07:15:00Z', 'Harbourmaster Ilka Dorne spoke at dawn. "We have pulled forty bodies from the river at Callow alone, and the regional count is simply false," Ilka Dorne told Kestrel FM.');
const SITE = article('site', 'Ferrow Today', '2026-02-11T21:00:00Z', 'Ilka Dorne disputed the count. "We have pulled forty bodies from the river at Callow, and the official count is false," Dorne said.');

describe('extractionSections: the same speaker\'s quote with several edits', () => {
  it('joins the original, with the changes, and is uncredited', () => {
    const { quotes } = extractionSections([SITE, RADIO]);
    const q = quotes.find((x) => x.occurrences.some((o) => o.articleId === 'radio'))!;
    expect(q.occurrences.map((o) => o.articleId)).toEqual(['radio', 'site']);
    expect(q.occurrences[1]!.change).toEqual({ removed: ['alone', 'regional', 'simply'], added: ['official'], truncated: false });
    expect(q.provenance.reuse).toEqual([{ articleId: 'site', credit: 'uncredited' }]);
  });
});
