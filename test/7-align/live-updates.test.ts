// A live blog's update carries its own time (flood review 12): words and figures in an update
// are dated by it, not by the page's publication. Outlets, places and people invented.
import { describe, expect, it } from 'vitest';
import { alignClaims, type AlignArticle } from '../../src/7-align/index.js';
import { quoteProvenance, type ProvenanceArticle, type ProvenanceOccurrence } from '../../src/7-align/quote-provenance.js';
import { extractArticle } from '../../src/6-extract/index.js';
import type { LiveUpdate } from '../../src/core/types.js';

/** A live blog's text from its updates (newest first), and each update's start. */
function blog(parts: Array<[string, string]>): { text: string; updates: LiveUpdate[] } {
  let text = '';
  const updates: LiveUpdate[] = [];
  for (const [at, body] of parts) {
    if (text) text += '\n\n';
    updates.push({ start: text.length, at });
    text += body;
  }
  return { text, updates };
}

describe('quote first publisher: an update is published at its own time', () => {
  const Q = '"We will not close the Hollin Bay ferry while I am harbourmaster"';
  const live = blog([
    ['2026-05-12T18:30:00Z', 'Volunteers handed out blankets in the market square of Hollin Bay.'],
    ['2026-05-12T14:20:00Z', `${Q}, harbourmaster Ilka Dorne said.`],
    ['2026-05-12T06:10:00Z', 'Good morning. The storm reached the Lorran estuary overnight.'],
  ]);
  const art = (id: string, outlet: string, publishedAt: string, text: string, updates?: LiveUpdate[]): ProvenanceArticle => ({ id, outlet, publishedAt, text, agencies: [], ...(updates ? { updates } : {}) });
  // The page is dated by its first update, 06:10; the words came at 14:20.
  const byId = new Map([
    art('blog', 'Ferrow Live', '2026-05-12T06:10:00Z', live.text, live.updates),
    art('paper', 'Sandgate Post', '2026-05-12T11:00:00Z', `${Q}, Dorne told reporters at the quay.`),
    art('late', 'Lowmere Daily', '2026-05-12T16:00:00Z', `${Q}, Dorne said.`),
  ].map((a) => [a.id, a]));
  const occ = (articleId: string): ProvenanceOccurrence => ({ articleId, lemma: 'say', verb: 'said', speaker: 'Ilka Dorne', speakerEntityId: 'e1', channel: null, kind: 'direct', start: byId.get(articleId)!.text.indexOf(Q) });

  it.each<[string[], string, string[]]>([
    // The blog's 14:20 update comes after the paper's 11:00 article, before the 16:00 one.
    [['blog', 'paper', 'late'], 'paper', ['blog', 'late']],
    [['late', 'blog'], 'blog', ['late']],
  ])('%j -> first %s, then %j', (ids, first, later) => {
    const p = quoteProvenance(ids.map(occ), byId);
    expect(p.firstArticleId).toBe(first);
    expect(p.reuse.map((r) => r.articleId)).toEqual(later);
  });
});

describe('figures over time: a figure in an update is dated by it', () => {
  const article = (id: string, outlet: string, publishedAt: string, text: string, updates?: LiveUpdate[]): AlignArticle => {
    const x = extractArticle(text, publishedAt);
    return { id, outlet, text, publishedAt, sentences: x.sentences, figures: x.figures, dates: x.dates, ...(updates ? { updates } : {}) };
  };
  // The blog's page is dated by its last update (13 May, 20:00); its 12 dead came on 11 May, before the wire's 31.
  const live = blog([
    ['2026-05-13T20:00:00Z', 'Volunteers handed out blankets in the market square of Hollin Bay.'],
    ['2026-05-11T19:00:00Z', 'At least 12 people were killed in the flooding in Hollin Bay, the coastguard said.'],
  ]);
  const articles = [
    article('wire-1', 'Northwind Agency', '2026-05-11T18:00:00Z', 'At least 12 people were killed in the flooding in Hollin Bay, the coastguard said.'),
    article('wire-2', 'Northwind Agency', '2026-05-12T18:00:00Z', 'At least 31 people were killed in the flooding in Hollin Bay, the coastguard said.'),
    article('blog', 'Ferrow Live', '2026-05-13T20:00:00Z', live.text, live.updates),
  ];
  const storylines = [{ id: 's-1', events: [{ id: 'e-1', articleIds: articles.map((a) => a.id) }] }];

  it.each<[string, boolean, LiveUpdate[] | undefined]>([
    // Given on 11 May, a day before the 31: the figure of its time, not stale.
    ['with its updates', false, live.updates],
    // Without them the 12 looks given on 13 May, after the 31 was out: stale.
    ['dated by the page', true, undefined],
  ])('the blog\'s 12, %s -> stale %s', (_n, stale, updates) => {
    const arts = articles.map((a) => (a.id === 'blog' ? { ...a, updates } : a));
    const { timelines } = alignClaims(arts, storylines, []);
    const toll = timelines.find((t) => t.quantity.startsWith('count|die'))!;
    expect(toll.points.find((p) => p.articleId === 'blog')?.stale).toBe(stale);
  });
});
