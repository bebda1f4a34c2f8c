// Page furniture around a story: related links, promotions, publication notes, copyright footers.
//   related: "Read more: ...", "RELATED: ...", "More on this story", "Click here to ..."
//   notes:   "Advertisement", "Sign up for our newsletter", "© 2025 Outlet. All rights reserved."
import { COPYRIGHT, COPYRIGHT_NAMED, CORRECTION_STARTS, LEGAL_SUFFIX, PROMO_LINES, PROMO_STARTS, RELATED_LABELS, RELATED_STARTS, REPORTING_VERBS } from './model/cues.js';
import { alternation, words, moreWordsThan } from './text.js';

const RELATED = new RegExp(`^(?:${alternation(RELATED_LABELS)})(?:\\s*(?:[:|–—>»›]|\\s-)\\s*(.*)|\\s*\\.{3}|\\s*…)?$`, 'iu');
const PROMO = new Set(PROMO_LINES);
/** Longest promotional line, in words; longer text is prose. */
const MAX_PROMO_WORDS = 45;
/** Longest correction note, in words: it restates the error and the fix. */
const MAX_CORRECTION_WORDS = 90;

const isCopyright = (s: string): boolean => COPYRIGHT.some((re) => re.test(s)) || COPYRIGHT_NAMED.test(s);

/** Bare text of a short UI line: "Share this article »" -> "share this article". */
const bare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/gu, ' ').trim();

export interface RelatedLine {
  /** True for a label alone ("More on this story", "Related:"): headlines may follow it. */
  header: boolean;
}

export function relatedLine(paragraph: string): RelatedLine | null {
  const s = paragraph.trim();
  if (moreWordsThan(s, MAX_PROMO_WORDS)) return null;
  const m = RELATED.exec(s);
  if (m) {
    const after = (m[1] ?? '').trim();
    // "Watch" or "Listen" alone is a label; "Watch: ..." needs what follows to be a title, not reporting.
    if (after && REPORTING_VERBS.test(after) && /[.!?]["”’]?$/u.test(after)) return null;
    return { header: !/[\p{L}\p{N}]/u.test(after) };
  }
  if (RELATED_STARTS.test(s) && !REPORTING_VERBS.test(s)) return { header: false };
  return null;
}

/** Promotions and publication notes: "Advertisement", "Subscribe to our newsletter", "Copyright 2025 ...". */
export function promoNote(paragraph: string): boolean {
  const s = paragraph.trim();
  const n = words(s).length;
  // "SHARE THIS STORY | Follow us for more crime news": a bar of page furniture, every part a promotion.
  const parts = s.split(/\s+[|·•]\s+/u);
  if (parts.length > 1 && n <= MAX_PROMO_WORDS) return parts.every((p) => promoNote(p));
  if (n <= 6 && PROMO.has(bare(s))) return true;
  if (n <= 80 && isCopyright(s)) return true;
  // "Correction: An earlier version of this article said …": the reporting verb is the note's own.
  if (n <= MAX_CORRECTION_WORDS && CORRECTION_STARTS.some((re) => re.test(s))) return true;
  if (n > MAX_PROMO_WORDS || REPORTING_VERBS.test(s)) return false;
  return PROMO_STARTS.some((re) => re.test(s));
}

/**
 * The publisher a copyright footer names: "© 2025 Meridian Press. All rights reserved." ->
 * "Meridian Press"; "Copyright 2025 Outlet Name" -> "Outlet Name"; null when none is named.
 */
export function footerOutlet(paragraph: string): string | null {
  const s = paragraph.trim();
  if (!isCopyright(s)) return null;
  let t = s.replace(/[.,;|]?\s*all rights reserved[\s\S]*$/iu, '');
  t = t.replace(/^(?:\s*(?:copyright|©|\(c\)))+/iu, '');
  t = t.replace(/(?:^|\s)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?(?=\s|[.,;]|$)/gu, ' ');
  t = t.split(/\.\s|\s[|–—-]\s/u)[0] ?? '';
  t = t.replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/gu, '').replace(LEGAL_SUFFIX, '').trim();
  if (!t || t.length > 60) return null;
  const toks = words(t);
  if (toks.length > 6 || !/^[\p{Lu}\p{N}]/u.test(t)) return null;
  if (!toks.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|the|and|for|de|du|la|le|news|media)$/u.test(w))) return null;
  return t;
}
