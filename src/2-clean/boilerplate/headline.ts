// Whether a line reads as a headline: "Ceasefire talks resume in Cairo", "# Port strike ends".
// Not: "The talks resumed on Tuesday." (a sentence), "By Jane Roe" (a byline),
// "LONDON (Reuters) - Talks resumed" (a dateline opens a body paragraph).
import { isByline } from './bylines.js';
import { parseDateline } from './dateline.js';
import { endsWithPeriod, moreWordsThan } from './text.js';

/** Most words and characters a headline has. */
const MAX_WORDS = 20;
const MAX_CHARS = 200;

export function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (!/\p{L}/u.test(s) || s.includes('\n')) return false;
  if (/^#{1,6}\s+\S/u.test(s)) return true; // markdown heading; the caller strips the "#"
  if (s.length > MAX_CHARS || moreWordsThan(s, MAX_WORDS)) return false;
  if (endsWithPeriod(s)) return false;
  if (isByline(s)) return false;
  return parseDateline(s) === null;
}
