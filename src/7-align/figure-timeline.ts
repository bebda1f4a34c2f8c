// One quantity followed across a storyline: who reported which value when, and which
// reports were stale — published after another outlet had already reported a newer value,
// yet still giving the older one. Sample: MPA says 40 dead on Friday, 52 on Saturday; the
// Ledger still says 40 on Sunday -> the Ledger's figure is stale.
import type { FigureOccurrence } from './figure-claims.js';
import { figureClaims } from './figure-claims.js';
import { dayOnlyIso } from './quote-provenance.js';

export interface TimelinePoint {
  articleId: string;
  publishedAt: string | null;
  text: string;
  low: number;
  high: number | null;
  /** Index of the value group (agreeing values share one). */
  value: number;
  stale: boolean;
}

export interface FigureTimeline {
  quantity: string;
  points: TimelinePoint[];
}

/** A day's grace: outlets publishing the same day have not yet seen each other. */
const GRACE = 86_400_000;

type Dated = FigureOccurrence & { publishedAt: string | null };

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

export function figureTimelines(occurrences: Dated[]): FigureTimeline[] {
  const at = (o: Dated) => (o.publishedAt ? Date.parse(o.publishedAt) : NaN);
  const out: FigureTimeline[] = [];
  for (const claim of figureClaims(occurrences)) {
    // Several values from several voices: one article giving two figures is not a timeline.
    if (claim.values.length < 2 || claim.independentReports < 2) continue;
    // Nothing said about what happened to the thing counted ("a 9 percent rise" demanded, "a 6.5
    // percent rise" agreed): its values may be different things, not one figure revised.
    if (claim.key.split('|')[1] === '') continue;
    // When each value group was first reported.
    const firstSeen = claim.values.map((v) => Math.min(...v.occurrences.map(at).filter((t) => !Number.isNaN(t))));
    const points: TimelinePoint[] = claim.values.flatMap((v, value) =>
      v.occurrences.map((o) => {
        const t = at(o);
        // Stale: another value group, first seen after this one's, was already out (by more than the grace) when this article appeared.
        const stale = !Number.isNaN(t) && firstSeen.some((w, k) => k !== value && w > firstSeen[value]! && after(t, o.publishedAt, w) && !claim.values[k]!.roots.includes(o.root));
        return { articleId: o.articleId, publishedAt: o.publishedAt, text: o.figure.text, low: o.figure.value, high: o.figure.high, value, stale };
      }),
    );
    points.sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff'));
    out.push({ quantity: claim.key, points });
  }
  return out;
}
