// Word and punctuation tokens with offsets. Names of world news keep their inner marks
// ("al-Haddad", "O'Brien", "U.S."); a possessive "'s" is split off ("Haddad's" -> "Haddad", "'s").
import type { Span } from './sentences.js';
import { classAt, LMN, runOf, skipSpace, UPPER, widthAt } from './chars.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

// TOKEN says it as a regex; tokenize scans by hand to the same tokens (a property test holds them
// equal) without a match array and a substring per token.
export const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const to = span.end;
  for (let i = skipSpace(text, span.start, to); i < to; i = skipSpace(text, i, to)) {
    const cls = classAt(text, i, to);
    const start = i;
    const dotted = cls & UPPER ? dottedCapitals(text, i, to) : i;
    if (dotted > i) i = dotted;
    else if (cls & LMN) {
      i = runOf(text, i, to, LMN);
      for (;;) {
        const c = text.charCodeAt(i);
        if (!(c === 45 || c === 39 || c === 0x2019) || !(classAt(text, i + 1, to) & LMN)) break;
        i = runOf(text, i + 1, to, LMN);
      }
    } else i += widthAt(text, i, to);
    // A possessive "'s" is a token of its own: "Haddad's" -> "Haddad", "'s".
    const q = text.charCodeAt(i - 2);
    if (i - start > 2 && (q === 39 || q === 0x2019) && text.charCodeAt(i - 1) === 115) {
      out.push({ start, end: i - 2, text: text.slice(start, i - 2) });
      out.push({ start: i - 2, end: i, text: text.slice(i - 2, i) });
    } else out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}

/** End of "U.S." / "U.N.C." from i (two or more capitals each with its full stop), or i. */
function dottedCapitals(text: string, i: number, to: number): number {
  let end = i;
  let count = 0;
  while (end < to && classAt(text, end, to) & UPPER) {
    const w = widthAt(text, end, to);
    if (end + w >= to || text.charCodeAt(end + w) !== 46) break;
    end += w + 1;
    count++;
  }
  return count >= 2 ? end : i;
}

/** "Haddad", "UN", "al-Haddad" (a lower-case particle glued to a capital). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return word.includes('-') && PARTICLE_NAME.test(word);
  return c > 127 && UPPER_START.test(word);
}
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_NAME = /^(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}/u;
