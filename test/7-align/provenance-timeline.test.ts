import { describe, expect, it } from 'vitest';
import { names, quoteProvenance, type ProvenanceArticle } from '../../src/7-align/quote-provenance.js';
import { figureTimelines } from '../../src/7-align/figure-timeline.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';

const art = (id: string, outlet: string | null, publishedAt: string | null, text: string, agencies: string[] = []): ProvenanceArticle => ({ id, outlet, publishedAt, text, agencies });

describe('quoteProvenance', () => {
  const byId = new Map(
    [
      art('wire', 'Meridian Press Agency', '2025-03-14T08:00:00Z', 'The minister said: "We will not sign."'),
      art('credit', 'Calvaine Herald', '2025-03-14T10:00:00Z', 'The minister told MPA: "We will not sign."'),
      art('quiet', 'Kaldera Tribune', '2025-03-14T12:00:00Z', 'The minister claimed: "We will not sign."'),
      art('again', 'Meridian Press Agency', '2025-03-15T08:00:00Z', 'The minister repeated: "We will not sign."'),
      art('agency', 'Northgate Ledger', '2025-03-14T11:00:00Z', 'The minister said: "We will not sign."', ['Meridian Press Agency']),
      // The agency listed by its initials, the text naming no one.
      art('initials', 'Dunmore Post', '2025-03-14T11:30:00Z', 'The minister said: "We will not sign."', ['MPA']),
    ].map((a) => [a.id, a]),
  );
  const occ = (articleId: string, lemma: string, speakerEntityId: string | null = 'e1') => ({ articleId, lemma, verb: lemma, speaker: 'the minister', speakerEntityId });
  const p = quoteProvenance([occ('quiet', 'claim'), occ('credit', 'tell'), occ('wire', 'say'), occ('again', 'repeat'), occ('agency', 'say'), occ('initials', 'say')], byId);

  it('names the earliest article as the first publisher, whatever the input order', () => {
    expect(p.firstArticleId).toBe('wire');
    expect(p.firstOutlet).toBe('Meridian Press Agency');
  });
  it.each([
    ['credit', 'credited'],
    ['quiet', 'uncredited'],
    ['again', 'same-outlet'],
    ['agency', 'credited'],
    ['initials', 'credited'],
  ])('%s reuses it %s', (id, credit) => expect(p.reuse.find((r) => r.articleId === id)?.credit).toBe(credit));
  it('lists the verbs each outlet chose, most used first', () => {
    expect(p.verbs[0]).toEqual({ lemma: 'say', articleIds: ['wire', 'agency', 'initials'] });
    expect(p.verbs.map((v) => v.lemma).sort()).toEqual(['claim', 'repeat', 'say', 'tell']);
  });
  it('an article saying the words were said to it, without naming the first publisher, claims them firsthand', () => {
    const more = new Map([
      ...byId,
      ...[
        art('own', 'Velmora Times', '2025-03-14T13:00:00Z', 'The minister told the Velmora Times: "We will not sign."'),
        art('other', 'Dunmore Post', '2025-03-14T14:00:00Z', 'The minister told AFP: "We will not sign."'),
        art('both', 'Calloway Sound', '2025-03-14T15:00:00Z', 'The minister told Calloway Sound: "We will not sign," repeating what he said to MPA.'),
      ].map((a) => [a.id, a] as const),
    ]);
    const said = (articleId: string, channel: string | null) => ({ ...occ(articleId, 'tell'), channel });
    const reuse = quoteProvenance([said('wire', null), said('own', 'the Velmora Times'), said('other', 'AFP'), said('both', 'Calloway Sound')], more).reuse;
    expect(reuse).toEqual([
      { articleId: 'own', credit: 'firsthand' },
      { articleId: 'other', credit: 'uncredited' },
      // Naming the first publisher is a credit, whatever else the article claims.
      { articleId: 'both', credit: 'credited' },
    ]);
  });
  it('an article that reports the statement in its own words, quoting none, paraphrased it: no words lifted', () => {
    const said = (articleId: string, kind: 'direct' | 'reported') => ({ ...occ(articleId, 'say'), channel: null, kind });
    expect(quoteProvenance([said('wire', 'direct'), said('quiet', 'reported')], byId).reuse).toEqual([{ articleId: 'quiet', credit: 'paraphrased' }]);
    expect(quoteProvenance([said('wire', 'direct'), said('quiet', 'direct')], byId).reuse).toEqual([{ articleId: 'quiet', credit: 'uncredited' }]);
    // Naming the first publisher stays a credit.
    expect(quoteProvenance([said('wire', 'direct'), said('credit', 'reported')], byId).reuse).toEqual([{ articleId: 'credit', credit: 'credited' }]);
  });
  it('an undated article is put after the dated ones and listed as undated, unless the words were said to it', () => {
    const more = new Map([
      ...byId,
      ...[
        art('interview', 'Velmora Times', null, 'The minister told the Velmora Times in an interview: "We will not sign."'),
        art('nodate', 'Dunmore Post', null, 'The minister said: "We will not sign."'),
      ].map((a) => [a.id, a] as const),
    ]);
    const said = (articleId: string, channel: string | null) => ({ ...occ(articleId, 'say'), channel });
    const later = quoteProvenance([said('nodate', null), said('quiet', null)], more);
    expect([later.firstArticleId, later.undatedArticleIds]).toEqual(['quiet', ['nodate']]);
    // An undated interview is where the words first appeared: a dated article months later reused them.
    const lifted = quoteProvenance([said('quiet', null), said('interview', 'the Velmora Times')], more);
    expect([lifted.firstArticleId, lifted.reuse, lifted.undatedArticleIds]).toEqual(['interview', [{ articleId: 'quiet', credit: 'uncredited' }], ['interview']]);
    expect(p.undatedArticleIds).toEqual([]);
  });
  it('"told us" and "told this newspaper" are the outlet speaking of itself: firsthand, even without an outlet name', () => {
    const more = new Map([
      ...byId,
      ...[
        art('us', 'Velmora Times', '2025-03-14T13:00:00Z', 'The minister told us: "We will not sign."'),
        art('paper', null, '2025-03-14T14:00:00Z', 'The minister told this newspaper: "We will not sign."'),
        art('them', 'Dunmore Post', '2025-03-14T15:00:00Z', 'The minister told them: "We will not sign."'),
      ].map((a) => [a.id, a] as const),
    ]);
    const said = (articleId: string, channel: string | null) => ({ ...occ(articleId, 'tell'), channel });
    const reuse = quoteProvenance([said('wire', null), said('us', 'us'), said('paper', 'this newspaper'), said('them', 'the newspaper')], more).reuse;
    expect(reuse.map((r) => r.credit)).toEqual(['firsthand', 'firsthand', 'uncredited']);
  });
  it('words said where every reporter could hear them are not lifted by a later outlet that does not name the first', () => {
    const more = new Map([
      ...byId,
      ...[
        art('briefing', 'Velmora Times', '2025-03-14T13:00:00Z', 'The minister said at a news conference: "We will not sign."'),
        art('plain', 'Dunmore Post', '2025-03-14T14:00:00Z', 'The minister said: "We will not sign."'),
      ].map((a) => [a.id, a] as const),
    ]);
    const said = (articleId: string, channel: string | null) => ({ ...occ(articleId, 'say'), channel });
    // The first publisher heard it at a news conference: every later outlet could have.
    expect(quoteProvenance([said('wire', 'reporters'), said('plain', null)], more).reuse.map((r) => r.credit)).toEqual(['public']);
    // A later outlet saying where it was said.
    expect(quoteProvenance([said('wire', null), said('briefing', 'a news conference'), said('plain', null)], more).reuse.map((r) => r.credit)).toEqual(['public', 'uncredited']);
  });
  it('tells when the same words are credited to different speakers', () => {
    expect(p.speakerDiffers).toBe(false);
    expect(quoteProvenance([occ('wire', 'say', 'e1'), occ('quiet', 'say', 'e2')], byId).speakerDiffers).toBe(true);
    const written = (articleId: string, speaker: string) => ({ articleId, lemma: 'say', verb: 'said', speaker, speakerEntityId: null });
    expect(quoteProvenance([written('wire', 'Qasim Haddad'), written('quiet', 'Haddad'), written('credit', 'he')], byId).speakerDiffers).toBe(false);
    expect(quoteProvenance([written('wire', 'Qasim Haddad'), written('quiet', 'Liv Moreau')], byId).speakerDiffers).toBe(true);
    // A resolved speaker and an unresolved one: the same person by the last word, else another.
    const resolved = { ...written('wire', 'the Ministry of Social Affairs'), speakerEntityId: 'e-ministry' };
    expect(quoteProvenance([resolved, written('quiet', 'Aid groups')], byId).speakerDiffers).toBe(true);
    const ruiz = { ...written('wire', 'Mayor Ana Ruiz'), speakerEntityId: 'e-ruiz' };
    expect(quoteProvenance([ruiz, written('quiet', 'Ruiz'), written('credit', 'she')], byId).speakerDiffers).toBe(false);
  });
  it.each([
    ['told MPA on Friday', 'Meridian Press Agency', true],
    ['as the Meridian Press Agency reported', 'Meridian Press Agency', true],
    ['an ampa official', 'Meridian Press Agency', false],
    ['nothing here', 'The Global Dispatch', false],
    ['the Dispatch said', 'The Global Dispatch', false],
    // Protest review (Stenhov quote): an outlet named as "Brand News – Full Name" is named by either part.
    ['in an interview with state broadcaster DTV', 'DTV News – Dravik National Television', true],
    ['in an interview with Dravik National Television', 'DTV News – Dravik National Television', true],
    ['in an interview with state television', 'DTV News – Dravik National Television', false],
    ['told the paper', 'Dravik Post | The Paper of Record', false],
  ])('names(%s, %s) = %s', (text, outlet, expected) => expect(names(text, outlet)).toBe(expected));
});

