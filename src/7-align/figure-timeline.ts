// One quantity followed across a storyline: who reported which value when, and which
// reports were stale — published after another outlet had already reported a newer value,
// yet still giving the older one. Sample: MPA says 40 dead on Friday, 52 on Saturday; the
// Ledger still says 40 on Sunday -> the Ledger's figure is stale.
import type { FigureOccurrence } from './figure-claims.js';
import { figureClaims } from './figure-claims.js';
import { dayOnlyIso } from './quote-provenance.js';
import { meet, type Interval } from './agree.js';
import { claimInterval as intervalOf } from './claim-interval.js';
import { GRACE, reportTime, sameDay } from './figure-time.js';
import { countsHappenings } from './figure-key.js';

export interface TimelinePoint {
  articleId: string;
  publishedAt: string | null;
  text: string;
  low: number;
  high: number | null;
  /** Index of the value group (agreeing values share one). */
  value: number;
  stale: boolean;
  /** Who gives the number, when the text says ("National Emergency Directorate"). */
  sayer?: string;
}

export interface FigureTimeline {
  quantity: string;
  points: TimelinePoint[];
}

type Dated = FigureOccurrence & { publishedAt: string | null; asOf?: string | null };

const DAY = 86_400_000;

/**
 * Whether an article published at t (its ISO form `iso`) came out after a newer value first seen
 * at w: more than a day later, or, for an article dated by its day only, on a later day than w's
 * (a paper dated 28 October repeats a figure replaced on the 27th at 15:20).
 */
function after(t: number, iso: string | null, w: number): boolean {
  if (t - w > GRACE) return true;
  return !!iso && dayOnlyIso(iso) && Math.floor(t / DAY) > Math.floor(w / DAY);
}

/**
 * One value, for telling old from new: wordings that agree and are both bounded ("47", "about
 * 47"), or open from the same figure ("at least 12", "12"). An open "at least 12" agrees with a
 * later 52 without being it: 52 is a newer figure, not one first seen with the 12.
 */
function sameValue(a: Interval, b: Interval): boolean {
  if (!meet(a, b)) return false;
  return (Number.isFinite(a[1]) && Number.isFinite(b[1])) || a[0] === b[0];
}

interface Report {
  o: Dated;
  value: number;
  iv: Interval;
  /** When it was published, and when it gives its value (its sentence's earlier day, else the same). */
  published: number;
  at: number;
  iso: string | null;
}

export function figureTimelines(occurrences: Dated[], overDaysOnly = false): FigureTimeline[] {
  const out: FigureTimeline[] = [];
  for (const claim of figureClaims(occurrences)) {
    // Several values from several voices: one article giving two figures is not a timeline. A
    // lower bound and a later figure above it are two values ("more than 5,000", then 8,000).
    if (claim.independentReports < 2) continue;
    const all = claim.values.flatMap((v) => v.occurrences.map((o) => intervalOf(o.figure)));
    if (!all.some((a) => all.some((b) => !sameValue(a, b)))) continue;
    // Nothing said about what happened to the thing counted ("a 9 percent rise" demanded, "a 6.5
    // percent rise" agreed): its values may be different things, not one figure revised.
    if (!countsHappenings(claim.key)) continue;
    const reports: Report[] = claim.values.flatMap((v, value) =>
      v.occurrences.map((o) => ({ o, value, iv: intervalOf(o.figure), published: o.publishedAt ? Date.parse(o.publishedAt) : NaN, at: reportTime(o), iso: o.asOf ? `${o.asOf.slice(0, 10)}T00:00:00Z` : o.publishedAt })),
    );
    // When each report's value was first published.
    const firstSeen = new Map(reports.map((r) => [r, Math.min(...reports.filter((x) => sameValue(r.iv, x.iv) && !Number.isNaN(x.published)).map((x) => x.published))]));
    // A storyline of one event: only a quantity whose values came out on different days.
    const firsts = [...firstSeen.values()].filter((t) => Number.isFinite(t));
    if (overDaysOnly && !firsts.some((a) => firsts.some((b) => !sameDay(a, b)))) continue;
    const gives = (root: string, r: Report) => reports.some((x) => x.o.root === root && sameValue(x.iv, r.iv));
    const newer = (r: Report) => reports.filter((x) => !sameValue(r.iv, x.iv) && firstSeen.get(x)! > firstSeen.get(r)! && !disputed(x, reports, firstSeen));
    const points: TimelinePoint[] = reports.map((r) => {
      // Stale: a newer value, not disputed, was already out (by more than the grace) when this report gave its own, and its voice never gives that value.
      const stale = !Number.isNaN(r.at) && newer(r).some((x) => after(r.at, r.iso, firstSeen.get(x)!) && !gives(r.o.root, x));
      return { articleId: r.o.articleId, publishedAt: r.o.publishedAt, text: r.o.figure.text, low: r.o.figure.value, high: r.o.figure.high, value: r.value, stale, ...(r.o.figure.sayer ? { sayer: r.o.figure.sayer } : {}) };
    });
    points.sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff'));
    out.push({ quantity: claim.key, points });
  }
  return out;
}

/**
 * A value one voice alone gives (its articles giving no other value) while other voices, the day
 * it came out, give another: a disputed value (a mayor's "at least 60" against the official 47),
 * not a newer figure that makes the others' stale.
 */
function disputed(r: Report, reports: readonly Report[], firstSeen: ReadonlyMap<Report, number>): boolean {
  const w = firstSeen.get(r)!;
  const mine = reports.filter((x) => sameValue(r.iv, x.iv));
  const roots = new Set(mine.map((x) => x.o.root));
  const alone = new Set(mine.filter((x) => !reports.some((y) => y.o.articleId === x.o.articleId && !sameValue(r.iv, y.iv))).map((x) => x.o.root));
  if (alone.size > 1) return false;
  return reports.some((y) => !meet(r.iv, y.iv) && !roots.has(y.o.root) && !Number.isNaN(y.at) && (sameDay(y.at, w) || (y.at >= w && y.at - w < GRACE)));
}
