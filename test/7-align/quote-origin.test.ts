// The outlet words were told to (src/7-align/quote-origin.ts): when another outlet's article says
// the words were told to an outlet whose own article is in the corpus, that article is the first
// publisher, even if the crediting article is timed earlier (a live blog's page time); a later
// article naming the outlet told credits the origin. Outlets, people and texts invented.
import { describe, expect, it } from 'vitest';
import { quoteProvenance, type ProvenanceArticle, type ProvenanceOccurrence } from '../../src/7-align/quote-provenance.js';
import { toldOutlet } from '../../src/7-align/quote-origin.js';

const Q = '"The harbour wall will not hold another winter, and the council knows it"';
const art = (id: string, outlet: string, publishedAt: string | null, text: string): ProvenanceArticle => ({ id, outlet, publishedAt, text, agencies: [] });
const ARTICLES = [
  art('blog', 'Ferrow Live', '2026-02-11T06:10:00Z', `Harbourmaster Ilka Dorne is angry. ${Q}, she told Kestrel FM this morning.`),
  art('radio', 'Kestrel FM', '2026-02-11T07:15:00Z', `${Q}, harbourmaster Ilka Dorne told Kestrel FM on Wednesday.`),
  art('wire', 'Northwind Agency', '2026-02-11T15:45:00Z', `${Q}, she told local broadcaster Kestrel FM.`),
  art('quiet', 'Sandgate Post', '2026-02-11T18:00:00Z', `${Q}, Dorne said.`),
  art('afp', 'Lowmere Daily', '2026-02-11T19:00:00Z', `${Q}, Dorne told Tidewater Radio.`),
  art('radio-day', 'Kestrel FM', '2026-02-11T00:00:00Z', `${Q}, harbourmaster Ilka Dorne told Kestrel FM.`),
];
const byId = new Map(ARTICLES.map((a) => [a.id, a]));
const CHANNEL: Record<string, string | null> = { blog: 'Kestrel FM', radio: 'Kestrel FM', wire: 'local broadcaster Kestrel FM', quiet: null, afp: 'Tidewater Radio', 'radio-day': 'Kestrel FM' };
const occ = (articleId: string): ProvenanceOccurrence => ({ articleId, lemma: 'tell', verb: 'told', speaker: 'Ilka Dorne', speakerEntityId: 'e1', channel: CHANNEL[articleId] ?? null, kind: 'direct' });

describe('quoteProvenance: the outlet the words were told to', () => {
  it.each([
    // The blog (06:10) says the words were told to Kestrel FM, whose 07:15 article is present.
    [['blog', 'radio', 'wire'], 'radio', [['blog', 'credited'], ['wire', 'credited']]],
    // Without the radio's article the blog is first; the wire names the outlet the blog says the words were told to.
    [['blog', 'wire', 'quiet'], 'blog', [['wire', 'credited'], ['quiet', 'uncredited']]],
    // Naming another outlet than the one told is no credit.
    [['blog', 'afp'], 'blog', [['afp', 'uncredited']]],
    // Without the blog: by time, as before.
    [['radio', 'wire', 'quiet'], 'radio', [['wire', 'credited'], ['quiet', 'uncredited']]],
    // The radio's own article dated by its day only is still the origin.
    [['blog', 'radio-day', 'quiet'], 'radio-day', [['blog', 'credited'], ['quiet', 'uncredited']]],
  ])('%j -> first %s, %j', (ids, first, reuse) => {
    const p = quoteProvenance(ids.map(occ), byId);
    expect(p.firstArticleId).toBe(first);
    expect(p.reuse.map((r) => [r.articleId, r.credit])).toEqual(reuse);
  });

  it.each([
    ['blog', 'Kestrel FM'],
    ['wire', 'Kestrel FM'],
    // Said to itself, to no named outlet, or where every reporter could hear.
    ['radio', null],
  ])('toldOutlet(%s) -> %s', (id, expected) => expect(toldOutlet(occ(id), byId.get(id))).toBe(expected));

  it.each([['reporters'], ['a news conference'], ['a local radio station'], ['us'], ['this newspaper']])('toldOutlet with channel "%s" -> null', (channel) => {
    expect(toldOutlet({ ...occ('blog'), channel }, byId.get('blog'))).toBeNull();
  });
});
