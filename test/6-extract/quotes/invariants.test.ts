import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractQuotes, scareQuotes, type QuoteMention, type TextSpan } from '../../../src/6-extract/quotes/index.js';

function checkSpan(text: string, span: TextSpan | null): void {
  if (!span) return;
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(span.start).toBeLessThanOrEqual(span.end);
  expect(text.slice(span.start, span.end)).toBe(span.text);
}

function checkInvariants(text: string, found: QuoteMention[]): void {
  let lastStart = -1;
  for (const [i, m] of found.entries()) {
    for (const span of [m.content, m.cue, m.speaker, m.channel]) checkSpan(text, span);
    expect(m.content.start).toBeGreaterThanOrEqual(lastStart);
    expect(m.content.end).toBeGreaterThan(m.content.start);
    expect(m.paragraphs).toBeGreaterThanOrEqual(1);
    expect((m.cue === null) === (m.verb === null)).toBe(true);
    // Contents never cross: two are apart, or a reported one lies inside a reported host with its cue.
    for (const o of found.slice(0, i)) {
      if (o.content.end <= m.content.start) continue;
      expect([o.kind, m.kind]).toEqual(['reported', 'reported']);
      expect(m.content.end).toBeLessThanOrEqual(o.content.end);
      expect(m.cue!.start).toBeGreaterThanOrEqual(o.content.start);
    }
    lastStart = m.content.start;
  }
}

// Text built from news-like words, quote characters of every kind, apostrophes and line breaks.
const pieces = [
  'said', 'told', 'according to', 'Haddad', 'the ministry', 'he', 'AFP', 'that', 'in a statement', 'on X', 'the deal',
  'was', 'dead', 'calling it', ',', '.', ':', '?', ' ', ' ', ' ', '\n', '\n\n', '"', '“', '”', '‘', '’', "'", "''", '«', '»', '„',
  "don't", 'Haddad’s', '’90s', '6\'2"', 'Mr.', 'U.S.', '—', '(', ')', 'who', 'and', 'adding', 'We will win',
];
const newsy = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(' '));

describe('invariants', () => {
  it('hold for random news-like strings', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        checkInvariants(text, extractQuotes(text));
        for (const span of scareQuotes(text)) checkSpan(text, span);
      }),
      { numRuns: 600 },
    );
  });

  it('hold for random unicode strings with quote characters', () => {
    const chars = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3 }), fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '\n', ' said ', '.'));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 120 }).map((a) => a.join('')), (text) => {
        checkInvariants(text, extractQuotes(text));
        for (const span of scareQuotes(text)) checkSpan(text, span);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes a 1 MB input full of unbalanced marks quickly', () => {
    const unit = 'He said “the deal is dead and. Officials said "no way, ‘maybe Haddad’s team said: « ok\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    const found = extractQuotes(text);
    const elapsed = performance.now() - started;
    expect(found.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(10_000);
    checkInvariants(text, found.slice(0, 2000));
  });

  // Speed is measured by `npm run bench:extract`, not here; this checks that a long article is
  // read paragraph by paragraph, each as it would be alone (nothing carries over wrongly).
  it('reads a long article as its paragraphs, each as if alone', () => {
    const paragraph = '“We will not stop,” Haddad told AFP on Friday. The deal is dead, a US official said. According to the ministry, talks will resume, she added, calling it a “pause”.\n\n';
    const one = extractQuotes(paragraph).map((m) => [m.kind, m.content.start, m.cue?.text ?? null, m.speaker?.text ?? null]);
    expect(one.length).toBeGreaterThanOrEqual(3);
    const article = paragraph.repeat(25); // about 700 words
    const all = extractQuotes(article).map((m) => [m.kind, m.content.start, m.cue?.text ?? null, m.speaker?.text ?? null]);
    const expected = Array.from({ length: 25 }, (_, i) => one.map(([k, start, cue, sp]) => [k, (start as number) + i * paragraph.length, cue, sp])).flat();
    expect(all).toEqual(expected);
  });
});
