// The type of a name chunk from its own words and its context: titles before it, an
// organisation head word, a gazetteer place, "in X", "X said", an apposition after it.
// Sample: "Prime Minister Dana Orlov said" -> person "Dana Orlov", role "prime minister".
import type { Token } from '../text/tokens.js';
import type { Chunk } from './chunk.js';
import { gazetteer } from './gazetteer.js';
import { HONORIFICS, ROLE_ENDS, ROLE_QUALIFIERS, ROLE_WORDS, TRAILING_ROLES } from './model/titles.js';
import { COMPASS, EVENT_HEADS, LEGAL_SUFFIXES, MEDIA_OPENERS, ORG_HEADS, ORG_MODIFIERS, ORG_OPENERS, PLACE_HEADS } from './model/org-heads.js';
import { SPEECH_AFTER } from './model/cues.js';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Named {
  /** Word tokens of the name itself (titles and demonyms stripped). */
  words: Token[];
  type: EntityType;
  /** Role or title as written, lower-case: "prime minister", "a spokesman for the ministry". */
  role: string | null;
  /** How sure the type is: 2 = a title, head word, gazetteer or place cue; 1 = a speech verb after it; 0 = a default. */
  evidence: 0 | 1 | 2;
}

const lower = (t: Token) => t.text.toLowerCase().replace(/\.$/, '');
const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside', 'towards', 'toward']);

export function classify(chunk: Chunk, tokens: Token[]): Named | null {
  const g = gazetteer();
  let words = chunk.words;
  // "Ryanair CEO, Michael Orlov": the organisation's name without the role that follows it.
  let cut = words.length;
  while (cut > 1 && TRAILING_ROLES.has(lower(words[cut - 1]!))) cut--;
  const employer = cut < words.length && !ROLE_WORDS.has(lower(words[0]!)) && !HONORIFICS.has(lower(words[0]!));
  if (employer) words = words.slice(0, cut);
  const all = words.map(lower);
  const last = all[all.length - 1]!;
  // "Israeli-American", "US-Qatari", "North American": adjectives of nationality.
  // Split only when there are several parts and the last one could be such an adjective.
  const tail = last.slice(last.lastIndexOf('-') + 1);
  const compound = (all.length > 1 || last.includes('-')) && (g.demonyms.has(tail) || g.placeAcronyms.has(tail.toUpperCase()));
  const parts = compound ? all.join(' ').split(/[-\s]+/) : [];
  if (parts.length > 1 && parts.every((p, i) => g.demonyms.has(p) || g.placeAcronyms.has(p.toUpperCase()) || (i === 0 && COMPASS.has(p)))) return null;
  if (all.length > 1 && (PLACE_HEADS.has(last) || (COMPASS.has(all[0]!) && !all.includes('of')))) return { words, type: 'place', role: null, evidence: 2 };
  if (all.length > 1 && EVENT_HEADS.has(last)) return { words, type: 'other', role: null, evidence: 2 }; // "Worldwide Developers Conference"
  const isOrg = ORG_HEADS.has(last) || (all.length > 1 && LEGAL_SUFFIXES.has(last)) || (all.includes('of') && ORG_OPENERS.has(all[0]!)) || (all.length > 1 && MEDIA_OPENERS.has(all[0]!));
  if (isOrg) return { words, type: 'organization', role: null, evidence: 2 };

  // Leading titles and demonyms: "Israeli Prime Minister", "Gen.", "Sen."
  const titles: string[] = [];
  let first = 0;
  // One or two words qualifying a leading title: "Regional Governor", "Infrastructure Minister", "Harlow Police Chief".
  const titleAt = [1, 2].find((r) => r < words.length - 1 && ROLE_WORDS.has(all[r]!) && all.slice(0, r).every((w) => !ROLE_WORDS.has(w) && !HONORIFICS.has(w) && /^\p{Lu}/u.test(words[all.indexOf(w)]!.text)));
  if (titleAt !== undefined) {
    titles.push(all.slice(0, titleAt).join(' '));
    first = titleAt;
  }
  while (words.length - first > 1) {
    const w = all[first]!;
    if (ROLE_WORDS.has(w) || HONORIFICS.has(w)) titles.push(w);
    else if (!g.demonyms.has(w) || titles.length) break;
    first++;
  }
  if (first) words = words.slice(first);
  const name = (first ? all.slice(first) : all).join(' ');
  if (g.demonyms.has(name) || (name.endsWith('s') && g.demonyms.has(name.slice(0, -1)))) return null; // "Israeli", "Palestinians"
  // Around a modifier ("in Hamas-run Gaza") the words belong to the name it modifies.
  const before = chunk.modifier ? undefined : tokens[chunk.from - 1];
  const before2 = chunk.modifier ? undefined : tokens[chunk.from - 2];
  const after = chunk.modifier ? undefined : tokens[chunk.to];
  const beforeLower = before ? lower(before) : '';
  const prevRole = chunk.modifier ? null : roleBefore(tokens, chunk.from); // "ministry spokesman Yousef Haddad", "chief financial officer Matthias Quell"
  const role = titles.filter((t, i) => ROLE_WORDS.has(t) || (i === 0 && titleAt !== undefined)).join(' ') || prevRole || apposition(tokens, chunk.to);
  if (titles.length || (before && HONORIFICS.has(beforeLower))) return { words, type: 'person', role: role || null, evidence: 2 };

  const acronym = words.length === 1 ? words[0]!.text.replace(/^((?:\p{Lu}\.){2,})$/u, (a) => a.replace(/\./g, '')) : ''; // "U.S." is "US"
  if (/^\p{Lu}{2,6}$/u.test(acronym)) return { words, type: g.placeAcronyms.has(acronym) ? 'place' : 'organization', role: null, evidence: 2 };
  if (g.places.has(name)) return { words, type: 'place', role: null, evidence: 2 };
  if (before && PLACE_BEFORE.has(beforeLower) && !(before2 && lower(before2) === 'said')) return { words, type: 'place', role: null, evidence: 2 };
  // A name with a chief executive or a spokesman is an organisation.
  if (employer) return { words, type: 'organization', role: null, evidence: 2 };
  const plain = words.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w.text) || /^(?:al|el|bin|ibn|abu|van|von|de|da|der|la|le|du|di)\b/u.test(w.text) || /^\p{Lu}$/u.test(w.text));
  if (role) return { words, type: 'person', role, evidence: 2 };
  const speaks = !!after && SPEECH_AFTER.has(lower(after));
  // Two to four plain capitalised words are most often a person, unless they open with an
  // Arabic article ("Al Jazeera", "Al Aqsa": outlets, places) rather than carry it inside.
  const article = /^(?:al|el)$/i.test(words[0]!.text);
  if (words.length >= 2 && plain && ORG_MODIFIERS.has(lower(words[0]!))) return { words, type: 'organization', role: null, evidence: 2 };
  if (words.length >= 2 && words.length <= 4 && plain && !article) return { words, type: 'person', role: null, evidence: speaks ? 1 : 0 };
  // "Orlov said" / "Hamas said": a speaker, person or organisation.
  return { words, type: 'other', role: null, evidence: speaks ? 1 : 0 };
}

