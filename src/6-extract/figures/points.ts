// Changes of an interest rate or yield in points: "raised its key rate by 25 basis points",
// "cut rates by half a percentage point", "a quarter-point increase", "trimmed it 25bp". All are
// one quantity in basis points (a quarter point = 0.25 percentage points = 25 bp), so "25 basis
// points" and "a quarter of a percentage point" agree and "50 basis points" is their rival.
// The figure: kind 'other', counted 'basis points', value in basis points, action the change verb
// as written, purpose the rate it changes ("rate", "deposit rate", "yield").
import type { Tokens } from './tokens.js';
import type { Figure } from './types.js';

/** The rate a change is of: its noun, and modifiers naming a rate other than the policy rate. */
const RATE_NOUNS = new Map([['rate', 'rate'], ['rates', 'rate'], ['yield', 'yield'], ['yields', 'yield'], ['spread', 'spread'], ['spreads', 'spread']]);
const OWN_RATES: ReadonlySet<string> = new Set(['deposit', 'lending', 'mortgage', 'repo', 'overnight', 'discount', 'savings', 'reserve']);
/** Words after "quarter"/"half" that make a point phrase: "a quarter point", "half a percentage point". */
const FRACTION_WORDS: Record<string, number> = { quarter: 25, half: 50, 'three-quarter': 75, 'three-quarters': 75 };
const GLUED = /^(\d+(?:\.\d+)?)bps?$/;
const SENTENCE_END = new Set(['.', ';', '!', '?']);

interface PointPhrase { first: number; last: number; bp: number }

/** "quarter-point", "half-point": one token. */
function hyphenPoint(w: string): number | null {
  const m = /^(quarter|half|three-quarter)-(?:percentage-)?point$/.exec(w);
  return m ? FRACTION_WORDS[m[1]!]! : null;
}

/**
 * A point phrase starting at token i: "a quarter point", "a quarter of a percentage point", "half
 * a point", "a half-point", "25bp". Null when none.
 */
function pointPhraseAt(tk: Tokens, i: number): PointPhrase | null {
  const w = tk.lower(i);
  const glued = GLUED.exec(w);
  if (glued) return { first: i, last: i, bp: Number(glued[1]) };
  let j = w === 'a' || w === 'one' ? i + 1 : i;
  const hyphen = hyphenPoint(tk.lower(j));
  if (hyphen !== null) return { first: i, last: j, bp: hyphen };
  const share = FRACTION_WORDS[tk.lower(j)];
  if (share === undefined || (j === i && tk.lower(j) !== 'half')) return null;
  j++;
  // "of a", "a": "a quarter of a point", "half a point"
  if (tk.lower(j) === 'of') j++;
  if (tk.lower(j) === 'a') j++;
  if (tk.lower(j) === 'percentage') j++;
  return tk.lower(j) === 'point' ? { first: i, last: j, bp: share } : null;
}

/** The rate a change in points is of, looked for back then forward in its sentence: "its key rate by", "a quarter-point increase in rates". */
function rateNear(tk: Tokens, first: number, last: number): string | null {
  const named = (k: number): string | null => {
    const noun = RATE_NOUNS.get(tk.lower(k));
    if (!noun) return null;
    const mod = tk.lower(k - 1);
    return OWN_RATES.has(mod) ? `${mod} ${noun}` : noun;
  };
  for (let k = first - 1; k >= Math.max(0, first - 8) && !SENTENCE_END.has(tk.lower(k)); k--) {
    const n = named(k);
    if (n) return n;
  }
  for (let k = last + 1; k < Math.min(tk.length, last + 10) && !SENTENCE_END.has(tk.lower(k)); k++) {
    const n = named(k);
    if (n) return n;
  }
  return null;
}

/** The change verb before the figure ("raised its key rate by") or the noun after it ("a quarter-point hike"). */
function changeWord(tk: Tokens, first: number, last: number): string | null {
  for (let k = first - 1; k >= Math.max(0, first - 6) && !SENTENCE_END.has(tk.lower(k)); k--) {
    if (direction(tk.lower(k))) return tk.lower(k);
  }
  for (let k = last + 1; k <= last + 2; k++) if (direction(tk.lower(k))) return tk.lower(k);
  return null;
}

