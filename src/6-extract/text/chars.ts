// Unicode character classes of the tokenisers' regular expressions, read by hand-written scans
// (a regex exec allocates a match array and a string per token; the scans read offsets only).
// Each class is decided by the same /u regex the tokenisers used, once per code point, and kept
// in a table, so a scan and the regex it replaces agree on every character by construction.

/** Bits of a code point's class. */
export const LETTER = 1; // \p{L}
export const MARK = 2; // \p{M}
export const NUMBER = 4; // \p{N}
export const UPPER = 8; // \p{Lu}
export const SPACE = 16; // \s
export const LMN = LETTER | MARK | NUMBER;
export const LN = LETTER | NUMBER;

const KNOWN = 128;
const TESTS: [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\p{Lu}$/u, UPPER],
  [/^\s$/u, SPACE],
];
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function decide(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = 0;
  for (const [re, bit] of TESTS) if (re.test(ch)) bits |= bit;
  return bits;
}

/** Class bits of code point cp. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = BMP[cp]!;
    if (known !== 0) return known & ~KNOWN;
    const bits = decide(cp);
    BMP[cp] = bits | KNOWN;
    return bits;
  }
  let bits = ASTRAL.get(cp);
  if (bits === undefined) ASTRAL.set(cp, (bits = decide(cp)));
  return bits;
}

/**
 * The code point at i as a /u regex over text[0, to) sees it: a surrogate pair counts as one,
 * a lone surrogate (or a pair cut by `to`) as itself. Its width is 2 when above 0xFFFF.
 */
export function codePointAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Class bits of the character at i (0 at or past `to`). */
export function classAt(text: string, i: number, to: number): number {
  return i < to ? classOf(codePointAt(text, i, to)) : 0;
}

/** End of the run of characters from i whose class has one of `bits`, scanning no further than `to`. */
export function runOf(text: string, i: number, to: number, bits: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII letters and digits are the only ASCII members of L, M or N.
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? bits & LETTER : c >= 48 && c <= 57 ? bits & NUMBER : 0)) return i;
      i++;
      continue;
    }
    const cp = codePointAt(text, i, to);
    if (!(classOf(cp) & bits)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** First index from i (before `to`) that is not white space, or `to`. */
export function skipSpace(text: string, i: number, to: number): number {
  while (i < to && classAt(text, i, to) & SPACE) i += widthAt(text, i, to);
  return i;
}

/** Width in UTF-16 units of the code point at i. */
export function widthAt(text: string, i: number, to: number): number {
  return codePointAt(text, i, to) > 0xffff ? 2 : 1;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
