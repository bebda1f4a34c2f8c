// Classifies one non-empty paragraph as boilerplate, or returns null for body text.
// Rules run from the most specific (desk notes, credits) to the most contextual (bylines).
import type { Boilerplate } from '../../core/types.js';
import type { AgencyIndex } from './agencies.js';
import { captionBeforeCredit, captionParts } from './captions.js';
import { deskNote } from './desk.js';
import { promoNote, relatedLine } from './promo.js';
import { isByline } from './bylines.js';
import { isMastheadLine } from './masthead.js';
import { isTimestampLine } from './timestamp.js';
import { isContactLine, isPlacedTimestamp, isReleaseLabel } from './release.js';
import { parseDateline } from './dateline.js';
import { looksLikeHeadline } from './headline.js';
import { endsSentence, norm, moreWordsThan } from './text.js';

import { CLOCK } from './updates.js';

export type Slot = 'paragraphs' | keyof Boilerplate;

export interface Piece {
  slot: Slot;
  text: string;
}

export interface Verdict {
  /** Why: 'caption', 'credit', 'desk-note', 'promo', 'footer', 'related', 'byline', 'timestamp', ... */
  rule: string;
  pieces: Piece[];
  /** Agencies named by a desk note. */
  deskAgencies?: string[];
  /** A related label alone ("More on this story"): headline lines after it are related too. */
  relatedHeader?: boolean;
}

export interface Position {
  /** No body paragraph seen yet. */
  top: boolean;
  /** Among the last few non-empty paragraphs, after the body started. */
  tail: boolean;
  /** Right after a related label, inside its list of headlines. */
  inRelatedList: boolean;
  next: string | undefined;
  title: string | null;
  /** The outlet the input declares: its name on a line of its own is a masthead, not a byline. */
  outlet?: string | null;
  /** Normalised captions seen so far. */
  captions: ReadonlySet<string>;
  agencies: AgencyIndex;
}

const whole = (rule: string, slot: Slot, text: string): Verdict => ({ rule, pieces: [{ slot, text }] });

/** Most words in a headline listed under a related label. */
const MAX_RELATED_HEADLINE_WORDS = 16;

export function classifyParagraph(p: string, at: Position): Verdict | null {
  if (at.top && parseDateline(p, at.agencies)) return null;
  const key = norm(p);
  if ((at.title && key === norm(at.title)) || at.captions.has(key)) return whole('repeat', 'captions', p);
  const desk = deskNote(p, at);
  if (desk) return { ...whole('desk-note', 'notes', p), deskAgencies: desk.agencies };
  const cap = captionParts(p);
  if (cap) {
    const pieces: Piece[] = [
      ...cap.captions.map((text): Piece => ({ slot: 'captions', text })),
      ...cap.credits.map((text): Piece => ({ slot: 'credits', text })),
    ];
    return { rule: cap.captions.length > 0 ? 'caption' : 'credit', pieces };
  }
  if (captionBeforeCredit(p, at.next)) return whole('caption-before-credit', 'captions', p);
  if (promoNote(p)) return whole('promo', 'notes', p);
  const related = relatedLine(p);
  if (related) return { ...whole('related', 'related', p), relatedHeader: related.header };
  if (at.inRelatedList && looksLikeHeadline(p) && !endsSentence(p) && !moreWordsThan(p, MAX_RELATED_HEADLINE_WORDS)) {
    return { ...whole('related-list', 'related', p), relatedHeader: true };
  }
  if (at.top && isMastheadLine(p, { next: at.next, outlet: at.outlet })) return whole('masthead', 'notes', p);
  if (at.top && isByline(p, { next: at.next })) return whole('byline', 'bylines', p);
  if ((at.top || at.tail) && isTimestampLine(p)) return whole('timestamp', 'notes', p);
  // A live blog's update time on a line of its own, anywhere: "14:20", "08:05 GMT", "2.15pm".
  if (isTimestampLine(p) && CLOCK.test(p)) return whole('timestamp', 'notes', p);
  // "Press release · Regulated information", "Tessburg, 2 March 2026, 07:00 CET" over a release; "Media contact: …" under it.
  if (at.top && (isReleaseLabel(p) || isPlacedTimestamp(p))) return whole('release-label', 'notes', p);
  if (at.tail && isContactLine(p)) return whole('contact', 'notes', p);
  if (at.tail && /^(?:by|written by)\s/iu.test(p) && isByline(p)) return whole('byline', 'bylines', p);
  return null;
}
