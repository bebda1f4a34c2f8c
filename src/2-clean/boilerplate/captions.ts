// Caption paragraphs: a picture description with its credit, as scraped pages leave them.
//   "Smoke rises over the port\nSmoke rises over the portJane Roe/Meridian Press"
//     -> captions ["Smoke rises over the port"], credits ["Jane Roe/Meridian Press"]
//   "Getty Images" -> credits ["Getty Images"]
import { splitCredit } from './credit.js';
import { endsSentence, hasContent, norm, moreWordsThan } from './text.js';

export interface CaptionParts {
  captions: string[];
  credits: string[];
}

/** Longest caption, in words; a longer text ending in a credit is a body paragraph with an inline picture credit. */
export const MAX_CAPTION_WORDS = 40;
/** Longest uncredited line taken for a caption because a credit follows it. */
const MAX_FRAGMENT_WORDS = 30;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "Smoke risesSmoke rises" -> "Smoke rises": pages glue a repeated caption to itself. */
export function undouble(s: string): string {
  const t = s.trim();
  const half = Math.floor(t.length / 2);
  for (let cut = half - 1; cut <= half + 1; cut++) {
    const a = t.slice(0, cut).trim();
    if (a.length > 3 && a === t.slice(cut).trim()) return a;
  }
  return t;
}

/** Split a paragraph that is a caption with a credit on its last line; null if it is not one. */
export function captionParts(paragraph: string): CaptionParts | null {
  const lines = paragraph.split('\n').map((l) => l.trim()).filter(hasContent);
  const last = lines.at(-1);
  if (last === undefined) return null;
  const split = splitCredit(last);
  if (!split) return null;
  const others = lines.slice(0, -1);
  if (moreWordsThan(split.caption, MAX_CAPTION_WORDS)) return null;
  // Lines above the credit line are captions when they are fragments or repeat its caption;
  // a finished sentence there is body text with a credit line under it.
  const repeat = (l: string): boolean => split.caption !== '' && norm(split.caption).startsWith(norm(l));
  if (others.some((l) => moreWordsThan(l, MAX_CAPTION_WORDS) || (endsSentence(l) && !repeat(l)))) return null;
  const captions: string[] = [];
  for (const line of [...others, split.caption]) {
    const t = undouble(line);
    // A repeat is dropped only when it is the same text: "Jane Roe" over "JANE ROE" keeps both,
    // so that nothing of the paragraph is lost.
    if (hasContent(t) && !captions.some((c) => squash(c) === squash(t))) captions.push(t);
  }
  const credits = split.credits.filter(hasContent);
  return captions.length + credits.length > 0 ? { captions, credits } : null;
}

/** A line that is only a credit: "Jane Roe/AFP", "Photo: Meridian Press", "AFP via Getty Images". */
export function isCreditOnly(line: string): boolean {
  const parts = captionParts(line);
  return parts !== null && parts.captions.length === 0;
}

/**
 * A short fragment is a caption when a credit follows it, or the next line repeats it with a credit:
 * "Smoke rises over the port" then "Smoke rises over the portJane Roe/Meridian Press".
 */
export function captionBeforeCredit(line: string, next: string | undefined): boolean {
  if (next === undefined || line.includes('\n')) return false;
  if (moreWordsThan(line, MAX_FRAGMENT_WORDS) || endsSentence(line)) return false;
  const parts = captionParts(next);
  if (!parts || parts.credits.length === 0) return false;
  return parts.captions.length === 0 || parts.captions.some((c) => norm(c).startsWith(norm(line)));
}

/** Cut a picture credit off the end of a long body paragraph: "... said on Tuesday. Jane Roe/AFP". */
export function trailingCredit(paragraph: string): { body: string; credits: string[] } | null {
  const split = splitCredit(paragraph);
  if (!split || split.credits.length === 0 || !moreWordsThan(split.caption, MAX_CAPTION_WORDS)) return null;
  if (!endsSentence(split.caption)) return null;
  return { body: split.caption, credits: split.credits };
}
