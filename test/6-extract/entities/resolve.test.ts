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
    return r.idOf.get(`${article}#${m.entity}`)!;
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

  it('gives stable ids for the same input', () => {
    const texts = { a: 'Dana Orlov met officials in Cairo.', b: 'Orlov left Cairo.' };
    expect(resolve(texts).r.entities).toEqual(resolve(texts).r.entities);
  });
});
