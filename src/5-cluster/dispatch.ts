// One outlet's dispatches of different days are, as a rule, different events. A wire or a paper
// following a disaster files a new article each day (the flood on Monday, the toll on Tuesday, a
// dam breach on Wednesday, an aid package on Thursday), all naming the same places, people and
// toll, so their words alone keep them in one event for the whole week; an event is one day's
// incident. Sample: the wire's 2 March 17:40 "River floods kill 12" and its 4 March 15:45 "Dam
// breach adds to flood toll" (cosine 0.2-0.4) are kept apart; its 4 March 09:00 story and the
// 15:45 update of it are not weighed at all. A penalty, not a bar: an outlet's follow-up told in
// nearly the same words (fit 0.5 and more) still joins.
import type { ClusterOptions } from './options.js';

const HOUR = 3_600_000;

/** Per outlet, the earliest and latest publication time (ms) of an event's dated members. */
export type OutletSpans = Map<string, [number, number]>;

export function widenOutlet(spans: OutletSpans, outlet: string | null | undefined, time: number | null): void {
  if (!outlet || time === null) return;
  const s = spans.get(outlet);
  if (!s) spans.set(outlet, [time, time]);
  else (s[0] = Math.min(s[0], time)), (s[1] = Math.max(s[1], time));
}

/** True when the event holds an article of this outlet published `gapMs` or more before or after `time`. */
export function outletClash(spans: OutletSpans, outlet: string | null | undefined, time: number | null, gapMs: number): boolean {
  if (!outlet || time === null) return false;
  const s = spans.get(outlet);
  return !!s && (time - s[0] >= gapMs || s[1] - time >= gapMs);
}

/** True when two events together would hold articles of one outlet `gapMs` or more apart. */
export function spansClash(a: OutletSpans, b: OutletSpans, gapMs: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [outlet, s] of small) {
    const o = large.get(outlet);
    if (o && Math.max(s[1], o[1]) - Math.min(s[0], o[0]) >= gapMs) return true;
  }
  return false;
}

type Opts = Pick<ClusterOptions, 'outletDayHours' | 'outletDayPenalty'>;

/** Taken from an event's fit for an article whose outlet's dispatch of another day the event holds. */
export const dispatchPenalty = (spans: OutletSpans, item: { outlet?: string | null; time: number | null }, o: Opts): number =>
  outletClash(spans, item.outlet, item.time, o.outletDayHours * HOUR) ? o.outletDayPenalty : 0;

/** Taken from two events' cosine when merging them would join one outlet's dispatches of two days. */
export const mergePenalty = (a: OutletSpans, b: OutletSpans, o: Opts): number => (spansClash(a, b, o.outletDayHours * HOUR) ? o.outletDayPenalty : 0);
