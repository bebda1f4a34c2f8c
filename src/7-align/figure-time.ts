// When each reported value of a quantity came out, and whether two values were set against each
// other on one day (a dispute) or followed one another (a change). Sample: the wire gives 12 dead
// on Monday, 31 on Tuesday and 47 on Wednesday, a paper 31 and 47 the same evenings: a change,
// although the wire gives every value; a mayor's "at least 60" on Wednesday morning against the
// official 47 that evening, each voice giving one of them only: a dispute.

export interface TimedReport {
  root: string;
  publishedAt?: string | null;
  /** The earlier day its own sentence dates the figure to ("On March 4 the toll was 47"). */
  asOf?: string | null;
}

export interface TimedValue {
  occurrences: ReadonlyArray<TimedReport>;
}

const DAY = 86_400_000;
/** A day's grace: outlets publishing the same day have not yet seen each other. */
export const GRACE = DAY;
/** Reports closer than this are on one day even across midnight. */
const NEAR = 6 * 3_600_000;

/** When a report gives its value: the day its sentence dates it to, else its publication. */
export function reportTime(o: TimedReport): number {
  if (o.asOf) return Date.parse(o.asOf.slice(0, 10));
  return o.publishedAt ? Date.parse(o.publishedAt) : NaN;
}

export const sameDay = (a: number, b: number): boolean => Math.abs(a - b) < NEAR || Math.floor(a / DAY) === Math.floor(b / DAY);

const firstOf = (reports: readonly TimedReport[]): number => Math.min(...reports.map((o) => (o.publishedAt ? Date.parse(o.publishedAt) : NaN)).filter((t) => Number.isFinite(t)));

interface Placed {
  roots: Set<string>;
  /** The first publication of the value (Infinity when no report of it is dated). */
  first: number;
  reports: readonly TimedReport[];
}

function place(values: ReadonlyArray<TimedValue>): Placed[] {
  return values.map((v) => ({ roots: new Set(v.occurrences.map((o) => o.root)), first: firstOf(v.occurrences), reports: v.occurrences }));
}

/** Reports of `a` by voices that never give `b`: a voice giving both has set them side by side. */
const only = (a: Placed, b: Placed) => a.reports.filter((o) => !b.roots.has(o.root));

/**
 * Two values set against each other: each is given by a voice that does not give the other, and
 * either both first came out on one day (two new figures the same day), or such a
 * report of the older value comes out after the newer one, within a day of it (a voice holding on
 * to its own figure). A report of the older value published before the newer one was out is
 * no rival: it was the figure then ("twelve dead", said at 06:30, the toll of 31 out at 16:10).
 */
function rivals(a: Placed, b: Placed): boolean {
  const [xa, xb] = [only(a, b), only(b, a)];
  if (!xa.length || !xb.length) return false;
  if (sameDay(a.first, b.first)) return true;
  const [newer, olderOnly] = a.first <= b.first ? [b, xa] : [a, xb];
  return olderOnly.some((o) => {
    const t = reportTime(o);
    return t >= newer.first && t - newer.first < GRACE;
  });
}

/** A report of the older value, by a voice that never gives the newer, a day or more after the newer came out. */
function staleRepeat(a: Placed, b: Placed): boolean {
  const [older, newer] = a.first <= b.first ? [a, b] : [b, a];
  return only(older, newer).some((o) => reportTime(o) - newer.first >= GRACE);
}

/**
 * Whether a quantity's values (groups of agreeing reports, different groups different values)
 * follow one another in time: each value first published on a day of its own, and no two of them
 * set against each other on one day. A voice that gives several of the values (a wire reporting
 * every day, "95, down from 120") counts. With `strict`, no voice repeats an older value a day or
 * more after a newer one came out either (such a report is stale, or a voice disputing it).
 * A value no report of which is dated cannot be placed.
 */
export function inSequence(values: ReadonlyArray<TimedValue>, strict = true): boolean {
  const placed = place(values).filter((p) => p.reports.length);
  if (placed.length < 2 || placed.some((p) => !Number.isFinite(p.first))) return false;
  return placed.every((a, i) =>
    placed.slice(i + 1).every((b) => !sameDay(a.first, b.first) && !rivals(a, b) && !(strict && staleRepeat(a, b))),
  );
}