describe('figureTimelines', () => {
  const occ = (articleId: string, root: string, publishedAt: string, text: string) => extractFigures(text).map((figure) => ({ articleId, root, figure, publishedAt }));
  const tl = figureTimelines([
    ...occ('mpa1', 'mpa', '2025-03-14T08:00:00Z', '40 people were killed.'),
    ...occ('mpa2', 'mpa', '2025-03-15T08:00:00Z', '52 people were killed.'),
    ...occ('voice', 'voice', '2025-03-15T09:00:00Z', '52 people were killed.'),
    ...occ('ledger', 'ledger', '2025-03-17T08:00:00Z', '40 people were killed.'),
    ...occ('herald', 'herald', '2025-03-15T12:00:00Z', '40 people were killed.'),
  ]);
  it('follows one quantity in time order', () => {
    expect(tl).toHaveLength(1);
    expect(tl[0]!.points.map((p) => p.articleId)).toEqual(['mpa1', 'mpa2', 'voice', 'herald', 'ledger']);
  });
  it('flags an old value published more than a day after a newer one, not one published the same day', () => {
    const stale = Object.fromEntries(tl[0]!.points.map((p) => [p.articleId, p.stale]));
    expect(stale).toEqual({ mpa1: false, mpa2: false, voice: false, herald: false, ledger: true });
  });
  it('flags an old value in a paper dated by its day only, the day after the newer one came out', () => {
    const day = figureTimelines([
      ...occ('wire1', 'wire', '2025-03-14T08:00:00Z', '40 people were killed.'),
      ...occ('wire2', 'wire', '2025-03-15T15:20:00Z', '52 people were killed.'),
      ...occ('radio', 'radio', '2025-03-15T16:00:00Z', '52 people were killed.'),
      // Dated 16 March, no time: out on a later day than the 52, so stale although under 24 hours after it.
      ...occ('paper', 'paper', '2025-03-16T00:00:00Z', '40 people were killed.'),
      // A timed report 20 hours later, the same grace as before.
      ...occ('site', 'site', '2025-03-16T11:20:00Z', '40 people were killed.'),
    ]);
    expect(Object.fromEntries(day[0]!.points.map((p) => [p.articleId, p.stale]))).toEqual({ wire1: false, wire2: false, radio: false, paper: true, site: false });
  });
  it('gives no timeline for a number of a thing with nothing said about what happened to it', () => {
    // A rise demanded, then a rise agreed: not one figure revised.
    expect(figureTimelines([...occ('a', 'a', '2025-09-01T08:00:00Z', 'The union wants a 9 percent pay rise.'), ...occ('b', 'b', '2025-09-13T08:00:00Z', 'The deal gives a 6.5 percent pay rise.')])).toEqual([]);
  });
  it('gives no timeline when every report agrees', () => {
    expect(figureTimelines([...occ('a', 'a', '2025-03-14T08:00:00Z', '40 people were killed.'), ...occ('b', 'b', '2025-03-19T08:00:00Z', 'At least 40 people were killed.')])).toEqual([]);
  });
});
