import { describe, expect, it } from 'vitest';
import { REFERENTS } from '../../src/8-frame/model/referents.js';
import { BUILT_IN_VALENCES, FRAMING_WORDS, loadedLexicon, loadedWord, type LoadedWord } from '../../src/8-frame/model/loaded.js';
import { PhraseIndex } from '../../src/8-frame/match.js';
import { REFERENT_INDEX } from '../../src/8-frame/terms.js';
import { loadedTerms } from '../../src/8-frame/loaded-terms.js';

const categoryOf = (form: string): string | undefined => REFERENT_INDEX.get(form)?.referent;

describe('referent model', () => {
  it('has 6–20 terms in each category and unique labels', () => {
    for (const c of REFERENTS) {
      expect(c.terms.length, c.label).toBeGreaterThanOrEqual(6);
      expect(c.terms.length, c.label).toBeLessThanOrEqual(20);
    }
    expect(new Set(REFERENTS.map((c) => c.label)).size).toBe(REFERENTS.length);
  });

  it('writes every form lower case, trimmed, once in the whole model', () => {
    const seen = new Set<string>();
    for (const c of REFERENTS) {
      for (const spec of c.terms) {
        for (const form of spec.split('|')) {
          expect(form).toBe(form.toLowerCase().trim());
          expect(form).not.toMatch(/\s{2}/);
          expect(seen.has(form), form).toBe(false);
          seen.add(form);
        }
      }
    }
  });

  // Required vocabulary: [category, terms].
  const required: Array<[string, string[]]> = [
    ['armed group', ['militants', 'terrorists', 'fighters', 'gunmen', 'insurgents', 'rebels', 'extremists', 'jihadists', 'guerrillas', 'resistance', 'separatists', 'paramilitaries']],
    ['people held', ['hostages', 'captives', 'prisoners', 'detainees', 'abductees', 'kidnapped']],
    ['state forces', ['troops', 'soldiers', 'forces', 'army', 'military', 'regime forces', 'occupation forces', 'security forces']],
    ['violent act', ['attack', 'massacre', 'slaughter', 'strike', 'raid', 'assault', 'operation', 'bombing', 'bombardment', 'incursion', 'invasion', 'offensive']],
    ['armed conflict', ['war', 'conflict', 'fighting', 'clashes', 'hostilities', 'genocide', 'campaign']],
    ['pause in fighting', ['ceasefire', 'truce', 'pause', 'lull', 'cessation of hostilities', 'humanitarian pause']],
    ['protest', ['protesters', 'demonstrators', 'rioters', 'mob', 'activists', 'crowd']],
    ['migrants', ['migrants', 'refugees', 'asylum seekers', 'illegal immigrants', 'illegal aliens', 'undocumented immigrants', 'newcomers']],
    ['the dead', ['victims', 'casualties', 'dead', 'martyrs', 'fatalities']],
    ['striking workers', ['strikers', 'workers', 'dockers', 'pickets', 'union members', 'hardliners', 'militant dockers']],
    ['confrontation', ['riot', 'scuffle', 'police charge', 'baton charge', 'confrontation']],
    ['employer side', ['management', 'bosses', 'employers']],
    ['union leaders', ['union leaders', 'union bosses', 'shop stewards']],
  ];
  it.each(required)('%s holds its core terms', (label, terms) => {
    for (const t of terms) expect(categoryOf(t), t).toBe(label);
  });

  it('maps singular and variant forms to the lexicon form', () => {
    expect(REFERENT_INDEX.get('Militant')).toEqual({ referent: 'armed group', term: 'militants' });
    expect(REFERENT_INDEX.get('cease-fire')).toEqual({ referent: 'pause in fighting', term: 'ceasefire' });
    expect(REFERENT_INDEX.get('asylum  seeker')).toEqual({ referent: 'migrants', term: 'asylum seekers' });
  });
});

