// The named region a count is scoped to by its own clause: "Tessel Province now has 30 confirmed
// cases", "30 cases in Tessel Province had been entered twice", "In Tessel, 30 cases have been
// confirmed", "90 of them in Tessel", "the Tessel region reported 30 cases" -> "tessel". Such a
// count is one region's part of the national count, never a rival value of it (outbreak review).
// Conservative: a national total ("nationwide", "in total", "the national tally"), a sentence that
// names a country, or a place in another clause than the figure ("In Carrow, the minister said
// 760 cases had been confirmed nationwide") leaves the figure unscoped.
import type { Tokens } from './tokens.js';
import { MONTHS, WEEKDAYS } from './model/context.js';
import { STOP_WORDS } from './model/nouns.js';
import { gazetteer } from '../entities/gazetteer.js';

/** Head words of an administrative area, written after its name: "Carrow Province", "the Tessel region". */
const AREA_HEADS: ReadonlySet<string> = new Set(['province', 'region', 'district', 'county', 'state', 'city', 'prefecture', 'oblast', 'canton', 'governorate', 'municipality', 'territory', 'department', 'borough', 'parish', 'township', 'shire']);
/** Words that end a clause: the place before or after them is another clause's. */
const CLAUSE_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', ',', '(', ')', '"', '“', '”', '—', '–']);
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'whereas', 'after', 'before', 'because', 'although', 'though', 'when', 'as', 'since', 'that', 'which', 'who', 'where', 'than', 'until', 'if', 'unless',
  // Speech: "Carrow's governor said 760 cases ..." (the place is the sayer's, not the count's).
  'said', 'says', 'say', 'told', 'added', 'stated', 'warned', 'estimated', 'estimates', 'according']);
/** A national count: "760 cases nationwide", "in total", "the national tally", "across the country". */
const NATIONAL_WORDS: ReadonlySet<string> = new Set(['nationwide', 'countrywide', 'national', 'nationally', 'nation', 'country', 'total', 'overall', 'tally', 'altogether', 'all']);
const MAX_NAME = 3;
const MAX_CLAUSE = 14;
const calendar = new Set([...MONTHS, ...WEEKDAYS]);
const stopWords = new Set(STOP_WORDS);

function named(tk: Tokens, j: number): boolean {
  return j >= 0 && j < tk.length && tk.isWord(j) && tk.isCapitalized(j) && !calendar.has(tk.raw(j)) && !stopWords.has(tk.lower(j));
}

/** First and last token of the clause around tokens first..last. */
function clause(tk: Tokens, first: number, last: number): [number, number] {
  let from = first;
  for (let j = first - 1; j >= 0 && first - j <= MAX_CLAUSE; j--) {
    if (CLAUSE_PUNCT.has(tk.raw(j)) || CLAUSE_WORDS.has(tk.lower(j)) || tk.isDigit(j)) break;
    from = j;
    if (tk.lineBreakBefore(j)) break;
  }
  let to = last;
  for (let j = last + 1; j < tk.length && j - last <= MAX_CLAUSE; j++) {
    // "... freed in exchange for 33 hostages held in Gaza": a place after another number is that figure's.
    if (tk.lineBreakBefore(j) || CLAUSE_PUNCT.has(tk.raw(j)) || CLAUSE_WORDS.has(tk.lower(j)) || tk.isDigit(j)) break;
    to = j;
  }
  return [from, to];
}

/** First and last token of the sentence around token i. */
function sentence(tk: Tokens, i: number): [number, number] {
  let from = i;
  while (from > 0 && !tk.lineBreakBefore(from) && !['.', '!', '?'].includes(tk.raw(from - 1))) from--;
  let to = i;
  while (to + 1 < tk.length && !tk.lineBreakBefore(to + 1) && !['.', '!', '?'].includes(tk.raw(to))) to++;
  return [from, to];
}

/** The capitalised name ending at token j (at most three words), lower-case, and its first token. */
function nameEndingAt(tk: Tokens, j: number, floor: number): { name: string; from: number } | null {
  let from = j + 1;
  while (from - 1 >= floor && j - from + 2 <= MAX_NAME && named(tk, from - 1)) from--;
  if (from > j) return null;
  const words: string[] = [];
  for (let k = from; k <= j; k++) words.push(tk.lower(k));
  return { name: words.join(' '), from };
}

/** The capitalised name starting at token j (at most three words), lower-case. */
function nameStartingAt(tk: Tokens, j: number, to: number): string | null {
  const words: string[] = [];
  for (let k = j; k <= to && words.length < MAX_NAME && named(tk, k) && !AREA_HEADS.has(tk.lower(k)); k++) words.push(tk.lower(k));
  return words.length ? words.join(' ') : null;
}

