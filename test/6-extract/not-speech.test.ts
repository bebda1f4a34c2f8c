// Acts that are no speech (src/6-extract/not-speech.ts), read through extractArticle: the
// circumstances of testifying, and a legal filing as the subject of a verb acting on something
// (trial review finding 7). Names and places invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/6-extract/index.js';

/** Each quote of the text as [speaker, cue, content]. */
const said = (t: string) => extractArticle(t, null).quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null, q.content.text]);

describe('not speech: where, for whom, under what terms one testifies', () => {
  it.each([
    ['Ilka Morrow, who is testifying under a plea agreement with the state, told the court that she shredded the ledgers.', [['Ilka Morrow', 'told', 'she shredded the ledgers']]],
    ['Morrow testified before the tribunal for two days.', []],
    ['Morrow is testifying against her former employer this week.', []],
    // Words testified stay speech.
    ['Morrow testified that she shredded the ledgers.', [['Morrow', 'testified', 'she shredded the ledgers']]],
    ['Morrow testified at the hearing that the ledgers were complete.', [['Morrow', 'testified', 'the ledgers were complete']]],
  ])('%s', (text, expected) => expect(said(text)).toEqual(expected));
});

describe('not speech: a filing that challenges or seeks something', () => {
  it.each([
    ['The appeal challenges the fraud conviction and the fine.', []],
    ['The filing challenges the legality of the search.', []],
    ['The lawsuit seeks damages of an unspecified amount.', []],
    ['The motion seeks to dismiss the charges.', []],
    // A filing that states or argues a proposition is a source.
    ['The lawsuit alleges that the company hid its losses.', [['The lawsuit', 'alleges', 'the company hid its losses']]],
    ['The appeal argues the judge misread the contract.', [['The appeal', 'argues', 'the judge misread the contract']]],
    ['The report says the port lost money.', [['The report', 'says', 'the port lost money']]],
  ])('%s', (text, expected) => expect(said(text)).toEqual(expected));
});
