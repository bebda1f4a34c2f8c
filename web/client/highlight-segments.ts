// Cutting a text at highlight boundaries. Pure (no DOM) so it is unit-tested under Node.
// Highlights may overlap (a name inside a quote inside a claim); each segment lists every span
// covering it, in the spans' given order, and the DOM side nests one <mark> per span.

export interface Span<T = unknown> { start: number; end: number; value: T }
export interface Segment<T = unknown> { start: number; end: number; spans: Span<T>[] }

/** Spans clamped to the text; empty, reversed or non-numeric ones dropped. */
export function validSpans<T>(length: number, spans: Span<T>[]): Span<T>[] {
  const out: Span<T>[] = [];
  for (const s of spans) {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end)) continue;
    const start = Math.max(0, Math.min(length, Math.trunc(s.start)));
    const end = Math.max(0, Math.min(length, Math.trunc(s.end)));
    if (end > start) out.push({ ...s, start, end });
  }
  return out;
}

/** Consecutive segments covering [0, length); segments with no span have `spans: []`. */
export function segment<T>(length: number, spans: Span<T>[]): Segment<T>[] {
  const valid = validSpans(length, spans);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter the active set; ended ones are filtered out per segment.
  const byStart = valid.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || a.i - b.i);
  let next = 0;
  let active: { s: Span<T>; i: number }[] = [];
  const out: Segment<T>[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    while (next < byStart.length && byStart[next]!.s.start <= start) active.push(byStart[next++]!);
    active = active.filter((a) => a.s.end > start);
    const covering = active.filter((a) => a.s.start <= start && a.s.end >= end).sort((a, b) => a.i - b.i);
    out.push({ start, end, spans: covering.map((a) => a.s) });
  }
  return out;
}
