// Prison terms: a length of time is a sentence, its suspended part, the part to serve, what the
// prosecution asked for, or the most the law allows, read from the words around it. Samples:
// "sentenced him to 12 years in prison", "jailed for 14 years" -> action "sentenced"; "eight years
// of which suspended" -> "suspended"; "he will serve four years" -> "serve"; "prosecutors had
// sought 14 years" -> "sought"; "faces up to 20 years in jail" -> "faces". Any other length of time
// ("led the firm for nine years", "14 days to appeal") keeps no action and is never compared.
import type { Figure } from './types.js';
import { tokenAt, tokenEndingAt } from './money.js';
import { isNumberWord, parseNumber } from './number.js';
import { Tokens } from './tokens.js';

export type TermRole = 'sentenced' | 'suspended' | 'serve' | 'sought' | 'faces';

const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** Words that make a length of time a prison term on their own: "sentenced … to", "jailed for". */
const IMPOSE = new Set(['sentenced', 'sentence', 'sentences', 'sentencing', 'jailed', 'jail', 'jails', 'imprisoned', 'imprison', 'gaoled']);
/** Verbs that hand down a term only beside a prison word or "in prison": "was handed 12 years in prison". */
const GIVE = new Set(['handed', 'given', 'gave', 'gets', 'got', 'received', 'receives']);
/** What the prosecution asks for: "sought 14 years", "asked the court to jail him for 14 years". */
const DEMAND = new Set([
  'sought', 'seek', 'seeks', 'seeking', 'demanded', 'demand', 'demands', 'demanding', 'asked', 'asks',
  'asking', 'requested', 'requests', 'requesting', 'urged', 'urges', 'wanted', 'wants', 'proposed', 'recommended',
]);
/** The most the law allows: "faces up to 20 years", "could face 10 years". */
const FACE = new Set(['face', 'faces', 'facing', 'faced']);
const SERVE = new Set(['serve', 'serves', 'serving']);
/** Words that put a length of time in a courtroom: "Prosecutors had sought 14 years". */
const COURT = new Set(['prison', 'jail', 'gaol', 'custody', 'prosecutors', 'prosecutor', 'prosecution', 'bars']);
/** After the length: "12 years in prison", "behind bars", "in jail". */
const PLACES = new Set(['prison', 'jail', 'gaol', 'custody', 'detention']);
/** Between the length and "suspended": "eight years of which suspended", "eight years of the sentence were suspended". */
const SUSPENDED_GAP = new Set(['of', 'which', 'the', 'sentence', 'term', 'them', 'it', 'were', 'was', 'are', 'is', 'being', 'been', 'be', 'will', 'would', 'to']);
/** Sentence and clause ends the look-back does not cross. */
const STOPS = new Set(['.', ';', '!', '?', ':']);
/** How far back a verb may govern the length: "sentenced Tomas Reventh, the former chief executive of Halvik Energy, to 12 years". */
const REACH = 16;

function suspendedAfter(tk: Tokens, k: number): boolean {
  for (let j = k; j < k + 6; j++) {
    const w = tk.lower(j);
    if (w === 'suspended') return true;
    if (!SUSPENDED_GAP.has(w)) return false;
  }
  return false;
}

/** Between the length and the demand that follows it: "the 14 years that prosecutors had sought". */
const DEMAND_GAP = new Set(['that', 'which', 'the', 'prosecutors', 'prosecution', 'prosecutor', 'had', 'have', 'has', 'state', 'public']);

/** "less than the 14 years prosecutors had sought": the demand is written after the length. */
function demandAfter(tk: Tokens, k: number): boolean {
  let court = false;
  for (let j = k; j < k + 5; j++) {
    const w = tk.lower(j);
    if (DEMAND.has(w)) return court;
    if (!DEMAND_GAP.has(w)) return false;
    if (COURT.has(w)) court = true;
  }
  return false;
}

/** "in prison", "behind bars", "in jail" right after the length. */
function placeAfter(tk: Tokens, k: number): boolean {
  if (tk.lower(k) === 'behind' && tk.lower(k + 1) === 'bars') return true;
  return (tk.lower(k) === 'in' || tk.lower(k) === 'into') && PLACES.has(tk.lower(k + 1));
}

/**
 * The role of the length of time at tokens first..last, from the words of its clause before it
 * (up to REACH tokens) and "in prison" after it. A demand wins over the sentencing verb it
 * governs ("asked the court to jail him for 14 years": "to jail"), not over one of its own
 * ("sentenced him to 12 years, less than prosecutors sought" has no demand before the length).
 */
