// Shape tests for personal names in bylines, desk notes and photo credits.
// Sample: "Jane Roe", "JANE ROE", "Ahmed al-Masri", "J. R. Doe", "Jean-Luc O'Neill".
import { NAME_PARTICLES, NOT_NAME_SUFFIXES, NOT_NAME_WORDS } from './model/names.js';
import { MONTHS, WEEKDAYS } from './model/dates.js';
import { words } from './text.js';

const PARTICLES = new Set(NAME_PARTICLES);
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const NOT_NAME = new Set(NOT_NAME_WORDS.map((w) => w.toLowerCase()));

const CAP_TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u; // "Roe", "O'Neill", "Jean-Luc", "Jr."
const GLUED_PARTICLE = /^(?:al|el|bin|ibn|abu|ben|d)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u; // "al-Masri", "d'Alema"

/** One word of a personal name, in any casing a byline uses. */
export function isNameToken(tok: string): boolean {
  if (/\d/.test(tok)) return false;
  if (CALENDAR.has(tok.replace(/\.$/, '').toLowerCase())) return false;
  return CAP_TOKEN.test(tok) || GLUED_PARTICLE.test(tok) || PARTICLES.has(tok);
}

/** A capitalised name word that is not a particle, so it counts toward "at least a first and last name". */
export function isFullNameToken(tok: string): boolean {
  return isNameToken(tok) && !PARTICLES.has(tok) && !/^(?:\p{Lu}\.)+$/u.test(tok);
}

/**
 * A list of names: tokens are name words, separators (",", ";", "&", "and"), or words from
 * `allowLower`. "Jane Roe and John Doe in Gaza" passes with "in" allowed; "the ministry showed" fails.
 */
export function isNameList(s: string, allowLower: ReadonlySet<string>): boolean {
  const toks = words(s.replace(/[,;&]/g, ' '));
  if (toks.length === 0 || toks.length > 24) return false;
  let names = 0;
  for (const t of toks) {
    if (t === 'and') continue;
    if (isFullNameToken(t)) names++;
    else if (isNameToken(t)) continue; // particle or initial
    else if (/^\p{Lu}/u.test(t) || !allowLower.has(t)) return false; // "Friday", "2025", "showed"
  }
  return names > 0;
}

/**
 * A bare personal name, 2-4 words, none of them a kicker or place word: "Jane Roe", "Ahmed al-Masri";
 * not "Gaza City", "Live Updates", "Middle East".
 */
export function isBareName(s: string): boolean {
  const toks = words(s);
  const full = toks.filter(isFullNameToken);
  if (toks.length > 5 || full.length < 2 || full.length > 4) return false;
  return toks.every((t) => isNameToken(t) && !NOT_NAME.has(t.replace(/\.$/, '').toLowerCase()) && !NOT_NAME_SUFFIXES.test(t.toLowerCase()));
}

/** "JANE ROE AND JOHN O'NEILL" -> "Jane Roe and John O'Neill"; mixed case is left alone. */
export function titleCaseCaps(s: string, keep: ReadonlySet<string>): string {
  if (/\p{Ll}/u.test(s.replace(/\b(?:and|in|of)\b/g, ''))) return s;
  return s.replace(/[\p{L}\p{M}'’.-]+/gu, (w) => {
    if (keep.has(w)) return w;
    if (w === 'AND' || w === 'IN' || w === 'OF') return w.toLowerCase();
    if (PARTICLES.has(w.toLowerCase())) return w.toLowerCase();
    return w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  });
}
