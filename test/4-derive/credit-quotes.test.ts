import { describe, it, expect } from 'vitest';
import { aliases, creditOf, quoteSpans } from '../../src/4-derive/index.js';
import { doc } from '../3-dedupe/words.js';

const source = doc('src', 'Wire text.', { outlet: 'Vestral Press Agency' });

describe('creditOf', () => {
  it.each([
    ['"told VPA" in the text', { text: 'The governor told VPA that boats had arrived.' }, { via: 'credit', name: 'VPA' }],
    ['"VPA reported"', { text: 'More rain is forecast, VPA reported.' }, { via: 'credit', name: 'VPA' }],
    ['"according to the Vestral Press Agency"', { text: 'At least 23 died, according to the Vestral Press Agency.' }, { via: 'credit', name: 'Vestral Press Agency' }],
    ['dateline "(VPA) -"', { text: 'MERROWDALE, June 2 (VPA) - Floodwater swept...' }, { via: 'credit', name: 'VPA' }],
    ['agencies list', { text: 'No credit in the text.', agencies: ['Vestral Press Agency'] }, { via: 'credit', name: 'Vestral Press Agency' }],
    ['byline names the agency', { text: 'No credit.', byline: 'Ilse Varnholt, Vestral Press Agency' }, { via: 'byline', name: 'Vestral Press Agency' }],
    ['initials must keep their case', { text: 'The vpa reported nothing.' }, null],
    ['a mention that is no credit', { text: 'The Vestral Press Agency building was flooded.' }, null],
    ['the outlet does not credit itself', { text: 'told VPA', outlet: 'VPA' }, null],
  ])('%s', (_n, meta, expected) => {
    expect(creditOf(doc('x', meta.text, meta), source)).toEqual(expected);
  });

  it('a source without outlet or byline cannot be credited', () => {
    expect(creditOf(doc('x', 'told VPA'), doc('s', 'text'))).toBeNull();
  });

  it.each([
    ['Vestral Press Agency', ['Vestral Press Agency', 'VPA']],
    ['The Lantern Post', ['Lantern Post']],
    ['Meridian Press Agency', ['Meridian Press Agency', 'MPA']],
  ])('aliases(%s)', (name, expected) => {
    expect(aliases(name)).toEqual(expected);
  });
});

describe('quoteSpans', () => {
  it.each([
    ['straight quotes', 'He said "we will stay" today.', ['"we will stay"']],
    ['curly quotes', 'He said “we will stay” and “go”.', ['“we will stay”', '“go”']],
    ['guillemets', 'Il a dit « nous restons ».', ['« nous restons »']],
    ['German low-high', 'Er sagte „wir bleiben“ heute.', ['„wir bleiben“']],
    ['unclosed quote runs to the paragraph end only', '"We will stay, he said\n\nNext paragraph.', ['"We will stay, he said']],
    ['apostrophes are not quotes', "The rebels' spokesman didn't say", []],
  ])('%s', (_n, text, expected) => {
    expect(quoteSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
});
