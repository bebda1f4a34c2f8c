// Cell text for the Markdown views: pipes escaped, white space folded, long text cut.
export const cell = (s: string | null) => (s ?? '—').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
export const short = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
