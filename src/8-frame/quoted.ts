// Spans of text inside quotation marks long enough to be someone's words (four words or more):
// the loaded words there are the speaker's, not the outlet's ("“Our checks were not good
// enough,” Roke said" charges no "not good" to the outlet). Shorter quoted spans are scare quotes
// or titles, the outlet's own choice, and stay counted.
const QUOTED = /“([^“”\n]*)”|"([^"\n]*)"|«([^«»\n]*)»/gu;
const MIN_WORDS = 4;

export function quotedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if ((inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_WORDS) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

/** Whether [start, end) lies inside one of the sorted spans. */
export function insideAny(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}
