// Quote provenance when a date has no time of day (src/7-align/quote-provenance.ts): such a date
// is uncertain within its day, so a small outlet dated "3 May" that credits the wire is not the
// first publisher before the wire's 14:10 copy; and words the speaker said to a rally are heard
// in public. Outlets, people and texts invented.
import { describe, expect, it } from 'vitest';
import { dayOnly, quoteProvenance, saidInPublic, type ProvenanceArticle, type ProvenanceOccurrence } from '../../src/7-align/quote-provenance.js';
import { extractionSections } from '../../src/analyze/extraction.js';
import type { AnalysisArticle } from '../../src/core/analysis.js';

const art = (id: string, outlet: string, publishedAt: string | null, text: string, more: Partial<ProvenanceArticle> = {}): ProvenanceArticle => ({ id, outlet, publishedAt, text, agencies: [], ...more });
const QUOTE = '"The ferry contract was signed in the dark, and we will open it," Odrin said.';
const byId = new Map(
  [
    art('wire', 'Pellory News Agency', '2025-05-03T14:10:00.000Z', `Odrin spoke in Caskbridge. ${QUOTE}`),
    // Dated by the day only; credits the agency twice ("the Pellory News Agency reported", "told PNA").
    art('small', 'Wexmoor Gazette', '2025-05-03T00:00:00.000Z', `Odrin accused the council, the Pellory News Agency reported. ${QUOTE} He later told PNA he had documents.`, { agencies: ['Pellory News Agency', 'PNA'] }),
    art('paper', 'Tallis Courier', '2025-05-03T18:30:00.000Z', `Odrin spoke on Saturday. ${QUOTE}`),
    // Dated by the day only, crediting no one.
    art('blog', 'Hollin Notes', '2025-05-03T00:00:00.000Z', `Odrin was angry. ${QUOTE}`),
    art('yesterday', 'Wexmoor Gazette', '2025-05-02T00:00:00.000Z', `Odrin said so before, the Pellory News Agency reported. ${QUOTE}`, { agencies: ['Pellory News Agency'] }),
    art('estimated', 'Tarrow Voice', '2025-05-03T00:00:00.000Z', `Odrin spoke. ${QUOTE}`, { dateEstimated: true, agencies: ['Pellory News Agency'] }),
  ].map((a) => [a.id, a]),
);
const said = (articleId: string, over: Partial<ProvenanceOccurrence> = {}): ProvenanceOccurrence => ({ articleId, lemma: 'say', verb: 'said', speaker: 'Odrin', speakerEntityId: 'e1', channel: null, kind: 'direct', ...over });

describe('quoteProvenance: a date with no time of day', () => {
  it('reads midnight UTC exactly, or an estimated date, as a day only', () => {
    expect([byId.get('small'), byId.get('wire'), byId.get('estimated')].map(dayOnly)).toEqual([true, false, true]);
    expect(dayOnly(art('x', 'X', null, ''))).toBe(false);
  });

  it('a day-only article that credits the agency is not first before the agency\'s timed copy of that day; the order is reported uncertain', () => {
    const p = quoteProvenance([said('small'), said('wire'), said('paper')], byId);
    expect(p.firstArticleId).toBe('wire');
    expect(p.reuse).toEqual([
      { articleId: 'small', credit: 'credited' },
      { articleId: 'paper', credit: 'uncredited' },
    ]);
    // Only the day-only article's order with the wire is unknown; the paper's 18:30 is after 14:10.
    expect(p.sameDayArticleIds).toEqual(['small']);
  });

  it('an estimated date crediting an agency is treated the same', () => {
    const p = quoteProvenance([said('estimated'), said('wire')], byId);
    expect([p.firstArticleId, p.sameDayArticleIds]).toEqual(['wire', ['estimated']]);
  });

  it('a day-only article that credits no one stays first, with every article of that day listed as uncertain', () => {
    const p = quoteProvenance([said('wire'), said('blog'), said('paper')], byId);
    expect(p.firstArticleId).toBe('blog');
    expect(p.sameDayArticleIds).toEqual(['wire', 'paper']);
    // Among two day-only articles, the one crediting no one.
    expect(quoteProvenance([said('small'), said('blog')], byId).firstArticleId).toBe('blog');
  });

  it('a day-only article of an earlier day is first: its order is certain', () => {
    const p = quoteProvenance([said('wire'), said('yesterday')], byId);
    expect([p.firstArticleId, p.sameDayArticleIds]).toEqual(['yesterday', []]);
  });

  it('when every article of the day credits another outlet, the earliest stays first', () => {
    const p = quoteProvenance([said('small'), said('estimated')], byId);
    expect(p.firstArticleId).toBe('small');
    expect(p.sameDayArticleIds).toEqual(['estimated']);
  });

  it('timed articles keep their order, with nothing uncertain', () => {
    const p = quoteProvenance([said('paper'), said('wire')], byId);
    expect([p.firstArticleId, p.sameDayArticleIds]).toEqual(['wire', []]);
  });
});