/** Names the text calls an area anywhere ("Tessel Province" makes "Tessel" one), cached per text. */
const areaCache = new WeakMap<Tokens, Set<string>>();
function areasOf(tk: Tokens): Set<string> {
  let areas = areaCache.get(tk);
  if (areas) return areas;
  areas = new Set();
  for (let j = 1; j < tk.length; j++) {
    if (!AREA_HEADS.has(tk.lower(j))) continue;
    if (tk.isCapitalized(j)) {
      const n = nameEndingAt(tk, j - 1, 0);
      if (n) areas.add(n.name);
    } else if (tk.lower(j - 2) === 'the') {
      const n = nameEndingAt(tk, j - 1, j - 1);
      if (n) areas.add(n.name);
    }
  }
  areaCache.set(tk, areas);
  return areas;
}

/** A bare name that is an area: one the text calls a province (or region …), or a region the gazetteer knows. */
function isArea(tk: Tokens, name: string): boolean {
  return areasOf(tk).has(name) || gazetteer().places.get(name) === 'region';
}

/** The sentence counts nationally, or names a country: no region scopes its figures. */
function national(tk: Tokens, first: number): boolean {
  const [from, to] = sentence(tk, first);
  const places = gazetteer().places;
  for (let j = from; j <= to; j++) {
    if (NATIONAL_WORDS.has(tk.lower(j))) return true;
    if (named(tk, j) && places.get(tk.lower(j)) === 'country') return true;
  }
  return false;
}

/**
 * Whether the place whose name starts at token `from` scopes a figure of its clause: after "in"
 * ("30 cases in Tessel Province", "officials in the Tessel region reported 30 cases"), or as the
 * clause's subject before the figure ("Tessel Province now has 30 cases"). Not "an aid package
 * of 120 million for Dalmor Province" (who gets it) nor "displaced across Dalmor Province" (the
 * whole area).
 */
function scopes(tk: Tokens, from: number, clauseFrom: number, first: number): boolean {
  const start = tk.lower(from - 1) === 'the' ? from - 1 : from;
  if (tk.lower(start - 1) === 'in') return true;
  return start === clauseFrom && start < first;
}

/** The area named in the figure's clause (tokens first..last are the figure), lower-case, or null. */
export function regionOf(tk: Tokens, first: number, last: number): string | null {
  const [from, to] = clause(tk, first, last);
  let found: string | null = null;
  const take = (n: { name: string; from: number } | null) => { if (n && !found && scopes(tk, n.from, from, first)) found = n.name; };
  for (let j = from; j <= to && !found; j++) {
    if (j >= first && j <= last) continue;
    // "Carrow Province", "in Tessel Province": a capitalised area head after a name.
    if (AREA_HEADS.has(tk.lower(j)) && tk.isCapitalized(j)) take(nameEndingAt(tk, j - 1, from));
    // "the Tessel region"
    else if (AREA_HEADS.has(tk.lower(j)) && tk.lower(j - 2) === 'the' && j - 1 >= from) take(nameEndingAt(tk, j - 1, j - 1));
    // "Tessel reported 30 cases", "30 cases in Tessel": a name the text calls an area elsewhere.
    else if (named(tk, j) && !named(tk, j - 1)) {
      const name = nameStartingAt(tk, j, to);
      if (name && isArea(tk, name)) take({ name, from: j });
    }
  }
  // "90 of them in Tessel": a breakdown of the count before.
  if (!found && ['them', 'those', 'which', 'whom'].includes(tk.lower(last + 2)) && tk.lower(last + 1) === 'of' && tk.lower(last + 3) === 'in') found = nameStartingAt(tk, last + 4, last + 4 + MAX_NAME);
  // "In Tessel, 30 cases have been confirmed": a fronted place, the figure's clause right after it.
  if (!found) found = frontedPlace(tk, from);
  if (!found || national(tk, first)) return null;
  return found;
}

/** "In Tessel, …" / "In Tessel Province, …" right before the clause that starts at token `from`. */
function frontedPlace(tk: Tokens, from: number): string | null {
  if (tk.raw(from - 1) !== ',') return null;
  let j = from - 2;
  if (AREA_HEADS.has(tk.lower(j)) && tk.isCapitalized(j)) j--;
  const n = nameEndingAt(tk, j, 0);
  if (!n || tk.lower(n.from - 1) !== 'in' || !tk.opensSentence(n.from - 1)) return null;
  return j === from - 3 || isArea(tk, n.name) ? n.name : null;
}
