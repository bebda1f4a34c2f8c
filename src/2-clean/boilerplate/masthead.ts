// The outlet's name on a line of its own under the headline, above the byline:
//   Brannock teachers return to class
//   Tessaly Courier          <- masthead: kept as a note, neither the byline nor the body
//   By Annick Solberg
import { BYLINE_PREFIX } from './model/bylines.js';
import { isByline } from './bylines.js';
import { norm, words } from './text.js';
import { isTimestampLine } from './timestamp.js';

/** Most words in an outlet's name: "The Orrin Valley Evening Post". */
const MAX_NAME_WORDS = 6;
/** Small words an outlet's name may hold in lower case: "Voice of the Coast". */
const NAME_JOINERS = /^(?:of|the|and|for|on|in)$/u;

export interface MastheadContext {
  /** The next line or paragraph. */
  next?: string | undefined;
  /** The outlet the input declares, when it does. */
  outlet?: string | null | undefined;
}

/**
 * The declared outlet's name, or a name-like line (capitalised words, no digit, no verb or
 * final punctuation) with a "By X" byline right after it. Not "Ukraine war" (a kicker: lower-case
 * word) nor "Jane Roe" followed by the story (a bare-name byline).
 */
export function isMastheadLine(line: string, ctx: MastheadContext = {}): boolean {
  const s = line.trim();
  // "Reuters" or "Jane Roe, Staff Reporter" is a byline on its own, whoever published it.
  if (!s || s.includes('\n') || isByline(s)) return false;
  if (ctx.outlet && norm(s) === norm(ctx.outlet)) return true;
  const next = ctx.next?.trim() ?? '';
  if (!BYLINE_PREFIX.test(next) || !isByline(next)) return false;
  return nameLike(s);
}

/** Capitalised words with no digit or final punctuation, as an outlet's name is written. */
function nameLike(s: string): boolean {
  const toks = words(s);
  if (!toks.length || toks.length > MAX_NAME_WORDS || /\d|[.!?:;,]$/u.test(s) || !/^\p{Lu}/u.test(s)) return false;
  return toks.every((t) => /^[\p{Lu}&]/u.test(t) || NAME_JOINERS.test(t));
}

/**
 * A text file that opens with its masthead above the headline:
 *   Arvonia Business Ledger      <- the outlet
 *   Wednesday 10 September 2025  <- the date (a timestamp line)
 *
 *   Kessanport stoppage strands ships
 * -> the outlet's name, or null when the first paragraph is not a name over a timestamp line.
 */
export function mastheadAbove(first: string): string | null {
  const lines = first.split('\n').map((l) => l.trim());
  if (lines.length !== 2 || !nameLike(lines[0]!) || !isTimestampLine(lines[1]!) || isByline(lines[0]!)) return null;
  return lines[0]!;
}
