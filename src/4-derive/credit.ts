// Does one article credit another's outlet? Sample: the copy says "told MPA" or lists
// "Meridian Press Agency" among its agencies, and the source's outlet is "Meridian Press Agency".
import type { AnalysisArticle } from '../core/analysis.js';
import { CREDIT_AFTER, CREDIT_BEFORE, NAME_PREFIX } from './model/credit-cues.js';

export interface Credit {
  via: 'credit' | 'byline';
  /** The name as the crediting article wrote it, e.g. "MPA". */
  name: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "The Halvern Press Agency" -> "halvern press agency": how two spellings of an outlet name are compared. */
export const fold = (s: string) => s.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Spellings of an outlet: itself and its initials of 3+ capitals ("Meridian Press Agency" -> "MPA"). */
export function aliases(name: string): string[] {
  const clean = name.trim().replace(/^the\s+/iu, '');
  const initials = clean.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length >= 3 && initials !== clean ? [clean, initials] : [clean];
}

/** Two spellings of one outlet: "MPA" and "Meridian Press Agency", "The Herald" and "herald". */
export const sameName = (x: string, y: string) => {
  const fy = new Set(aliases(y).map(fold));
  return aliases(x).some((a) => fy.has(fold(a)));
};

/**
 * Names that stand for `y` as a source: its outlet; its byline only when it has no outlet (a
 * person's byline is shared by a reporter's copies, so crediting it would point both ways).
 */
function sourceNames(y: AnalysisArticle): string[] {
  const name = y.outlet ?? y.byline;
  return name && fold(name).length > 1 ? [name] : [];
}

const compiled = new Map<string, RegExp>();

function creditRegex(name: string): RegExp {
  const hit = compiled.get(name);
  if (hit) return hit;
  const n = `(${aliases(name).map(esc).join('|')})`;
  const pre = `(?:(?:${NAME_PREFIX.map(esc).join('|')})\\s+)?`;
  const before = CREDIT_BEFORE.map(esc).join('|');
  const after = CREDIT_AFTER.map(esc).join('|');
  const re = new RegExp(`${B}(?:${before})\\s+${pre}${n}${E}|${B}${n}(?:['’]s)?\\s+(?:${after})${E}|\\(${n}\\)`, 'giu');
  if (compiled.size < 10_000) compiled.set(name, re);
  return re;
}

/** The alias found in `text` by a credit phrase; initials must match in case ("MPA", not "mpa"). */
export function creditedIn(text: string, name: string): string | null {
  const initials = aliases(name).slice(1);
  for (const m of text.matchAll(creditRegex(name))) {
    const found = (m[1] ?? m[2] ?? m[3])!;
    if (initials.every((a) => a === found || a.toLowerCase() !== found.toLowerCase())) return found;
  }
  return null;
}

/** How `x` credits `y`, or null. An outlet never "credits" itself. */
export function creditOf(x: AnalysisArticle, y: AnalysisArticle): Credit | null {
  for (const name of sourceNames(y)) {
    if (x.outlet && sameName(x.outlet, name)) continue;
    const agency = x.agencies.find((g) => sameName(g, name));
    if (agency) return { via: 'credit', name: agency };
    const found = creditedIn(x.text, name);
    if (found) return { via: 'credit', name: found };
    if (x.byline && new RegExp(`${B}(?:${aliases(name).map(esc).join('|')})${E}`, 'iu').test(x.byline)) {
      return { via: 'byline', name };
    }
  }
  return null;
}