function roleOf(tk: Tokens, first: number, last: number, named = false): TermRole | null {
  if (suspendedAfter(tk, last + 1)) return 'suspended';
  if (demandAfter(tk, last + 1)) return 'sought';
  const prev = tk.lower(first - 1);
  // "a suspended sentence of two years".
  if (prev === 'of' && tk.lower(first - 2) === 'sentence' && tk.lower(first - 3) === 'suspended') return 'suspended';
  let impose = -1; // nearest word that imposes a term
  let give = -1;
  let demand = -1;
  let face = -1;
  let court = named || placeAfter(tk, last + 1);
  for (let j = first - 1; j >= Math.max(0, first - REACH); j--) {
    const w = tk.lower(j);
    if (STOPS.has(w)) break;
    if (impose < 0 && IMPOSE.has(w)) impose = j;
    if (give < 0 && GIVE.has(w)) give = j;
    if (demand < 0 && DEMAND.has(w)) demand = j;
    if (face < 0 && FACE.has(w)) face = j;
    if (COURT.has(w) || IMPOSE.has(w)) court = true;
  }
  if (!court) return null;
  // "will serve four years in prison", "must serve eight years behind bars".
  if (SERVE.has(prev)) return 'serve';
  const governed = impose >= 0 && tk.lower(impose - 1) === 'to'; // "to jail him", an infinitive under a demand
  if (demand >= 0 && (impose < 0 || demand > impose || governed)) return 'sought';
  if (face >= 0 && (impose < 0 || face > impose || governed)) return 'faces';
  if (impose >= 0 || give >= 0 || named) return 'sentenced';
  return null;
}

/**
 * Sets the action of each length of time that is a prison term: a demand or a ceiling read
 * before it wins over "in prison" after it ("prosecutors had sought 14 years in prison" is no
 * sentence); "suspended" after it marks the suspended part.
 */
export function readTerms(tk: Tokens, figures: Figure[]): void {
  for (const f of figures) {
    if (f.kind !== 'other' || f.action !== null || f.currency !== null || !f.counted || !TIME_UNITS.has(f.counted)) continue;
    const first = tokenAt(tk, f.start);
    const last = tokenEndingAt(tk, f.end);
    if (first < 0 || last < 0) continue;
    // The qualifier ("up to") is part of the figure: the governing word is before it.
    const role = roleOf(tk, first, last);
    if (role) f.action = role;
  }
}

const UNIT_OF = /^(year|month|week|day)$/;
/** Modifiers between "12-year" and its noun: "a 12-year prison sentence", "a two-year suspended sentence". */
const TERM_MODIFIERS = new Set(['prison', 'jail', 'custodial', 'suspended']);

/** "12-year" (tokens "12", "year" around a hyphen) or "two-year" (one token): value and unit, with the unit's last token. */
function hyphenLength(tk: Tokens, i: number): { value: number; unit: string; last: number } | null {
  const w = tk.lower(i);
  if (tk.isDigit(i) && /^\d+$/.test(w) && UNIT_OF.test(tk.lower(i + 1)) && /^[-–]$/.test(tk.text.slice(tk.end(i), tk.start(i + 1)))) {
    return { value: Number(w), unit: tk.lower(i + 1), last: i + 1 };
  }
  const m = /^([a-z]+)[-–](year|month|week|day)$/.exec(w);
  if (!m || !isNumberWord(m[1]!)) return null;
  const n = parseNumber(new Tokens(m[1]!), 0);
  return n ? { value: n.value, unit: m[2]!, last: i } : null;
}

/**
 * "a 12-year prison sentence", "a two-year suspended sentence", "prosecutors sought an 18-month
 * jail term": a length written as a modifier of "sentence" or "term" is a prison term, which the
 * count reader leaves out (a singular unit counts nothing). Added to `figures` in text order;
 * parents are renumbered.
 */
export function readHyphenTerms(tk: Tokens, figures: Figure[]): void {
  const added: Figure[] = [];
  for (let i = 0; i < tk.length; i++) {
    const len = hyphenLength(tk, i);
    if (!len) continue;
    let k = len.last + 1;
    let suspended = false;
    while (TERM_MODIFIERS.has(tk.lower(k)) && k < len.last + 3) suspended ||= tk.lower(k++) === 'suspended';
    // A bare "term" is as often an office's ("a five-year term"): only a prison or jail term counts.
    if (tk.lower(k) !== 'sentence' && !(tk.lower(k) === 'term' && k > len.last + 1)) continue;
    const start = tk.start(i);
    const end = tk.end(len.last);
    if (figures.some((f) => f.start < end && start < f.end)) continue;
    const action = suspended ? 'suspended' : roleOf(tk, i, k, true);
    added.push({ start, end, text: tk.text.slice(start, end), value: len.value, high: null, kind: 'other', currency: null, qualifier: 'exact', counted: `${len.unit}s`, action, parent: null, agent: null });
  }
  if (!added.length) return;
  const all = [...figures.map((f, i) => ({ f, i })), ...added.map((f) => ({ f, i: -1 }))].sort((a, b) => a.f.start - b.f.start);
  const to = new Map(all.map((x, n) => [x.i, n]));
  for (const x of all) if (x.f.parent !== null) x.f.parent = to.get(x.f.parent) ?? null;
  figures.splice(0, figures.length, ...all.map((x) => x.f));
}
