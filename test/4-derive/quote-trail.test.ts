// A rewrite that paraphrases the narrative but carries the source's quotes verbatim is
// derived; an independent report sharing one or two quotes is not.
import { describe, it, expect } from 'vitest';
import { derive } from '../../src/4-derive/index.js';
import type { AnalysisArticle } from '../../src/core/analysis.js';

const art = (id: string, text: string): AnalysisArticle => ({ id, title: null, text, outlet: null, byline: null, publishedAt: null, language: 'en', agencies: [], contentHash: id });
const q1 = '“We expect the reservoir to stay below the danger mark for the rest of the week if the rain eases,”';
const q2 = '“restore drinking water to every district (and) reopen the schools”';
const q3 = '“a full inquiry into why the sluice gates were left closed during the warning period”';

const source = art('src', [
  `Engineer Tova Lindqvist said on Sunday that the Orrin dam was holding after a night of heavy rain, as crews from Halden and Brisk worked to lower the reservoir. ${q1} she said in a statement.`,
  `Officials said the priority was to ${q2}, and to repair the pumping station at Mere Point.`,
  `Residents demanded ${q3}, and the regional council agreed to meet on Tuesday.`,
].join('\n\n'));

const rewrite = art('copy', [
  `The Orrin dam held overnight, engineer Tova Lindqvist confirmed, while teams from Halden and Brisk worked to lower the reservoir after the downpour. ${q1} Lindqvist told reporters.`,
  `Authorities want to ${q2}, according to the council, which also plans repairs to the pumping station at Mere Point.`,
  `Locals are calling for ${q3}, and the regional council agreed to meet later.`,
].join('\n\n'));

const independent = art('ind', [
  `Heavy rain tested the Orrin dam again on Sunday. ${q1} said the engineer in charge, Tova Lindqvist, who has run the site since 2019.`,
  `In Brisk, shopkeepers stacked sandbags along the high street and the bakery closed early. Farmers upstream said their fields had been under water for three days.`,
  `The council has not said when the schools will reopen.`,
].join('\n\n'));

const twoQuotes = art('two', [
  `Shopkeepers in Halden stacked sandbags on Sunday. ${q1} an engineer at the Orrin site said.`,
  `The mayor's office said it hoped to ${q2} by the end of the month, though farmers doubted it.`,
].join('\n\n'));

describe('quote trail', () => {
  it('links a paraphrase that reuses three quotes and some prose', () => {
    const d = derive(rewrite, source);
    expect(d).not.toBeNull();
    expect(d!.kind).toBe('rewrite');
    expect(d!.passages.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['one shared quote', independent],
    ['two shared quotes', twoQuotes],
  ])('does not link %s', (_n, other) => expect(derive(other, source)).toBeNull());
});

describe('direction ignores estimated dates', () => {
  it('uses a declared date, but not an estimated one', () => {
    const dated = derive({ ...rewrite, publishedAt: '2025-03-02T00:00:00Z' }, { ...source, publishedAt: '2025-03-01T00:00:00Z' });
    expect(dated!.direction.basis).toBe('date');
    const estimated = derive({ ...rewrite, publishedAt: '2025-03-02T00:00:00Z', dateEstimated: true }, { ...source, publishedAt: '2025-03-01T00:00:00Z' });
    expect(estimated!.direction.basis).not.toBe('date');
  });
});
