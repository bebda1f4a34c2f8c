// "Detained" at a protest is an arrest; hostages and prisoners detained are held (protest review,
// finding 9: "Police said 87 people were arrested" and "the Legal Aid Centre said 140 people had
// been detained" were two quantities, each corroborated). Invented sentences.
import { describe, expect, it } from 'vitest';
import { figureKey } from '../../src/7-align/figure-key.js';
import { wordBefore, alignClaims, type AlignArticle } from '../../src/7-align/index.js';
import { extractFigures } from '../../src/6-extract/figures/index.js';
import { extractArticle } from '../../src/6-extract/index.js';

const keyOfText = (s: string) => {
  const f = extractFigures(s)[0];
  return f ? figureKey(f, wordBefore(s, f.start)) : 'no figure';
};

describe('figureKey: "detained" by its sentence', () => {
  it.each([
    ['Police detained 140 protesters near the town hall.', 'count|arrest|'],
    ['Officers detained 61 people in two nights of unrest.', 'count|arrest|'],
    ['More than 30 demonstrators were detained on Sunday.', 'count|arrest|'],
    ['Some 45 rioters have been detained since Friday.', 'count|arrest|'],
    // Captors, not police: held.
    ['The gunmen detained 12 foreigners at the border post.', 'count|hold|foreigner'],
    ['Rebels are holding 40 hostages in the hills.', 'count|hold|'],
    // No one named: the event decides (below).
    ['Some 140 people had been detained, the rights group said.', 'count|hold|'],
  ])('%s -> %s', (s, key) => expect(keyOfText(s)).toBe(key));
});

type Row = [id: string, outlet: string, publishedAt: string, text: string];
const DAY = '2026-03-04T18:00:00Z';
const claimsOf = (rows: Row[], events: string[][] = [rows.map((r) => r[0])]) => {
  const arts: AlignArticle[] = rows.map(([id, outlet, publishedAt, text]) => {
    const x = extractArticle(text, publishedAt);
    return { id, outlet, text, publishedAt, sentences: x.sentences, figures: x.figures, dates: x.dates };
  });
  return alignClaims(arts, [{ id: 's', events: events.map((articleIds, i) => ({ id: `e${i}`, articleIds })) }], []).claims;
};
const figures = (rows: Row[]) => {
  const claims = claimsOf(rows);
  return claims.filter((c) => c.eventId === 'e0' && c.kind === 'figure' && /^count\|(arrest|hold)\|/.test(c.quantity ?? '')).map((c) => `${c.quantity} ${c.status}: ${c.values.map((v) => v.text).join(' | ')}`);
};

describe('figureClaims: "people detained" in an event of arrests is the arrest count', () => {
  it('police arrests against a rights group\'s detentions: one quantity, in dispute', () => {
    expect(figures([
      ['a', 'Dorne Wire', DAY, 'Police said 64 people had been arrested in Brask since Saturday. The Brask Rights Office said 110 people had been detained.'],
      ['b', 'Brask Daily', DAY, 'Police said 64 people were arrested during the marches in Brask.'],
    ])).toEqual(['count|arrest| conflicting: 64 people | 110 people']);
  });

  it('with hostages held, a bare "detained" stays held', () => {
    expect(figures([
      ['a', 'Dorne Wire', DAY, 'Police arrested 3 suspects after the raid. The gunmen had detained 20 people, and 15 hostages are still held.'],
    ])).toEqual(['count|arrest|suspect single-source: 3 suspects', 'count|hold| single-source: 20 people | 15 hostages']);
  });

  it('without arrests, "detained" is held', () => {
    expect(figures([['a', 'Dorne Wire', DAY, 'The militia said 80 people had been detained in the camp.']])).toEqual(['count|hold| single-source: 80 people']);
  });
});

describe('over a storyline, a sayers\' dispute of one day puts only its own values in doubt', () => {
  it('the arrests of other days stay undisputed statements', () => {
    const rows: Row[] = [
      ['a', 'Dorne Wire', '2026-03-02T18:00:00Z', 'Officers detained 31 rioters in the old town overnight, police said.'],
      ['c', 'Dorne Wire', DAY, 'Police said 64 people had been arrested in Brask since Saturday. The Brask Rights Office said 110 people had been detained.'],
      ['d', 'Brask Daily', DAY, 'Police said 64 people were arrested during the marches in Brask.'],
    ];
    const claims = claimsOf(rows, [['a'], ['c', 'd']]).filter((c) => c.eventId === null);
    expect(claims.find((c) => c.quantity === 'count|arrest|')?.status).toBe('conflicting');
    const statement = (start: string) => claims.find((c) => c.kind === 'statement' && c.text.startsWith(start))?.status;
    expect(statement('Officers detained 31')).toBe('single-source');
    expect(statement('The Brask Rights Office')).toBe('conflicting');
  });
});
