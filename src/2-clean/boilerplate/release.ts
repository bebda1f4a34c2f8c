// Press-release furniture: labels over the release, and the standard sections under it that every
// release of a company repeats word for word (so two releases would look like copies of each other):
//   top:  "Press release · Regulated information", "FOR IMMEDIATE RELEASE", "Tessburg, 2 March 2026, 07:00 CET"
//   tail: "About Harrenfeld Motorworks" and its paragraphs, "Media contact: …", "Forward-looking statements", "Notes to editors"
import { isTimestampLine } from './timestamp.js';
import { endsSentence, moreWordsThan } from './text.js';

const LABEL = String.raw`(?:(?:press|news|media|corporate|investor|company)\s+(?:release|announcement|information|news|statement)|for\s+immediate\s+release|embargoed?(?:\s+until\b[^·•|]*)?|regulated\s+information|inside\s+information|ad[\s-]hoc\s+(?:announcement|release|disclosure)|not\s+for\s+(?:release|publication|distribution)\b[^·•|]*)`;
/** A line made only of release labels, however separated: "Press release · Regulated information". */
const RELEASE_LABELS = new RegExp(String.raw`^${LABEL}(?:\s*[·•|/,–—:-]\s*${LABEL})*\s*[.:]?$`, 'iu');

export function isReleaseLabel(line: string): boolean {
  return RELEASE_LABELS.test(line.trim());
}

/** "Tessburg, 2 March 2026, 07:00 CET": the place of a release before its timestamp. */
const PLACED = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*,\s*(.+)$/u;

export function isPlacedTimestamp(line: string): boolean {
  const m = PLACED.exec(line.trim());
  return !!m && isTimestampLine(m[1]!);
}

/**
 * Headings that open the closing sections of a release: "About Harrenfeld Motorworks AG", "About
 * the company", "About us", "Forward-looking statements", "Notes to editors", "Media contacts".
 * "About 250 workers …" is prose: the name after "About" is capitalised and no sentence follows.
 */
const ABOUT = /^[Aa]bout\s+(?:us|the\s+(?:company|group|firm|bank|organi[sz]ation|author)|\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|and|of|the|de|du|für))*)\s*:?$/u;
const SECTION = /^(?:forward[- ]looking\s+statements?|cautionary\s+(?:note|statement)s?(?:\s+regarding\s+forward[- ]looking\s+statements?)?|safe\s+harbou?r\s+statement|notes?\s+(?:to|for)\s+editors|editors['’]?\s+notes?|(?:media|press|investor|investors['’]?)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|disclaimer)\s*:?$/iu;
/** A forward-looking-statements paragraph with no heading: "This press release contains forward-looking statements …". */
const FLS = /^(?:this|the)\s+(?:(?:press|news)\s+)?(?:release|announcement|document|communication)\s+(?:contains|includes|may\s+contain)\s+(?:certain\s+)?(?:[\p{L}-]+\s+)?forward[- ]looking\s+(?:statements|information)/iu;
/** "About Harrenfeld Motorworks\nFounded in …" or "About Harrenfeld Motorworks: Founded in …": the heading on the paragraph's first line. */
const INLINE_ABOUT = /^(about\s+[^:\n]{2,60}?)\s*(?:\n|:\s+)/iu;

/** Most paragraphs from a release's closing heading to the end: a longer run is no closing section. */
export const MAX_RELEASE_TAIL = 6;
const MAX_HEADING_WORDS = 8;

/**
 * What an "About X" section says of X: "Founded in 1952 …", "X is a leading …", "headquartered in",
 * a web address. A subheading "About Kallin" over prose is no such section.
 */
const DESCRIBES = /\b(?:founded|established|headquartered|based in|employs|(?:is|are) (?:a|an|the|one|among)\b|listed on|operates|www\.|https?:|\.com\b)/iu;

/** Opens the closing sections of a press release ("About X", "Media contact", forward-looking statements); `next`: the paragraph after it. */
export function opensReleaseTail(paragraph: string, next = ''): boolean {
  const s = paragraph.trim();
  if (FLS.test(s)) return true;
  const inline = INLINE_ABOUT.exec(s);
  const head = (inline?.[1] ?? s).trim();
  if (moreWordsThan(head, MAX_HEADING_WORDS) || (!inline && endsSentence(s) && !/:$/.test(s))) return false;
  if (SECTION.test(head)) return true;
  return ABOUT.test(head) && DESCRIBES.test(inline ? s.slice(inline[0].length) : next);
}

/**
 * A contact line under a release or a story: "Media contact: Jonas Riedl, press@…", "Press
 * enquiries: +44 …", "For more information, please contact Jonas Riedl".
 */
const CONTACT = /^(?:(?:media|press|investor|investors['’]?|analyst|journalist)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|for\s+(?:further|more)\s+information(?:,?\s+(?:please\s+)?contact)?)\s*[:\-–—]\s*\S|^for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact\b/iu;
const MAX_CONTACT_WORDS = 40;

export function isContactLine(line: string): boolean {
  const s = line.trim();
  return CONTACT.test(s) && !moreWordsThan(s, MAX_CONTACT_WORDS);
}

/** Index in `paragraphs` where the closing sections of a release start, or -1 (never the first paragraph). */
export function releaseTailStart(paragraphs: readonly string[]): number {
  for (let k = Math.max(1, paragraphs.length - MAX_RELEASE_TAIL); k < paragraphs.length; k++) {
    if (opensReleaseTail(paragraphs[k]!, paragraphs[k + 1])) return k;
  }
  return -1;
}