const UP = /^(rais|lift|hik|increas|rose$|rise|rising|climb|jump|tighten|added$)/;
const DOWN = /^(cut|lower|reduc|trim|slash|fell$|fall|drop|eas(e|ed|es|ing)$|decreas|declin)/;

/** 'up' for "raised", "hike"; 'down' for "cut", "lowered"; null for other words. */
export function direction(word: string | null): 'up' | 'down' | null {
  if (!word) return null;
  return UP.test(word) ? 'up' : DOWN.test(word) ? 'down' : null;
}

function setPoints(tk: Tokens, f: Figure, first: number, last: number, bp: number, rate: string | null): void {
  f.kind = 'other';
  f.counted = 'basis points';
  f.value = bp;
  f.action = changeWord(tk, first, last) ?? f.action;
  if (rate) f.purpose = rate;
}

/**
 * Reads changes in points among the figures and the text: figures counting basis or percentage
 * points become basis points; point phrases no figure holds ("a quarter point") are added, kept
 * sorted with their parents' indices. Percentage points and fractions of a point count only next
 * to a rate ("leads by 5 percentage points" in a poll is no rate change).
 */
export function readRatePoints(tk: Tokens, figures: Figure[]): void {
  for (const f of figures) {
    const counted = f.counted ?? '';
    const basis = /^(basis points?|bps?)$/.test(counted);
    const percentage = /^percentage points?$/.test(counted);
    if (!basis && !percentage) continue;
    const first = tokenIndex(tk, f.start);
    const last = tokenIndex(tk, f.end - 1);
    const rate = rateNear(tk, first, last);
    if (percentage && !rate) continue;
    // "0.25 percentage points" -> 25 bp; "a quarter of a percentage point" (a fraction: 25, the share of one point) is bp already.
    const bp = basis || f.kind === 'percent' ? f.value : Math.round(f.value * 10000) / 100;
    if (f.high !== null && percentage && f.kind !== 'percent') f.high = Math.round(f.high * 10000) / 100;
    setPoints(tk, f, first, last, bp, rate);
  }
  const added: Figure[] = [];
  for (let i = 0; i < tk.length; i++) {
    const p = pointPhraseAt(tk, i);
    if (!p) continue;
    const start = tk.start(p.first), end = tk.end(p.last);
    if (figures.some((f) => f.start < end && start < f.end)) continue;
    const glued = p.first === p.last && GLUED.test(tk.lower(p.first));
    const rate = rateNear(tk, p.first, p.last);
    if (!rate && !glued) continue;
    const f: Figure = { start, end, text: tk.text.slice(start, end), value: p.bp, high: null, kind: 'other', currency: null, qualifier: 'exact', counted: null, action: null, parent: null, agent: null };
    setPoints(tk, f, p.first, p.last, p.bp, rate);
    added.push(f);
    i = p.last;
  }
  if (added.length) insertSorted(figures, added);
  levelsAfterChanges(tk.text, figures);
}

/**
 * "raised its key rate by 25 basis points to 4.5%": the percentage after "to" is the rate's new
 * level, counted as the policy rate (or the rate the change names: "deposit rate").
 */
function levelsAfterChanges(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const change = figures[i]!, level = figures[i + 1]!;
    if (change.counted !== 'basis points' || level.kind !== 'percent' || level.counted !== null) continue;
    if (!/^\s+to\s+$/.test(text.slice(change.end, level.start))) continue;
    const rate = change.purpose ?? 'rate';
    level.counted = rate === 'rate' ? 'policy rate' : rate;
  }
}


function tokenIndex(tk: Tokens, offset: number): number {
  for (let k = 0; k < tk.length; k++) if (tk.start(k) <= offset && offset < tk.end(k)) return k;
  return 0;
}

/** Inserts figures (none overlapping the others) in start order, moving the parent indices along. */
function insertSorted(figures: Figure[], added: Figure[]): void {
  const all = [...figures.map((f, i) => ({ f, old: i })), ...added.map((f) => ({ f, old: -1 }))].sort((a, b) => a.f.start - b.f.start);
  const moved = new Map<number, number>();
  all.forEach((x, i) => { if (x.old >= 0) moved.set(x.old, i); });
  figures.length = 0;
  for (const x of all) {
    if (x.f.parent !== null) x.f.parent = moved.get(x.f.parent) ?? null;
    figures.push(x.f);
  }
}
