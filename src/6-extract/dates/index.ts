// The dates a news article's text mentions, normalised against its publication day.
// Sample: "On Friday the army said ..." published 2024-03-20 (a Wednesday) ->
// { text: "On Friday", kind: 'relative', value: "2024-03-15", granularity: 'day', resolved: 'publication', role: 'event' }.
import { findCandidates, type Candidate } from './candidates.js';
import { isoDay, publicationDay } from './calendar.js';
import { futureBefore, roleAt, scheduledBefore, tenseAt } from './context.js';
import { ABSORBED_BEFORE, LEAD_CHARS, SPAN_SUPERLATIVES } from './model/cues.js';
import { resolve, type Resolution, type Tense } from './resolve.js';
import { anchoredCandidates, resolveAnchored, type Anchor, type AnchoredCandidate } from './anchored.js';

export interface DateMention {
  /** UTF-16 offsets into the text; text.slice(start, end) === text. */
  start: number;
  end: number;
  /** As written: "on Friday", "March 18", "last week", "earlier this month", "18 March 2024", "in 2019". */
  text: string;
  /** 'absolute' when the text writes the year; "March 18", "on Friday", "yesterday" are 'relative'. */
  kind: 'absolute' | 'relative';
  /** "2024-03-18" (day; for a week its Monday), "2024-03" (month), "2024" (year); null when unresolved. */
  value: string | null;
  granularity: 'day' | 'week' | 'month' | 'year';
  /**
   * 'text' when absolute; 'publication' when computed from the publication day; 'anchor' when
   * counted from an earlier date of the text ("The next day", "two days later"); 'unresolved' without one.
   */
  resolved: 'text' | 'publication' | 'anchor' | 'unresolved';
  /**
   * 'event' when it dates something the article reports (past or scheduled); 'other' for
   * background: after "since", "until", "born", "by", "from", "between"..., or more than a year from
   * publication ("in 1948"). Heuristic: see context.ts.
   */
  role: 'event' | 'other';
}

const SPAN = new RegExp(`\\b(?:${SPAN_SUPERLATIVES.join('|')})\\b[^,.;]{0,40}$`, 'i');
const ABSORB = new RegExp(`\\b(?:${ABSORBED_BEFORE.join('|')})(?:\\s+|-)$`, 'i');

/** Date mentions sorted by start, non-overlapping. Never throws; an unreadable publishedAt counts as none. */
export function extractDates(text: string, publishedAt: string | null): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pub = publicationDay(publishedAt);
  const out: DateMention[] = [];
  let prevEnd = 0;
  let anchor: Anchor | null = null;
  const all: Array<Candidate | AnchoredCandidate> = [...findCandidates(text), ...anchoredCandidates(text)];
  for (const c of nonOverlapping(all.sort((a, b) => a.start - b.start || b.end - a.end))) {
    if (c.start < prevEnd) continue;
    const start = absorb(text, c.start, prevEnd);
    let r: Resolution | null;
    let resolved: DateMention['resolved'];
    if (c.shape.type === 'anchored') {
      r = resolveAnchored(c.shape, anchor, pub);
      resolved = anchor ? 'anchor' : 'publication';
    } else {
      // A present copula speaks only for a yearless date: "the next round is in May".
      const tense = (): Tense => tenseAt(text, start, c.end, c.shape.type === 'calendar');
      // "in three weeks" dates only a future clause or a schedule ("takes effect in 30 days"):
      // "the first time in 20 years", "the biggest rise in four decades" are spans back.
      if (c.shape.type === 'shift' && c.shape.future && (SPAN.test(text.slice(Math.max(0, start - 60), start)) ||
        (!futureBefore(text, start) && !scheduledBefore(text, start) && tense() !== 'future'))) continue;
      r = resolve(c.shape, pub, tense);
      resolved = r?.kind === 'absolute' ? 'text' : r?.value === null ? 'unresolved' : 'publication';
    }
    if (!r) continue;
    out.push({ start, end: c.end, text: text.slice(start, c.end), kind: r.kind, value: r.value, granularity: r.granularity, resolved, role: roleAt(text, start, r.range, pub) });
    // A counted date is no reference of its own: "from 1.51 percent the day before, … from $1.10 the
    // day before" name one day (chaining moved 5 of 110 mentions, as many wrong as right).
    if (r.value !== null && c.shape.type !== 'anchored') anchor = { value: r.value, granularity: r.granularity };
    prevEnd = c.end;
  }
  return out;
}

/**
 * The date the article's main reported event happened, for the timeline: the first 'event'
 * mention with a value in the lead (the first LEAD_CHARS units, about three sentences) that is
 * not after publication. A year alone ("in 2024") counts only when the lead has no finer date,
 * and, given the text, a date inside a relative clause (", where rebels seized the convoy on
 * March 3,") only when the lead has none outside one. Without a publication day, the first such
 * absolute date.
 */
export function eventDate(mentions: DateMention[], publishedAt: string | null, text?: string): string | null {
  const pub = publicationDay(publishedAt);
  const limit = pub === null ? null : isoDay(pub);
  let best: { rank: number; start: number; value: string } | null = null;
  for (const m of mentions) {
    if (m.start >= LEAD_CHARS || m.role !== 'event' || m.value === null) continue;
    // "raised 310 million crowns last year": a year counted back from publication is background,
    // never the day's news (a year written out, "in 2019", may still be the lead's only date).
    if (m.granularity === 'year' && m.kind === 'relative') continue;
    // ISO strings compare as dates: "2024" < "2024-03" < "2024-03-20" (a period counts from its first day).
    if (limit !== null && m.value > limit) continue;
    const rank = (m.granularity === 'year' ? 2 : 0) + (text !== undefined && RELATIVE_CLAUSE.test(text.slice(Math.max(0, m.start - 200), m.start)) ? 1 : 0);
    if (!best || rank < best.rank || (rank === best.rank && m.start < best.start)) best = { rank, start: m.start, value: m.value };
  }
  return best?.value ?? null;
}

/** Text before a mention that leaves it inside ", which/who/where …" (not closed by a comma or the sentence's end). */
const RELATIVE_CLAUSE = /(?:[,(—–]|\s-)\s*(?:which|who|whom|whose|where)\b[^,;:.!?()—–]*$/i;

/** Candidates come sorted by start, longest first; keep each that does not overlap a kept one. */
function nonOverlapping<C extends { start: number; end: number }>(cands: C[]): C[] {
  const kept: C[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
  }
  return kept;
}

/** Pull "on", "in", "earlier", "late", "mid-" ... in front of the date into its text, not past `floor`. */
function absorb(text: string, start: number, floor: number): number {
  for (let i = 0; i < 3; i++) {
    const m = ABSORB.exec(text.slice(Math.max(floor, start - 12), start));
    if (!m) break;
    start -= m[0].length;
  }
  return start;
}
