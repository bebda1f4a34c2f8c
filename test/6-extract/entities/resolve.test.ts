import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/6-extract/entities/mentions.js';
import { resolveEntities } from '../../../src/6-extract/entities/resolve.js';
import { skeleton } from '../../../src/6-extract/entities/skeleton.js';

describe('skeleton: transliteration variants meet by rule', () => {
  it.each([
    ['Yousef', 'Youssef'],
    ['Yousef', 'Yusuf'],
    ['Haddad', 'Hadad'],
    ['al-Zubaydi', 'Zubaidi'],
    ['Mohammed', 'Muhammad'],
    ['Qassem', 'Kassem'],
    ['Obeida', 'Ubaida'],
  ])('%s = %s', (a, b) => expect(skeleton(a)).toBe(skeleton(b)));
  it.each([
    ['Sami', 'Sam'],
    ['Orlov', 'Orlova'],
    ['Haddad', 'Hamdan'],
  ])('%s != %s', (a, b) => expect(skeleton(a)).not.toBe(skeleton(b)));
});

function resolve(texts: Record<string, string>) {
  const arts = Object.entries(texts).map(([id, text]) => ({ id, ...extractEntities(text) }));
  const r = resolveEntities(arts);
  const idOf = (article: string, mention: string) => {
    const a = arts.find((x) => x.id === article)!;
    const m = a.mentions.find((x) => x.text === mention);
    if (!m) throw new Error(`no mention ${mention} in ${article}`);
    return r.idOf.get(article)![m.entity]!;
  };
  return { r, idOf };
}

