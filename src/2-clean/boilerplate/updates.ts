// A live blog's update times: the time lines set aside as notes ("14:20", "08:05 GMT",
// "Updated 3 March, 19:40", "6.10am"), each with the body paragraph it heads. The page is one
// article; each update was published at its own time (src/2-clean/live-updates.ts resolves them).
import type { TracedParagraph } from './classify.js';
import { isTimestampLine } from './timestamp.js';

/** A clock time: "14:20", "8.05", "2pm", "10 a.m.". */
export const CLOCK = /\b\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?![\p{L}\p{N}])/iu;

/** The page's own stamp, not an update's: "Published: 4 March 2026 06:10", "Posted 10:00". */
const PAGE_LABEL = /^(?:first\s+)?(?:published|posted|date)\b/iu;

/** An update time on a line of its own. */
export const isUpdateStamp = (line: string): boolean => isTimestampLine(line) && CLOCK.test(line) && !PAGE_LABEL.test(line.trim());

export interface UpdateStamp {
  /** Index of the body paragraph the time heads, among the body paragraphs. */
  paragraph: number;
  stamp: string;
}

/** Fewer update times than this and the page is no live blog (one "10:00" line over a story). */
export const MIN_UPDATES = 2;

/**
 * A time heading a paragraph, bold in the page ("<b>14:20</b> Rescuers reached…", "**6.10am**
 * Rescuers…" in a text file; the markup is gone by now): hours and minutes or am/pm, an optional
 * zone and dash, then the update's first word, capitalised. "At 14:20 the water rose" is no head.
 */
const LEAD = /^(\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|local time))?)\s*[-–—:|]?\s+(?=["“‘']?\p{Lu})/u;

/** The time heading a paragraph and the rest: "14:20 Rescuers reached…" -> { time: "14:20", rest: "Rescuers reached…" }. */
export function leadingTime(p: string): { time: string; rest: string } | null {
  const m = LEAD.exec(p);
  return m && CLOCK.test(m[1]!) ? { time: m[1]!.trim(), rest: p.slice(m[0].length) } : null;
}

/**
 * The update times of a page, each with the next body paragraph after it, when at least two
 * times head body text. Sample: ["Intro.", "14:20", "Rescuers…", "More…", "11:40", "The river…"]
 * -> [{ paragraph: 1, stamp: "14:20" }, { paragraph: 3, stamp: "11:40" }].
 */
export function updateStamps(trace: readonly TracedParagraph[]): UpdateStamp[] {
  const out: UpdateStamp[] = [];
  let body = 0;
  let pending: string | null = null;
  for (const t of trace) {
    for (const p of t.pieces) {
      if (p.slot === 'notes' && isUpdateStamp(p.text)) pending = p.text.trim();
      else if (p.slot === 'paragraphs') {
        if (pending !== null) out.push({ paragraph: body, stamp: pending });
        pending = null;
        body++;
      }
    }
  }
  return out.length >= MIN_UPDATES ? out : [];
}
