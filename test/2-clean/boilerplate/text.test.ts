import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { looksLikeHeadline, splitParagraphs } from '../../../src/2-clean/boilerplate/index.js';
import { endsWithPeriod, moreWordsThan, words } from '../../../src/2-clean/boilerplate/text.js';
import { ABBREVIATIONS } from '../../../src/2-clean/boilerplate/model/abbreviations.js';

describe('splitParagraphs', () => {
  const table: [string, string, string[]][] = [
    ['blank lines', 'One.\n\nTwo.\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['blank lines with spaces', 'One.\n  \t\nTwo.', ['One.', 'Two.']],
    ['CRLF', 'One.\r\n\r\nTwo.', ['One.', 'Two.']],
    ['single lines when no blank line', 'Title\nBy Jane Roe\nLONDON — Body.', ['Title', 'By Jane Roe', 'LONDON — Body.']],
    ['one line break is kept', 'Title\nBody text.', ['Title\nBody text.']],
    ['line breaks inside a blank-line paragraph are kept', 'Caption\nCaptionJane Roe/AFP\n\nBody.', ['Caption\nCaptionJane Roe/AFP', 'Body.']],
    ['spaces and tabs collapse', '  One   two\t\tthree.  \n\n Four ', ['One two three.', 'Four']],
    ['spaces around inner line breaks go', 'One  \n  two\n\nThree', ['One\ntwo', 'Three']],
    ['empty text', '', []],
    ['only whitespace', ' \n\n \t ', []],
    ['RTL text intact', 'قال مسؤولون.\n\nאמרו גורמים.', ['قال مسؤولون.', 'אמרו גורמים.']],
  ];
  it.each(table)('%s', (_name, text, want) => {
    expect(splitParagraphs(text)).toEqual(want);
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    'Ceasefire talks resume in Cairo',
    'Strikes hit Gaza port as talks stall',
    'U.S. strikes hit port in Yemen',
    'Why the port strike matters?',
    'Port strike ends!',
    '# Port strike ends',
    '## A long markdown heading is still a heading even when it is quite long and goes on and on and on and on',
    'Talks with the U.N.',
    'Who is Jane Roe, the new minister',
    'الغارات تتواصل على الميناء',
  ])('%s -> true', (line) => {
    expect(looksLikeHeadline(line)).toBe(true);
  });
  it.each([
    'The talks resumed on Tuesday.',
    'By Jane Roe',
    'Staff Reporter',
    'LONDON (Reuters) - Talks resumed',
    'WASHINGTON — The Senate voted',
    '',
    '***',
    '2025',
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone',
    `${'x'.repeat(201)}`,
    'Line one\nline two',
  ])('%s -> false', (line) => {
    expect(looksLikeHeadline(line)).toBe(false);
  });
});

describe('moreWordsThan and endsWithPeriod: the same answers as splitting into words', () => {
  // White space of every kind \s knows, letters, quotes and full stops.
  const pieces = [' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', 'a', 'Jr', 'U.S', 'said', '.', '"', '”', '(', 'J', '😀'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));

  it.each([
    ['one two three', 2, true],
    ['one two three', 3, false],
    ['  lead\u00a0and\u3000trail  ', 2, true],
    ['', 0, false],
  ])('moreWordsThan(%j, %i) -> %s', (s, n, more) => expect(moreWordsThan(s, n)).toBe(more));

  it('moreWordsThan(s, n) is words(s).length > n', () => {
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 8 }), (s, n) => moreWordsThan(s, n) === words(s).length > n));
  });

  it('endsWithPeriod reads the last word as the split did', () => {
    const reference = (s: string) => {
      const t = s.trim().replace(/["”’'»)\]]+$/u, '');
      if (!t.endsWith('.') || t.endsWith('..')) return false;
      const bare = (words(t).at(-1) ?? '').replace(/^["“‘'«(\[]+/u, '').slice(0, -1);
      if (/^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare)) return false;
      return !ABBREVIATIONS.includes(bare.toLowerCase());
    };
    fc.assert(fc.property(text, (s) => endsWithPeriod(s) === reference(s)));
    expect(endsWithPeriod('The talks ended, he said.')).toBe(true);
    expect(endsWithPeriod('Talks with the U.S.')).toBe(false);
    expect(endsWithPeriod('Signed by Dana Orlov Jr.')).toBe(false);
    expect(endsWithPeriod('Signed by Dana Orlov\u00a0Jr.')).toBe(false);
  });
});
