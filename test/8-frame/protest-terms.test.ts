// The words of a street protest (protest review finding 10): what the police are called, and what
// the confrontation is called, counted in an article about a protest (or a labour dispute) only.
import { describe, expect, it } from 'vitest';
import { referentTerms } from '../../src/8-frame/terms.js';
import { streetProtest } from '../../src/8-frame/model/street-protest.js';

const terms = (text: string) => referentTerms(text).map((t) => `${t.referent}:${t.term}`);

describe('referent terms of a street protest', () => {
  it.each([
    ['Riot police fired tear gas at protesters, and clashes went on into the night.',
      ['police:riot police', 'protest:protesters', 'confrontation:clashes']],
    ['Riot cops arrested 12 yobs as the rampage spread through Dravik, and protesters fled the tear gas.',
      ['police:riot cops', 'protest:yobs', 'confrontation:rampage', 'protest:protesters']],
    ['The crackdown on demonstrators deepened as riot police broke up the march in Dravik.',
      ['confrontation:crackdown', 'protest:demonstrators', 'police:riot police']],
    ['Law enforcement officers restored order after the riots, and 40 hooligans were held; demonstrators vowed to march again.',
      ['police:law enforcement', 'confrontation:riot', 'protest:hooligans', 'protest:demonstrators']],
    // No protest: police and clashes keep their war-report reading.
    ['Troops and police sealed the valley after clashes with rebels.', ['state forces:troops', 'armed conflict:clashes', 'armed group:rebels']],
  ])('%s', (text, expected) => expect(terms(text)).toEqual(expected));

  it.each([
    ['Riot police fired tear gas at protesters.', true],
    ['Thousands of demonstrators joined the march on parliament.', true],
    ['Police said the driver was arrested after the crash.', false],
    // A state broadcaster's protest without the word: rioters who loot.
    ['Security forces restored order after rioters looted shops and went on looting into the night.', true],
    ['The protest vote cost the governing party two seats.', false],
  ])('streetProtest(%j) = %s', (text, expected) => expect(streetProtest(text)).toBe(expected));
});