/** Longest lower-case role written before a name. */
const MAX_ROLE_WORDS = 5;

/**
 * The lower-case role right before a name: "chief executive" of "chief executive Anneliese Vorbeck",
 * "chief human resources officer", "spokesman". Its last word is a role word; the words before it
 * are role words or their qualifiers.
 */
function roleBefore(tokens: Token[], from: number): string | null {
  const first = tokens[from - 1];
  if (!first || !ROLE_ENDS.has(lower(first))) return null;
  let k = from - 1;
  while (k - 1 >= 0 && from - k < MAX_ROLE_WORDS && /^\p{Ll}/u.test(tokens[k - 1]!.text) && (ROLE_WORDS.has(lower(tokens[k - 1]!)) || ROLE_QUALIFIERS.has(lower(tokens[k - 1]!)))) k--;
  const words = tokens.slice(k, from).map(lower);
  // "executive" alone is no role ("the executive Orlov hired"); "chief executive" is.
  return words.some((w) => ROLE_WORDS.has(w)) ? words.join(' ') : null;
}

/** ", a spokesman for the ministry," -> "a spokesman for the ministry" when it holds a role word. */
function apposition(tokens: Token[], at: number): string | null {
  if (tokens[at]?.text !== ',') return null;
  const parts: string[] = [];
  let i = at + 1;
  for (; i < tokens.length && i < at + 10 && !/^[,.;—]$/.test(tokens[i]!.text); i++) parts.push(tokens[i]!.text.toLowerCase());
  // A short noun phrase closed by punctuation (or the sentence end): ", a spokesman for the ministry," — not a clause.
  const closed = i >= tokens.length || /^[,.;—]$/.test(tokens[i]!.text);
  if (!closed || !parts.length || !/^(?:a|an|the|\d+|[\p{Ll}]+)$/u.test(parts[0]!) || parts.some((p) => CLAUSE_WORDS.has(p) || GROUP_WORDS.has(p))) return null;
  // A possessive mark is written onto its word: "of the metalworkers' federation", "the mayor's office".
  return parts.some((p) => ROLE_WORDS.has(p)) ? parts.join(' ').replace(/ (['’]s?)(?= |$)/gu, '$1') : null;
}

const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'said', 'says', 'confirmed', 'told', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);
/** An apposition naming a group makes the name an organisation, not a person. */
export const GROUP_WORDS = new Set(['group', 'movement', 'organization', 'organisation', 'party', 'faction', 'militia', 'company', 'firm', 'agency', 'outlet', 'network', 'channel', 'newspaper', 'broadcaster', 'coalition', 'alliance', 'charity']);
