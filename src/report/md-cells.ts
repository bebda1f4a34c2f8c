// Cell text for the Markdown views: pipes escaped, white space folded, long text cut.
export const cell = (s: string | null) => (s ?? '—').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
/** "1 storyline", "3 storylines", "0 events". */
export const counted = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
export const short = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
