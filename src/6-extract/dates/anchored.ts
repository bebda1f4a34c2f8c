// Dates counted from an earlier date of the same text, not from publication: "The talks began
// on March 3. The next day, the envoys left." -> "The next day" is 2026-03-04. Also "two days
// later", "the following week", "that day", "earlier that week", "the day before"; "earlier in
// the day" falls back to the publication day when no date precedes it.
import { NUMBER_WORDS } from './model/cues.js';
import { dayNumber, isoDay, mondayOf, ymd } from './calendar.js';
import { day, monthOf, type Resolution } from './resolve.js';

export interface AnchoredShape {
  type: 'anchored';
  unit: 'day' | 'week' | 'month';
  amount: number;
  /** "earlier in the day": the publication day when nothing earlier in the text dates it. */
  publicationFallback: boolean;
}
export interface AnchoredCandidate { start: number; end: number; shape: AnchoredShape }

const PART = '(?:day|morning|afternoon|evening|night)';
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
// One alternative per form; the groups say which (see anchoredCandidates).
const ANCHORED = new RegExp(
  [
    // 1: +1. "next week" alone, "over the next week", "the next week's vote" count from publication.
    `(?<!\\b(?:over|in|during|within|for|through)\\s+)\\bthe\\s+(?:next|following)\\s+(${PART}|week|month)\\b(?!['’]s)`,
    `\\bthe\\s+(${PART}|week|month)\\s+(after|before)(?=\\s*[,.;])`, // 2, 3: ±1 ("the day before," not "the day before the vote")
    `\\bthe\\s+(?:previous|preceding)\\s+(${PART}|week|month)\\b`, // 4: -1
    `\\b(?:(?:earlier|later)\\s+)?(?:that|the\\s+same)\\s+(${PART}|week|month)\\b(?!\\s+(?:of|when|that|who|which)\\b)`, // 5: 0
    `\\b${COUNT}\\s+(days?|weeks?|months?)\\s+(later|earlier)\\b`, // 6, 7, 8: ±n
    `\\b(?:earlier|later)\\s+in\\s+the\\s+day\\b`, // the anchor's day, or publication
  ].join('|'),
  'gi',
);

const unitOf = (w: string): AnchoredShape['unit'] => (/^week/i.test(w) ? 'week' : /^month/i.test(w) ? 'month' : 'day');

export function anchoredCandidates(text: string): AnchoredCandidate[] {
  const out: AnchoredCandidate[] = [];
  for (const m of text.matchAll(ANCHORED)) {
    const add = (unit: AnchoredShape['unit'], amount: number, publicationFallback = false) =>
      out.push({ start: m.index, end: m.index + m[0].length, shape: { type: 'anchored', unit, amount, publicationFallback } });
    if (m[1]) add(unitOf(m[1]), 1);
    else if (m[2]) add(unitOf(m[2]), m[3]!.toLowerCase() === 'after' ? 1 : -1);
    else if (m[4]) add(unitOf(m[4]), -1);
    else if (m[5]) add(unitOf(m[5]), 0);
    else if (m[6]) add(unitOf(m[7]!), (m[8]!.toLowerCase() === 'later' ? 1 : -1) * (NUMBER_WORDS[m[6].toLowerCase()] ?? Number(m[6])));
    else add('day', 0, true);
  }
  return out;
}

/** An anchor: the value and granularity of an earlier mention ("2026-03-03", 'day'). */
export interface Anchor { value: string; granularity: 'day' | 'week' | 'month' | 'year' }

/**
 * The anchored date counted from `anchor`, or null when the anchor is too coarse for the unit
 * ("in March … the next day" names no day). A week is its Monday, as elsewhere.
 */
export function resolveAnchored(shape: AnchoredShape, anchor: Anchor | null, pub: number | null): Resolution | null {
  const base = anchor ? dayOf(anchor) : null;
  const from = base ?? (shape.publicationFallback && !anchor ? pub : null);
  if (from === null) return null;
  if (shape.unit === 'day') return anchor && anchor.granularity !== 'day' ? null : day(from + shape.amount, 'relative');
  if (shape.unit === 'week') {
    if (anchor && anchor.granularity !== 'day' && anchor.granularity !== 'week') return null;
    const monday = mondayOf(from) + 7 * shape.amount;
    return { kind: 'relative', granularity: 'week', value: isoDay(monday), range: [monday, monday + 6] };
  }
  if (anchor?.granularity === 'year') return null;
  const { year, month } = ymd(from);
  return monthOf(year, month + shape.amount, 'relative');
}

/** The first day an ISO value names ("2026-03-03", "2026-03", "2026"). */
function dayOf(a: Anchor): number | null {
  const [y, m, d] = a.value.split('-').map(Number);
  return dayNumber(y!, m ?? 1, d ?? 1);
}
