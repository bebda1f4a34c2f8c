// Quote provenance that sees the copies (src/7-align/quote-provenance.ts, derivations from
// src/4-derive): words in an article that copies the first publisher's article were lifted from
// it, even when the speaker said them in open court: uncredited (credited when the copy names the
// first publisher), not "heard in public". Outlets, people and texts invented.
import { describe, expect, it } from 'vitest';
import { copiedBy, quoteProvenance, type ProvenanceArticle, type ProvenanceOccurrence } from '../../src/7-align/quote-provenance.js';
import { withCopies } from '../../src/analyze/extraction.js';
import type { ReportQuote } from '../../src/report/schema.js';

const Q = '"The defendant ran the mill like a private bank"';
const art = (id: string, outlet: string, publishedAt: string, text: string): ProvenanceArticle => ({ id, outlet, publishedAt, text, agencies: [] });
const ARTICLES = [
  art('wire', 'Tarrow Wire', '2026-05-04T09:00:00Z', `Prosecutor Ada Venn opened the case in court. ${Q}, Venn said in her opening statement.`),
  // A near-copy of the wire, without credit.
  art('copy', 'Brisk Gazette', '2026-05-04T11:00:00Z', `Prosecutor Ada Venn opened the case in court. ${Q}, Venn said in her opening statement.`),
  // A near-copy that names the wire.
  art('credit', 'Holm Evening', '2026-05-04T12:00:00Z', `Prosecutor Ada Venn opened the case in court, Tarrow Wire reported. ${Q}, Venn said in her opening statement.`),
  // A copy of the copy.
  art('copy2', 'Lantern Daily', '2026-05-04T13:00:00Z', `Prosecutor Ada Venn opened the case in court. ${Q}, Venn said in her opening statement.`),
  // Its own report of the hearing: not a copy.
  art('own', 'Quay Times', '2026-05-04T14:00:00Z', `Venn addressed the court for an hour. ${Q}, she told the hearing.`),
];
const byId = new Map(ARTICLES.map((a) => [a.id, a]));
const CHANNEL: Record<string, string> = { wire: 'her opening statement', copy: 'her opening statement', credit: 'her opening statement', copy2: 'her opening statement', own: 'the hearing' };
const occ = (articleId: string): ProvenanceOccurrence => ({ articleId, lemma: 'say', verb: 'said', speaker: 'Venn', speakerEntityId: 'e1', channel: CHANNEL[articleId]!, kind: 'direct' });
const DERIVATIONS = [
  { articleId: 'copy', sourceArticleId: 'wire' },
  { articleId: 'credit', sourceArticleId: 'wire' },
  { articleId: 'copy2', sourceArticleId: 'copy' },
];

describe('quoteProvenance with the derivations', () => {
  it.each([
    // Without the derivations every reuse of words said in court is heard in public (the credited one names the wire).
    [[], [['copy', 'public'], ['credit', 'credited'], ['copy2', 'public'], ['own', 'public']]],
    // With them: the copies lifted the words (a copy of a copy too); the own report still heard them in court.
    [DERIVATIONS, [['copy', 'uncredited'], ['credit', 'credited'], ['copy2', 'uncredited'], ['own', 'public']]],
  ])('derivations %j -> %j', (derivations, reuse) => {
    const p = quoteProvenance(['wire', 'copy', 'credit', 'copy2', 'own'].map(occ), byId, derivations);
    expect(p.firstArticleId).toBe('wire');
    expect(p.reuse.map((r) => [r.articleId, r.credit])).toEqual(reuse);
  });

  it.each([
    ['copy2', ['copy', 'wire']],
    ['copy', ['wire']],
    ['wire', []],
  ])('copiedBy(%s) -> %j', (id, expected) => expect([...copiedBy(id, DERIVATIONS)].sort()).toEqual([...expected].sort()));

  it('withCopies reads a quote of a copy again, and keeps the others', () => {
    const quote = (ids: string[]) => {
      const occurrences = ids.map((id) => ({ ...occ(id), start: 0, end: 1, text: 'x', change: null })) as unknown as ReportQuote['occurrences'];
      return { id: ids.join(), text: 'x', speaker: 'Venn', speakerEntityId: 'e1', occurrences, provenance: quoteProvenance(occurrences as ProvenanceOccurrence[], byId) } as ReportQuote;
    };
    const articles = ARTICLES.map((a) => ({ ...a, title: null, byline: null, language: 'en', contentHash: a.id }));
    const [a, b] = withCopies([quote(['wire', 'copy']), quote(['wire', 'own'])], articles, DERIVATIONS as never);
    expect(a!.provenance.reuse).toEqual([{ articleId: 'copy', credit: 'uncredited' }]);
    expect(b!.provenance.reuse).toEqual([{ articleId: 'own', credit: 'public' }]);
  });
});
