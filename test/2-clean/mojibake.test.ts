import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairMojibake } from '../../src/2-clean/mojibake.js';
import { normalizeText } from '../../src/2-clean/normalize.js';
import { decodeWindows1252 } from '../../src/1-ingest/windows-1252.js';

/** What a scraper stores when it reads UTF-8 bytes as Windows-1252. */
const garble = (s: string): string => decodeWindows1252(new TextEncoder().encode(s));

describe('repairMojibake', () => {
  it.each([
    ['Mayor FranÃ§ois Okafor', 'Mayor François Okafor'],
    ['â€œWe donâ€™t back down,â€\u009D she said', '“We don’t back down,” she said'],
    ['Ã©tÃ© 2016 â€“ Velmora', 'été 2016 – Velmora'],
    ['Ãœber die BrÃ¼cke', 'Über die Brücke'],
    // Encoded wrongly twice.
    ['FranÃƒÂ§ois', 'François'],
    // Text that only looks alike stays: Portuguese capitals, real pound signs, other scripts.
    ['NÃO é verdade', 'NÃO é verdade'],
    ['São Paulo', 'São Paulo'],
    ['Γειά σου κόσμε', 'Γειά σου κόσμε'],
    ['£5 for a ticket', '£5 for a ticket'],
    ['plain text', 'plain text'],
  ])('%s', (input, expected) => expect(repairMojibake(input)).toBe(expected));

  it('undoes any garbling of accented Latin, Greek, CJK and typographic marks', () => {
    const chars = [...'éèçñüößøåÆœ€’“”–—…αβγ日本語 abcXYZ.,'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join('')), (s) => {
      expect(repairMojibake(garble(s))).toBe(s);
    }));
  });

  it('is idempotent: a repaired text has no garbled run left', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      const once = repairMojibake(s);
      expect(repairMojibake(once)).toBe(once);
    }));
  });

  it('runs inside normalizeText, so every cleaned body and field is repaired', () => {
    expect(normalizeText('GuantÃ¡namo\u00C2\u00A0Bay')).toBe('Guantánamo Bay');
  });
});
