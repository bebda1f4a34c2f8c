// Cell text for the Markdown views: pipes escaped, white space folded, long text cut.
export const cell = (s: string | null) => (s ?? '—').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
/** "1 storyline", "3 storylines", "0 events". */
/** A day of an ISO date, "(est.)" when Parallax estimated it: "2025-03-18 (est.)"; `none` without a date. */
export const dated = (iso: string | null | undefined, estimated?: boolean, none = 'undated') => (iso ? `${iso.slice(0, 10)}${estimated ? ' (est.)' : ''}` : none);

/** An event's days: "2025-10-14 – 2025-10-15", one day once, "(est.)" where estimated. */
export function eventDays(e: { start: string | null; end: string | null; startEstimated?: boolean; endEstimated?: boolean }, none = 'undated'): string {
  const first = dated(e.start, e.startEstimated, none);
  return e.end && e.end.slice(0, 10) !== e.start?.slice(0, 10) ? `${first} – ${dated(e.end, e.endEstimated, none)}` : first;
}
export const counted = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
/** Text cut to n characters at most, at a word boundary when one is near, with "…": "are still wo…" -> "are still…". */
export function short(s: string, n = 140): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= n * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
