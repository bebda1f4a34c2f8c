// An invented event (a raid on the invented border town of Varnholt by the invented Kessel
// Brigade) covered by three invented outlets with opposite framing.
import { describe, expect, it } from 'vitest';
import { frameArticles, referentTerms, type FrameArticle, type FramingResult } from '../../src/8-frame/index.js';
import { loadedLexicon } from '../../src/8-frame/model/loaded.js';

const ledger1 = 'Militants from the Kessel Brigade stormed the border town of Varnholt on Sunday in a brutal terror attack. The militants seized 14 hostages, officials said. Troops sealed the valley road before dawn. Relatives of the victims gathered at the town hall.';
const ledger2 = 'The militants released two hostages on Tuesday.';
const voice = 'Resistance fighters of the Kessel Brigade carried out an operation against occupation forces in Varnholt. The fighters took 14 prisoners, among them 9 soldiers. The so-called “ceasefire” had already collapsed.';
const wire = 'Gunmen entered Varnholt early on Sunday and took 14 people captive, according to local police. The attack ended a three-week lull along the border.';

const ARTICLES: FrameArticle[] = [
  { id: 'nl-1', text: ledger1, outlet: 'Northern Ledger' },
  { id: 'fv-1', text: voice, outlet: 'Free Valley Voice' },
  { id: 'hw-1', text: wire, outlet: 'Harbor Wire' },
  { id: 'nl-2', text: ledger2, outlet: 'Northern Ledger' },
];
const TEXT = new Map(ARTICLES.map((a) => [a.id, a.text]));
// The built-in lists only, so the expectations hold whatever valence lexicon is the default.
const frame = (articles: FrameArticle[], minOutlets?: number): FramingResult => frameArticles(articles, { minOutlets, loadedLexicon: loadedLexicon({}) });

describe('frameArticles on one invented event', () => {
  const result = frame(ARTICLES);

  it('lists referent rows by number of distinct terms, then name', () => {
    expect(result.framing.map((r) => r.referent)).toEqual(['armed group', 'people held', 'state forces', 'violent act', 'pause in fighting']);
    expect(result.framing.every((r) => r.entityId === null)).toBe(true);
  });

  // [referent, per-article terms, per-outlet terms]
  const rows: Array<[string, string[], string[]]> = [
    ['armed group', ['fv-1 fighters 1', 'fv-1 resistance fighters 1', 'hw-1 gunmen 1', 'nl-1 militants 2', 'nl-2 militants 1'],
      ['Free Valley Voice: fighters 1, resistance fighters 1', 'Harbor Wire: gunmen 1', 'Northern Ledger: militants 3']],
    ['people held', ['fv-1 prisoners 1', 'hw-1 captives 1', 'nl-1 hostages 1', 'nl-2 hostages 1'],
      ['Free Valley Voice: prisoners 1', 'Harbor Wire: captives 1', 'Northern Ledger: hostages 2']],
    ['state forces', ['fv-1 occupation forces 1', 'fv-1 soldiers 1', 'nl-1 troops 1'],
      ['Free Valley Voice: occupation forces 1, soldiers 1', 'Northern Ledger: troops 1']],
    ['violent act', ['fv-1 operation 1', 'hw-1 attack 1', 'nl-1 terror attack 1'],
      ['Free Valley Voice: operation 1', 'Harbor Wire: attack 1', 'Northern Ledger: terror attack 1']],
    ['pause in fighting', ['fv-1 ceasefire 1', 'hw-1 lull 1'], ['Free Valley Voice: ceasefire 1', 'Harbor Wire: lull 1']],
  ];
  it.each(rows)('%s: terms per article and per outlet', (referent, terms, outlets) => {
    const row = result.framing.find((r) => r.referent === referent)!;
    expect(row.terms.map((t) => `${t.articleId} ${t.term} ${t.count}`)).toEqual(terms);
    expect(row.outlets.map((o) => `${o.outlet}: ${o.terms.map((t) => `${t.term} ${t.count}`).join(', ')}`)).toEqual(outlets);
  });

  it('gives the sentence of each occurrence', () => {
    const row = result.framing.find((r) => r.referent === 'people held')!;
    expect(row.sentences.map((s) => [s.articleId, s.term, TEXT.get(s.articleId)!.slice(s.start, s.end)])).toEqual([
      ['fv-1', 'prisoners', 'The fighters took 14 prisoners, among them 9 soldiers.'],
      ['hw-1', 'captives', 'Gunmen entered Varnholt early on Sunday and took 14 people captive, according to local police.'],
      ['nl-1', 'hostages', 'The militants seized 14 hostages, officials said.'],
      ['nl-2', 'hostages', ledger2],
    ]);
  });

  it('gives no row to a category one outlet uses ("victims" in the Ledger only)', () => {
    expect(result.framing.some((r) => r.referent === 'the dead')).toBe(false);
    expect(frame(ARTICLES, 1).framing.some((r) => r.referent === 'the dead')).toBe(true);
    expect(frame(ARTICLES, 3).framing.map((r) => r.referent)).toEqual(['armed group', 'people held', 'violent act']);
  });

  it('lists loaded words and scare quotes per article', () => {
    expect(result.loaded).toEqual([
      { articleId: 'fv-1', words: [{ word: 'so-called', count: 1, valence: null }] },
      { articleId: 'hw-1', words: [] },
      // "terror" inside the referent term "terror attack" still counts: the two passes are independent.
      { articleId: 'nl-1', words: [{ word: 'brutal', count: 1, valence: null }, { word: 'terror', count: 1, valence: -3 }] },
      { articleId: 'nl-2', words: [] },
    ]);
    const start = voice.indexOf('ceasefire');
    expect(result.scareQuotes).toEqual([{ articleId: 'fv-1', text: 'ceasefire', start, end: start + 'ceasefire'.length }]);
  });

  it('adds up: article counts, outlet counts, sentences and occurrences agree', () => {
    for (const row of result.framing) {
      const byArticles = row.terms.reduce((n, t) => n + t.count, 0);
      const byOutlets = row.outlets.reduce((n, o) => n + o.terms.reduce((m, t) => m + t.count, 0), 0);
      const occurrences = ARTICLES.reduce((n, a) => n + referentTerms(a.text).filter((t) => t.referent === row.referent).length, 0);
      expect(byOutlets).toBe(byArticles);
      expect(row.sentences.length).toBe(byArticles);
      expect(occurrences).toBe(byArticles);
      for (const s of row.sentences) {
        const text = TEXT.get(s.articleId)!;
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
      }
    }
  });

  it('does not depend on the input order', () => {
    expect(frame([...ARTICLES].reverse())).toEqual(result);
  });
});

