// Proper-noun chunks of one sentence: maximal runs of capitalised tokens, joined by name
// particles ("Qasim al-Zubaydi", "Ursula von der Leyen"), initials ("J. K. Rowling") and "of"
// inside organisation names ("Ministry of Health"). Sentence openers and calendar words are
// not names ("The", "Friday"). Sample: "Gen. Amos Ilan said" -> [Gen, ., Amos, Ilan].
import { isCapitalised, type Token } from '../text/tokens.js';
import { CALENDAR, NAME_PARTICLES, NOT_ENTITY_ACRONYMS, NOT_NAMES } from './model/common-words.js';
import { ORG_HEADS, ORG_OPENERS } from './model/org-heads.js';
import { HONORIFICS, ROLE_WORDS } from './model/titles.js';
import { gazetteer } from './gazetteer.js';

export interface Chunk {
  /** Index of the first and one past the last token in the sentence's tokens. */
  from: number;
  to: number;
  /** Word tokens of the chunk (periods of initials and titles dropped). */
  words: Token[];
  /** The chunk opens its sentence (capitalisation there is no evidence). */
  initial: boolean;
  /** The name before the hyphen of a modifier ("Hamas" of "Hamas-run Gaza"): the words around it describe the next name. */
  modifier?: boolean;
}

const isWord = (t: Token | undefined): t is Token => !!t && /[\p{L}\p{N}]/u.test(t.text);
const breaks = (t: Token) => CALENDAR.has(t.text.toLowerCase()) || (t.text !== 'I' && /^\p{Lu}\p{Ll}*$/u.test(t.text) && NOT_NAMES.has(t.text.toLowerCase()) && t.text.length < 3);

const abbreviates = (w: string) => /^\p{Lu}$/u.test(w) || HONORIFICS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase());

/** "Egypt 15 Israelis", "Varnia 90 Palestinian prisoners": a count of people, not part of a name. */
const DEMONYM_LIKE = /(?:ans?|ese|is|i|ish|ians?)$/;

/** "Chicago-based", "Hamas-run", "Saudi-led": a name made into a modifier of the next one. */
const MODIFIER = /-(?:based|led|run|backed|born|owned|funded|controlled|linked|affiliated|aligned|allied|held|occupied|made|registered|listed|headquartered|bound|focused|centred|centered|sponsored|supported|dominated|brokered|mediated)$/u;

/** A country by its name or its acronym ("Qatar", "US", "U.S."). */
function isCountry(word: string): boolean {
  const g = gazetteer();
  return g.placeAcronyms.has(word.replace(/\./g, '')) || g.places.get(word.toLowerCase()) === 'country';
}

function nameToken(t: Token | undefined): boolean {
  return isWord(t) && isCapitalised(t.text) && !/^\d/.test(t.text) && !breaks(t) && !MODIFIER.test(t.text) && !NOT_ENTITY_ACRONYMS.has(t.text);
}

/** "US$ 7 billion", "HK$": a country's letters written onto its currency sign. */
const currencyPrefix = (tokens: Token[], i: number) => tokens[i + 1]?.text === '$' && tokens[i + 1]!.start === tokens[i]!.end;

/** Plurals of people by trade or standing, which name the members of a body: "Metalworkers", "Growers", "Employees". */
const MEMBERS_PLURAL = /(?:ers|ors|ists|ants|ents|ees|ians)$/;

/**
 * "Varenian Metalworkers' Federation", "Farmers' Union": an apostrophe glued to the plural of its
 * members inside a name, when the capitalised words after it end in an organisation's head.
 * Between two names it stays a possessive: "Harrenfeld Motorworks' Kallin plant", "Airbus' Delivery Center".
 */
function pluralPossessiveInName(tokens: Token[], j: number, last: Token): boolean {
  const t = tokens[j]!;
  if ((t.text !== "'" && t.text !== '’') || t.start !== last.end || !MEMBERS_PLURAL.test(last.text) || tokens[j + 1]?.start !== t.end + 1) return false;
  let k = j + 1;
  while (nameToken(tokens[k])) k++;
  return k > j + 1 && ORG_HEADS.has(tokens[k - 1]!.text.toLowerCase());
}

/** Index of the first word token, skipping opening quotes and dashes. */
function firstWord(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length && !isWord(tokens[i])) i++;
  return i;
}

export function chunkSentence(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  const opener = firstWord(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!nameToken(t) || currencyPrefix(tokens, i)) {
      // "Hamas-run Gaza": the name before the hyphen is a name of its own.
      const m = isWord(t) && isCapitalised(t.text) ? MODIFIER.exec(t.text) : null;
      if (m && m.index > 1) {
        const part: Token = { start: t.start, end: t.start + m.index, text: t.text.slice(0, m.index) };
        if (!NOT_NAMES.has(part.text.toLowerCase())) out.push({ from: i, to: i + 1, words: [part], initial: i === opener, modifier: true });
      }
      i++;
      continue;
    }
    const from = i;
    const words: Token[] = [tokens[i]!];
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (nameToken(t)) {
        words.push(t);
        j++;
      } else if (/^\d{1,2}$/.test(t.text) && nameToken(tokens[j + 1]) && !DEMONYM_LIKE.test(tokens[j + 1]!.text)) {
        words.push(t); // "Channel 4 News", "Kan 11 News": a small number inside a name
        j++;
      } else if (t.text === '.' && words.length && abbreviates(words[words.length - 1]!.text) && nameToken(tokens[j + 1])) {
        j++; // "J. Smith", "Gen. Amos Ilan": the period of an initial or a title
      } else if (pluralPossessiveInName(tokens, j, words[words.length - 1]!)) {
        const w = words[words.length - 1]!;
        words[words.length - 1] = { start: w.start, end: t.end, text: w.text + t.text };
        j++;
      } else if (NAME_PARTICLES.has(t.text) && (nameToken(tokens[j + 1]) || (NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && nameToken(tokens[j + 2])))) {
        words.push(t); // "von der Brecht": up to two particles before a capital
        j++;
      } else if (t.text === 'of' && words.some((w) => ORG_OPENERS.has(w.text.toLowerCase())) && (nameToken(tokens[j + 1]) || (tokens[j + 1]?.text === 'the' && nameToken(tokens[j + 2])))) {
        words.push(t);
        j++;
        if (tokens[j]?.text === 'the') words.push(tokens[j++]!);
      } else break;
    }
    // A lone sentence opener that is a function word starts no name: "The", "But", "After".
    let start = 0;
    const initial = from === opener;
    if (initial) while (start < words.length && NOT_NAMES.has(words[start]!.text.toLowerCase())) start++;
    // "US President Donald Trump": the country is a name of its own, the role goes with the person.
    if (words.length - start >= 3 && isCountry(words[start]!.text) && ROLE_WORDS.has(words[start + 1]!.text.toLowerCase().replace(/\.$/, ''))) {
      out.push({ from: tokens.indexOf(words[start]!, from), to: tokens.indexOf(words[start]!, from) + 1, words: [words[start]!], initial: initial && start === 0 });
      start++;
    }
    const kept = words.slice(start);
    if (kept.length && !kept.every((w) => NOT_NAMES.has(w.text.toLowerCase()))) {
      out.push({ from: tokens.indexOf(kept[0]!, from), to: j, words: kept, initial: initial && start === 0 });
    }
    i = j;
  }
  return out;
}
