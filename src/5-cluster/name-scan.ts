// Capitalised sequences ("Hall of Tides", "Qasim al-Zubaydi", "Bank of England") found by a
// hand-written scan equal to the NAME pattern below: matchAll made a match object and a string
// per name, the largest share of the stage's garbage.

/** What a name is, as a pattern (scanNames finds exactly its group-1 matches, in order): */
export const NAME = /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:of|de|al|el|bin|van|von|der|la|le|du)\s+)?\p{Lu}[\p{L}'’-]+)*)/gu;

const JOINERS = ['of', 'de', 'al', 'el', 'bin', 'van', 'von', 'der', 'la', 'le', 'du'];

const classOf = new Map<number, number>();
const UPPER = 1;
const LETTER = 2;
const NUMBER = 4;
const SPACE = 8;
/** Bit set of a code point's classes (\p{Lu}, \p{L}, \p{N}, \s), tested once per code point. */
function classes(cp: number): number {
  let c = classOf.get(cp);
  if (c === undefined) {
    const s = String.fromCodePoint(cp);
    c = (/\p{Lu}/u.test(s) ? UPPER : 0) | (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{N}/u.test(s) ? NUMBER : 0) | (/\s/u.test(s) ? SPACE : 0);
    classOf.set(cp, c);
  }
  return c;
}
const ASCII = new Uint8Array(128).map((_, cp) => {
  const s = String.fromCharCode(cp);
  return (/[A-Z]/.test(s) ? UPPER : 0) | (/[A-Za-z]/.test(s) ? LETTER : 0) | (/[0-9]/.test(s) ? NUMBER : 0) | (/\s/.test(s) ? SPACE : 0);
});
const classAt = (cp: number) => (cp < 128 ? ASCII[cp]! : classes(cp));

function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? text.codePointAt(i)! : c;
}
const isNameChar = (cp: number) => cp === 39 || cp === 0x2019 || cp === 45 || (classAt(cp) & LETTER) !== 0;

/** End of a capitalised word starting at i ("Al-Zubaydi's"), or -1: a capital and one or more name characters. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  if (i >= n) return -1;
  const first = codePointAt(text, i);
  if (!(classAt(first) & UPPER)) return -1;
  let j = i + (first > 0xffff ? 2 : 1);
  const rest = j;
  while (j < n) {
    const cp = codePointAt(text, j);
    if (!isNameChar(cp)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j > rest ? j : -1;
}

/** End of white space starting at i (i when there is none). */
function spaceEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!(classAt(cp) & SPACE)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Where the word after a joiner and its white space starts ("of " in "Bank of England"), or -1. */
function joinerEnd(text: string, i: number): number {
  for (const j of JOINERS) {
    if (text.charCodeAt(i) !== j.charCodeAt(0) || !text.startsWith(j, i)) continue;
    const after = spaceEnd(text, i + j.length);
    if (after > i + j.length) return after;
  }
  return -1;
}

/** End of the name whose first word starts at i, or -1. */
function nameEnd(text: string, i: number): number {
  let end = wordEnd(text, i);
  if (end < 0) return -1;
  for (;;) {
    const gap = spaceEnd(text, end);
    if (gap === end) return end;
    let next = wordEnd(text, gap);
    if (next < 0) {
      const after = joinerEnd(text, gap);
      if (after > 0) next = wordEnd(text, after);
    }
    if (next < 0) return end;
    end = next;
  }
}

/** Calls onName(start, end) for each name of NAME in text, in order. */
export function scanNames(text: string, onName: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  let prevSeparates = true; // a name may open the text (^)
  while (i < n) {
    const cp = codePointAt(text, i);
    const len = cp > 0xffff ? 2 : 1;
    if (prevSeparates && classAt(cp) & UPPER) {
      const end = nameEnd(text, i);
      if (end > 0) {
        onName(i, end);
        // The character after a name is never a letter; it may separate the next name ("Ab,Cd").
        i = end;
        prevSeparates = false;
        if (i < n) {
          const c = codePointAt(text, i);
          i += c > 0xffff ? 2 : 1;
          prevSeparates = !(classAt(c) & (LETTER | NUMBER));
        }
        continue;
      }
    }
    prevSeparates = !(classAt(cp) & (LETTER | NUMBER));
    i += len;
  }
}