describe('frameArticles edge cases', () => {
  it('counts an article without outlet as its own outlet, keyed by its id', () => {
    const r = frame([{ id: 'x', text: 'Rebels advanced.', outlet: null }, { id: 'y', text: 'Insurgents advanced.', outlet: null }]);
    expect(r.framing.map((f) => [f.referent, f.outlets.map((o) => o.outlet)])).toEqual([['armed group', ['x', 'y']]]);
  });

  it('gives no row when two articles of one outlet use a category', () => {
    const r = frame([{ id: 'a', text: 'Rebels advanced.', outlet: 'Same Desk' }, { id: 'b', text: 'Insurgents advanced.', outlet: 'Same Desk' }]);
    expect(r.framing).toEqual([]);
  });

  it("counts an outlet's own loaded words, not those inside someone's quoted words", () => {
    // The built-in lists: "brutal" (the outlet's, in scare quotes) and "slammed" (its own prose) count, not the quote's.
    const r = frame([{ id: 'a', text: '“Our brutal checks were slammed and not good enough,” Roke said. The “brutal” count went on. Critics slammed it.', outlet: 'Desk' }]);
    expect(r.loaded).toEqual([{ articleId: 'a', words: [{ word: 'brutal', count: 1, valence: null }, { word: 'slammed', count: 1, valence: null }] }]);
  });

  it('returns empty lists for no articles', () => {
    expect(frame([])).toEqual({ framing: [], loaded: [], scareQuotes: [] });
  });
});

describe('frameArticles reads each article once per version', () => {
  it('framing a grown set again equals framing it fresh; a changed text is read again', async () => {
    const { splitSentences } = await import('../../src/6-extract/text/sentences.js');
    const make = (id: string, outlet: string, text: string): FrameArticle => ({ id, outlet, text, sentences: splitSentences(text) });
    const first = [
      make('a1', 'Harbour Gazette', 'The militants seized the depot. Officials called the "ceasefire" a sham and the raid brutal.'),
      make('a2', 'Ridge Post', 'The fighters seized the depot on Monday, the ministry said.'),
    ];
    frameArticles(first);
    const grown = [...first, make('a3', 'Coastal Wire', 'Rebels held the depot; a disastrous raid, critics said.')];
    const fresh = grown.map((a) => make(a.id, a.outlet!, a.text));
    expect(frameArticles(grown)).toEqual(frameArticles(fresh));
    // Same sentence list object, other text (an article rewritten): not the kept reading.
    const rewritten = { ...first[0]!, text: 'The resistance seized the depot. Officials called the raid a sham.' };
    const again = frameArticles([rewritten, first[1]!]);
    expect(again.framing.flatMap((r) => r.terms.filter((t) => t.articleId === 'a1').map((t) => t.term))).not.toContain('militants');
    expect(again.scareQuotes.filter((q) => q.articleId === 'a1')).toEqual([]);
  });
});

// An invented dock strike in the invented port of Kessanport, covered by three invented outlets.
describe('frameArticles on a labour dispute', () => {
  const wire = 'Dockers at Kessanport ended an eleven-day walkout after the union accepted a pay offer. Riot police and strikers clashed at the gates on Monday in a brief scuffle.';
  const tabloid = 'Union bosses say militant dockers who held the port to ransom have gone back to work. The city cannot be held hostage by a handful of hardliners, the mayor said, after the mob fought riot police.';
  const brief = "Kessanport's eleven-day strike is over.";
  const articles: FrameArticle[] = [
    { id: 'w', text: wire, outlet: 'Harbor Wire' },
    { id: 't', text: tabloid, outlet: 'Daily Bugle' },
    { id: 'b', text: brief, outlet: 'Morning Brief' },
  ];
  const r = frame(articles);

  it('lists the strikers and the scuffle, not an armed group, hostages or a violent act', () => {
    // Both outlets name the riot police (protest review 10: the police of a dispute get a row).
    expect(r.framing.map((f) => f.referent)).toEqual(['striking workers', 'police']);
    const row = r.framing[0]!;
    expect(row.outlets.map((o) => `${o.outlet}: ${o.terms.map((t) => `${t.term} ${t.count}`).join(', ')}`)).toEqual([
      'Daily Bugle: hardliners 1, militant dockers 1, mob 1',
      'Harbor Wire: dockers 1, strikers 1',
    ]);
    expect(frame(articles, 1).framing.map((f) => f.referent)).toEqual(['striking workers', 'confrontation', 'police', 'union leaders']);
  });

  it('reads a short article as its storyline: the strike of a labour storyline is no violent act', () => {
    expect(frame(articles, 1).framing.some((f) => f.referent === 'violent act')).toBe(false);
    // Alone, nothing shows the labour dispute.
    expect(frame([articles[2]!], 1).framing.map((f) => f.referent)).toEqual(['violent act']);
  });
});
