import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, startsWord, tokenKey } from '../../src/8-frame/match.js';

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

describe('tokenKey and startsWord, the fast paths of phrase matching', () => {
  it.each([
    ['Militants', 'militants'],
    ["O'Brien", "o'brien"],
    ['anti-war', 'anti-war'],
    ['O’Brien', "o'brien"],
    ['Asylum‐seekers', 'asylum-seekers'],
    ['ÉTAT', 'état'],
    ['12', '12'],
  ])('tokenKey(%s) = %s', (token, key) => expect(tokenKey(token)).toBe(key));

  it.each([
    ['army', true],
    ['Army', true],
    ['7th', true],
    ['’s', false],
    ["'s", false],
    ['-', false],
    ['État', true],
    ['“', false],
    ['', false],
  ])('startsWord(%s) = %s', (token, starts) => expect(startsWord(token)).toBe(starts));

  it('equal normalise and the word-start regex on any string', () => {
    const chars = fc.constantFrom('a', 'Z', '7', "'", '’', '‘', '-', '‐', '‑', ' ', '\t', '\u00a0', 'É', 'ß', '“', '.', '\u0301', 'İ');
    fc.assert(fc.property(fc.oneof(fc.string({ unit: chars }), fc.string({ unit: 'grapheme' }), fc.string()), (s) => {
      expect(tokenKey(s)).toBe(normalise(s));
      expect(startsWord(s)).toBe(WORD_START.test(s));
    }), { numRuns: 3000 });
  });
});
