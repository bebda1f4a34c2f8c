import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../../src/6-extract/text/sentences.js';
import { tokenize } from '../../../src/6-extract/text/tokens.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Gen. Amos Ilan arrived. He spoke.', ['Gen. Amos Ilan arrived.', 'He spoke.']],
    ['The U.S. envoy met him at 3 p.m. on Friday. Talks resumed.', ['The U.S. envoy met him at 3 p.m. on Friday.', 'Talks resumed.']],
    ['They ended at 5 p.m. Later, Mr. Haddad spoke.', ['They ended at 5 p.m.', 'Later, Mr. Haddad spoke.']],
    ['The U.S. State Department declined.', ['The U.S. State Department declined.']],
    ['J. K. Orlov was there.', ['J. K. Orlov was there.']],
    ['Prices rose 3.5 per cent! Really? Yes.', ['Prices rose 3.5 per cent!', 'Really?', 'Yes.']],
    // Copy joined without a space after a full stop; domains and dotted acronyms stay whole.
    ['Okafor said.Okafor added more.', ['Okafor said.', 'Okafor added more.']],
    ['See velmora.com or the U.S.Army page.', ['See velmora.com or the U.S.Army page.']],
    ['"We will not stop," he said. "Never."', ['"We will not stop," he said.', '"Never."']],
    ['A headline without a stop\nThe body starts here.', ['A headline without a stop', 'The body starts here.']],
    ['On Jan. 5 the council met.', ['On Jan. 5 the council met.']],
    ['', []],
  ])('%s', (text, expected) => expect(split(text)).toEqual(expected));

  it('keeps spans inside the text, ordered and trimmed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '\n', '"', 'U', 'S', '3') , maxLength: 200 }), (t) => {
        let last = 0;
        for (const s of splitSentences(t)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
    );
  });
});

describe('tokenize', () => {
  it.each([
    ["Yousef al-Haddad's office", ['Yousef', 'al-Haddad', "'s", 'office']],
    ["O'Brien met the U.S. envoy.", ["O'Brien", 'met', 'the', 'U.S.', 'envoy', '.']],
    ['"No," she said', ['"', 'No', ',', '"', 'she', 'said']],
  ])('%s', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