describe('resolveEntities', () => {
  it('merges a variant spelling when the role agrees', () => {
    const { idOf } = resolve({
      a: 'Yousef Haddad, a spokesman for the ministry, said the strike killed 12.',
      b: 'Ministry spokesman Youssef Hadad said 12 people died.',
    });
    expect(idOf('a', 'Yousef Haddad')).toBe(idOf('b', 'Youssef Hadad'));
  });

  it('keeps a variant spelling apart when nothing in context agrees', () => {
    const { idOf } = resolve({
      a: 'Maria Lopez, a farmer, said the harvest failed.',
      b: 'Mario Lopez, a goalkeeper, said the match was lost.',
    });
    expect(idOf('a', 'Maria Lopez')).not.toBe(idOf('b', 'Mario Lopez'));
  });

  it('merges identical names across articles, and a lone surname with the only full name', () => {
    const { r, idOf } = resolve({ a: 'Dana Orlov said the vote was close.', b: 'Dana Orlov won.', c: 'Orlov said she would resign.' });
    expect(idOf('a', 'Dana Orlov')).toBe(idOf('b', 'Dana Orlov'));
    expect(idOf('c', 'Orlov')).toBe(idOf('a', 'Dana Orlov'));
    expect(r.entities.find((e) => e.id === idOf('a', 'Dana Orlov'))!.articleIds).toEqual(['a', 'b', 'c']);
  });

  it('merges a short first name with the full one when the surname and the context agree', () => {
    const { idOf } = resolve({
      a: 'Tomas Heddery of the Varn Valley Rescue Volunteers said 19 people had died in Saltmere.',
      b: 'Tom Heddery said the boats of the Varn Valley Rescue Volunteers were still out in Saltmere.',
      c: 'Ned Heddery of the Varn Valley Rescue Volunteers said the water was falling in Saltmere.',
      d: 'Tomasz Heddery saved a penalty in Ostby.',
    });
    expect(idOf('a', 'Tomas Heddery')).toBe(idOf('b', 'Tom Heddery'));
    expect(idOf('c', 'Ned Heddery')).not.toBe(idOf('b', 'Tom Heddery')); // not a start of the other
    expect(idOf('d', 'Tomasz Heddery')).not.toBe(idOf('b', 'Tom Heddery')); // nothing in context agrees
  });

  it('does not merge two people who share a surname', () => {
    const { idOf } = resolve({ a: 'Dana Orlov said the vote was close.', b: 'Mira Orlov, a judge, spoke.', c: 'Orlov said nothing.' });
    expect(idOf('a', 'Dana Orlov')).not.toBe(idOf('b', 'Mira Orlov'));
    expect(idOf('c', 'Orlov')).not.toBe(idOf('a', 'Dana Orlov'));
    expect(idOf('c', 'Orlov')).not.toBe(idOf('b', 'Mira Orlov'));
  });

  it('joins an acronym to the organisation whose initials it spells', () => {
    const { idOf } = resolve({ a: 'The Ashfell Liberation Front said it would respond.', b: 'The ALF denied the claim.' });
    expect(idOf('b', 'ALF')).toBe(idOf('a', 'Ashfell Liberation Front'));
  });

  // Twentieth session: general forms of one organisation or place across articles.
  it('drops a company\'s legal form, joins a lone word to the only organisation it opens, and reads "U.S." as "US"', () => {
    const { idOf } = resolve({
      a: 'Shares of Velmora Mills Inc. fell in Dunmore.',
      b: 'The board of Velmora Mills said profits rose.',
      c: 'Analysts said Velmora would cut jobs in the north.',
      d: 'Officials in the United States said the levy would stay.',
      e: 'Exports to the U.S. rose in May.',
    });
    expect(idOf('a', 'Velmora Mills Inc')).toBe(idOf('b', 'Velmora Mills'));
    expect(idOf('c', 'Velmora')).toBe(idOf('b', 'Velmora Mills'));
    expect(idOf('e', 'U.S.')).toBe(idOf('d', 'United States'));
  });

  it('names an organisation by its form most written, an acronym aside; a person by the fullest name', () => {
    const { r, idOf } = resolve({
      a: 'The Velmora Party met in Dunmore. Velmora said the vote was rigged.',
      b: 'Velmora denied it.',
      c: 'The Ashfell Liberation Front said it would respond. The ALF denied the claim. The ALF left.',
      d: 'Dana Orlov spoke. Orlov left. Orlov returned.',
    });
    const name = (id: string) => r.entities.find((e) => e.id === id)!.name;
    expect(name(idOf('b', 'Velmora'))).toBe('Velmora');
    expect(name(idOf('c', 'ALF'))).toBe('Ashfell Liberation Front');
    expect(name(idOf('d', 'Orlov'))).toBe('Dana Orlov');
  });

  it('keeps a lone word apart when two organisations open with it', () => {
    const { idOf } = resolve({ a: 'The Velmora Party board met.', b: 'The Velmora Bank board met.', c: 'Analysts said Velmora would cut jobs in the north.' });
    expect(idOf('c', 'Velmora')).not.toBe(idOf('a', 'Velmora Party'));
    expect(idOf('c', 'Velmora')).not.toBe(idOf('b', 'Velmora Bank'));
  });

  it('keeps a lone word apart from the organisation it opens when another article reads it as a place', () => {
    const { idOf, r } = resolve({
      a: 'The Ashvale Liberation Front said the talks had failed.',
      b: 'Analysts said Ashvale would suffer most from the blockade.',
      c: 'Fighting in Ashvale has driven thousands from their homes.',
    });
    expect(idOf('b', 'Ashvale')).not.toBe(idOf('a', 'Ashvale Liberation Front'));
    expect(idOf('b', 'Ashvale')).toBe(idOf('c', 'Ashvale'));
    expect(r.entities.find((e) => e.id === idOf('a', 'Ashvale Liberation Front'))!.name).toBe('Ashvale Liberation Front');
  });

  it('keeps a lone word apart from an organisation whose other words only say what kind it is', () => {
    const { idOf } = resolve({ a: 'The Calvane Red Cross said clinics had closed.', b: 'Donors said Calvane has pledged 25 million for reconstruction.' });
    expect(idOf('b', 'Calvane')).not.toBe(idOf('a', 'Calvane Red Cross'));
  });

  it('gives stable ids for the same input', () => {
    const texts = { a: 'Dana Orlov met officials in Cairo.', b: 'Orlov left Cairo.' };
    expect(resolve(texts).r.entities).toEqual(resolve(texts).r.entities);
  });
});
