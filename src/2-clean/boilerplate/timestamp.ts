// Timestamp and reading-time lines scraped with the article:
// "Published: 18 March 2025", "Updated Tue 18 Mar 2025 10.00 GMT", "March 18, 2025", "5 min read".
import { MONTHS, TIME_WORDS, TIMESTAMP_LABELS, WEEKDAYS } from './model/dates.js';
import { alternation, words } from './text.js';

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const TIME = new Set(TIME_WORDS);
const LABEL = new RegExp(`^(?:${alternation(TIMESTAMP_LABELS)})\\b\\s*(?:on|at)?\\s*:?\\s*`, 'iu');
const NUMERIC = /^\d[\d:.\/-]*(?:st|nd|rd|th|h|am|pm)?$/iu;

/** A line holding only a date, time or reading time, with an optional label. */
export function isTimestampLine(line: string): boolean {
  const s = line.trim();
  if (s.length > 120 || s.includes('\n')) return false;
  const toks = words(s.replace(LABEL, '').replace(/[,|•·()]/g, ' ')).map((t) => t.replace(/[.:]$/u, ''));
  if (toks.length === 0 || toks.length > 14) return false;
  let anchored = false;
  for (const t of toks) {
    const lower = t.toLowerCase();
    if (NUMERIC.test(t)) anchored = true;
    else if (CALENDAR.has(lower)) anchored ||= MONTHS.some((m) => m.toLowerCase() === lower);
    else if (!TIME.has(lower) && !/^[–—-]$/u.test(t)) return false;
  }
  return anchored;
}

const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified)\b/iu;

/**
 * The date part of a timestamp line that says when the story was published, or null:
 * "Published: 15 January 2025" -> "15 January 2025", "Wednesday 10 September 2025" -> itself;
 * "Updated 16 January 2025" (a later change) and "5 min read" -> null.
 */
export function publishedStamp(line: string): string | null {
  const s = line.trim();
  if (!isTimestampLine(s) || UPDATE_LABEL.test(s)) return null;
  return s.replace(LABEL, '');
}
