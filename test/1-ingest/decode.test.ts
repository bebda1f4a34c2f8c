import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, looksBinary, declaredCharset } from '../../src/1-ingest/decode.js';

const enc = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', enc('Hélène said “we will rebuild”'), 'utf-8', 'Hélène said “we will rebuild”'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Über')]), 'utf-8', 'Über'],
    ['UTF-16LE with BOM', utf16le('Flood “warning”', true), 'utf-16le', 'Flood “warning”'],
    ['UTF-16LE without BOM', utf16le('The river rose overnight.', false), 'utf-16le', 'The river rose overnight.'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0x42]), 'utf-16be', 'AB'],
    ['Windows-1252', new Uint8Array([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x20, 0x93, 0x68, 0x69, 0x94, 0x20, 0x97]), 'windows-1252', 'Hélène “hi” —'],
    ['Arabic UTF-8', enc('قال المتحدث'), 'utf-8', 'قال المتحدث'],
    ['Hebrew UTF-8', enc('אמר הדובר'), 'utf-8', 'אמר הדובר'],
  ])('%s', (_name, bytes, encoding, text) => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
  });

  it('honours a declared charset in HTML', () => {
    const bytes = new Uint8Array([...enc('<meta charset="windows-1252"><p>caf'), 0xe9, ...enc('</p>')]);
    expect(declaredCharset(bytes)).toBe('windows-1252');
    expect(decodeBytes(bytes).text).toContain('café');
  });

  it('keeps mostly-valid UTF-8 as UTF-8 and warns about the bad bytes', () => {
    const bytes = new Uint8Array([...enc('Zürich – '), 0xc3, 0x28, ...enc(' more “text”')]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Zürich');
    expect(d.warning).toMatch(/invalid UTF-8/);
  });

  it('never throws and never loses ASCII on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decodeBytes(bytes);
        expect(typeof d.text).toBe('string');
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(decodeBytes(enc(s)).text).toBe(s.startsWith('\uFEFF') ? s.slice(1) : s);
      }),
    );
  });
});

describe('looksBinary', () => {
  it.each([
    ['PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), true],
    ['text', enc('Plain words.\nMore words.'), false],
    ['UTF-16 with BOM', utf16le('Text', true), false],
    ['control bytes', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65))), true],
  ])('%s', (_n, bytes, expected) => expect(looksBinary(bytes)).toBe(expected));
});
