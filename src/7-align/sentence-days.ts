// The day a sentence dates what it reports to, when that is before the article came out: a
// figure in it is history, the figure of that day, not the article's current one. Samples, in an
// article of 16 March: "On March 4 the directorate put the toll at 47" -> 2026-03-04; "By the
// evening of March 2, the directorate was counting 12 dead" -> 2026-03-02; in one of 3 March,
// "The directorate said yesterday that twelve people had died" -> 2026-03-02.

export interface DayMention {
  start: number;
  end: number;
  value: string | null;
  granularity: string;
  /** 'other' for background ("since Monday", "until Friday"): it dates no event of the sentence. */
  role?: string;
}

/** A clause that dates something else: "since the storm hit on Monday", "a day after the dam broke on Tuesday". */
const OTHER_CLAUSE = /\b(?:since|after|before|until|following)\b[^,.;:]*$/i;

/**
 * The latest day an event date of the sentence around [start, end) gives, when it is before the
 * publication day; else null (an undated sentence, or one dated to the day of publication or later:
 * "rose to 47 on Wednesday" in Wednesday's paper is today's figure).
 */
export function sentenceDay(text: string, sentences: ReadonlyArray<{ start: number; end: number }>, dates: readonly DayMention[] | undefined, publishedAt: string | null, start: number, end: number): string | null {
  if (!publishedAt || !dates?.length) return null;
  const s = sentences.find((x) => x.start <= start && end <= x.end);
  if (!s) return null;
  const days = dates
    .filter((d) => d.granularity === 'day' && d.value && d.role !== 'other' && d.start >= s.start && d.end <= s.end && !OTHER_CLAUSE.test(text.slice(s.start, d.start)))
    .map((d) => d.value!.slice(0, 10));
  if (!days.length) return null;
  const latest = days.sort().at(-1)!;
  return latest < publishedAt.slice(0, 10) ? latest : null;
}