describe('loaded model', () => {
  it('holds the general framing words', () => {
    for (const w of ['so-called', 'regime', 'radical', 'notorious', 'brutal', 'heroic', 'slammed', 'blasted', 'claimed']) expect(FRAMING_WORDS).toContain(w);
  });

  const table: Array<[string, ReturnType<typeof loadedWord>]> = [
    ['so-called', { valence: null, source: 'list' }],
    ['So-Called', { valence: null, source: 'list' }],
    ['so‑called', { valence: null, source: 'list' }], // non-breaking hyphen
    ['barbaric', { valence: BUILT_IN_VALENCES['barbaric']!, source: 'list' }],
    ['table', null],
    ['', null],
  ];
  it.each(table)('loadedWord(%j)', (word, expected) => {
    expect(loadedWord(word, loadedLexicon({}))).toEqual(expected);
  });

  it('takes an AFINN-format lexicon, keeps |valence| >= 2 and lets it rate listed words', () => {
    const lexicon = loadedLexicon({ grim: -2, nice: 1, wonderful: 4, brutal: -3, 'cool stuff': 3 });
    expect(loadedWord('grim', lexicon)).toEqual({ valence: -2, source: 'afinn' });
    expect(loadedWord('nice', lexicon)).toBeNull();
    expect(loadedWord('wonderful', lexicon)).toEqual({ valence: 4, source: 'afinn' });
    expect(loadedWord('brutal', lexicon)).toEqual({ valence: -3, source: 'afinn' });
    expect(loadedWord('cool stuff', lexicon)).toEqual({ valence: 3, source: 'afinn' });
    expect(loadedWord('claimed', lexicon)).toEqual({ valence: null, source: 'list' });
  });

  it('leaves out the words that report what happened, whatever the lexicon rates them', () => {
    const lexicon = loadedLexicon({ killed: -3, missing: -2, rescued: 2, won: 3, grim: -2 });
    for (const w of ['killed', 'missing', 'rescued', 'won']) expect(loadedWord(w, lexicon)).toBeNull();
    expect(loadedWord('grim', lexicon)).toEqual({ valence: -2, source: 'afinn' });
    // The default lexicon: a death toll is no loaded word, a judgement of the operator is.
    expect(loadedWord('killed')).toBeNull();
    expect(loadedWord('negligent')).toEqual({ valence: -2, source: 'list' });
  });

  // Neutral in wire copy about a strike; partisan in a tabloid's.
  const labourTable: Array<[string, LoadedWord | null]> = [
    ['strikers', null], ['walkout', null], ['dispute', null], ['bore', null], ['riot police', null], ['riot gear', null],
    ['riot', { valence: -2, source: 'afinn' }], ['mob', { valence: null, source: 'list' }], ['union bosses', { valence: null, source: 'list' }],
    ['militant dockers', { valence: null, source: 'list' }], ['to ransom', { valence: null, source: 'list' }],
    ['blackmail', { valence: -3, source: 'afinn' }],
  ];
  it.each(labourTable)('default lexicon: loadedWord(%j)', (word, expected) => {
    expect(loadedWord(word)).toEqual(expected);
  });

  // A protest story: the neutral names of the crowd and of what the police did are not loaded;
  // the partisan names of the crowd are (protest review 4).
  const protestTable: Array<[string, LoadedWord | null]> = [
    ['protesters', null], ['protesting', null], ['fired', null], ['detained', null],
    ['thugs', { valence: null, source: 'list' }], ['yobs', { valence: null, source: 'list' }],
    ['rampage', { valence: null, source: 'list' }], ['rioters', { valence: null, source: 'list' }],
  ];
  it.each(protestTable)('default lexicon: loadedWord(%j)', (word, expected) => {
    expect(loadedWord(word)).toEqual(expected);
  });

  it('finds no loaded word in a neutral sentence of a protest story', () => {
    expect(loadedTerms('Riot cops fired tear gas at protesters and detained 12 of them.')).toEqual([]);
  });

  it('rejects a form given twice', () => {
    expect(() => new PhraseIndex([['rebels', 1], ['Rebels', 2]])).toThrow(/duplicate/);
  });
});