describe('quoteProvenance: words said to a rally are heard in public', () => {
  const rally = new Map(
    [
      art('wire', 'Pellory News Agency', '2025-05-03T14:10:00.000Z', `Odrin told a rally of supporters outside the council offices that he would sue. ${QUOTE}`),
      art('paper', 'Tallis Courier', '2025-05-03T18:30:00.000Z', `Odrin spoke on Saturday. ${QUOTE}`),
      art('other', 'Tallis Courier', '2025-05-03T18:30:00.000Z', `Mayor Brenna Quill told a rally of supporters that she would not resign. ${QUOTE}`),
    ].map((a) => [a.id, a]),
  );
  const at = (id: string) => rally.get(id)!.text.indexOf('"The ferry');

  it('the sentence before the words puts the speaker before a rally: later users are public, not uncredited', () => {
    expect(quoteProvenance([said('wire', { start: at('wire') }), said('paper', { start: at('paper') })], rally).reuse).toEqual([{ articleId: 'paper', credit: 'public' }]);
    // Without the offsets nothing is read from the text.
    expect(quoteProvenance([said('wire'), said('paper')], rally).reuse).toEqual([{ articleId: 'paper', credit: 'uncredited' }]);
  });

  it.each([
    ['Odrin told a rally of supporters that he would sue. ', true],
    ['Odrin told supporters at a rally in Caskbridge that he would sue. ', true],
    ['Odrin claimed at a rally in Caskbridge that the vote was rigged. ', true],
    ['He told reporters outside the court that he would sue. ', true],
    ['Odrin spoke at a news conference. ', true],
    // Someone else's rally; a name, not an occasion; no occasion at all.
    ['Mayor Brenna Quill told a rally of supporters that she would not resign. ', false],
    ['Odrin told the Caskbridge Press that he would sue. ', false],
    ['Odrin wrote to the council. ', false],
  ])('%s -> %s', (before, expected) => {
    const text = `${before}${QUOTE}`;
    expect(saidInPublic(text, text.indexOf('"The ferry'), 'Odrin')).toBe(expected);
  });

  it('reads the same paragraph only', () => {
    const text = `Odrin told a rally of supporters that he would sue.\n\n${QUOTE}`;
    expect(saidInPublic(text, text.indexOf('"The ferry'), 'Odrin')).toBe(false);
  });

  it('"told supporters at a rally" as the channel is a public occasion', () => {
    expect(quoteProvenance([said('wire', { channel: 'supporters at a rally' }), said('paper')], rally).reuse).toEqual([{ articleId: 'paper', credit: 'public' }]);
    expect(quoteProvenance([said('wire', { channel: 'a rally of supporters' }), said('paper')], rally).reuse).toEqual([{ articleId: 'paper', credit: 'public' }]);
  });
});

describe('extractionSections: quote provenance over articles', () => {
  const article = (id: string, outlet: string, publishedAt: string, text: string, agencies: string[] = []): AnalysisArticle =>
    ({ id, title: null, text, outlet, byline: null, publishedAt, language: 'en', agencies, contentHash: id }) as AnalysisArticle;
  const WIRE = article('wire', 'Pellory News Agency', '2025-05-03T14:10:00.000Z', `Councillor Jory Odrin addressed the harbour committee on Saturday.\n\nOdrin told a rally of supporters outside the council offices that he would go to court. "The ferry contract was signed in the dark, and we will open it to every taxpayer," Odrin said.`);
  const SMALL = article('small', 'Wexmoor Gazette', '2025-05-03T00:00:00.000Z', `Councillor Jory Odrin has accused the council of secrecy, the Pellory News Agency reported on Saturday.\n\n"The ferry contract was signed in the dark, and we will open it to every taxpayer," Odrin claimed.`, ['Pellory News Agency']);
  const PAPER = article('paper', 'Tallis Courier', '2025-05-03T18:30:00.000Z', `Councillor Jory Odrin went on the attack on Saturday.\n\n"The ferry contract was signed in the dark, and we will open it to every taxpayer," Odrin said.`);

  it('the wire is first, the crediting small outlet credited, the paper heard in public; the order with the day-only date uncertain', () => {
    const { quotes } = extractionSections([SMALL, PAPER, WIRE]);
    const q = quotes.find((x) => /signed in the dark/.test(x.text) && x.occurrences.length === 3)!;
    expect(q.provenance.firstArticleId).toBe('wire');
    expect(q.provenance.reuse).toEqual([
      { articleId: 'small', credit: 'credited' },
      { articleId: 'paper', credit: 'public' },
    ]);
    expect(q.provenance.sameDayArticleIds).toEqual(['small']);
  });
});
