// Word and punctuation tokens with offsets. Names of world news keep their inner marks
// ("al-Haddad", "O'Brien", "U.S."); a possessive "'s" is split off ("Haddad's" -> "Haddad", "'s").
import type { Span } from './sentences.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = span.start + m.index;
    const word = m[0];
    if (word.length > 2 && POSSESSIVE.test(word)) {
      out.push({ start, end: start + word.length - 2, text: word.slice(0, -2) });
      out.push({ start: start + word.length - 2, end: start + word.length, text: word.slice(-2) });
    } else out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

/** "Haddad", "UN", "al-Haddad" (a lower-case particle glued to a capital). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return word.includes('-') && PARTICLE_NAME.test(word);
  return c > 127 && UPPER.test(word);
}
const UPPER = /^\p{Lu}/u;
const PARTICLE_NAME = /^(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}/u;
