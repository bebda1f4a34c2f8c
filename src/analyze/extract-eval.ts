// Adapter for the evaluation harness (eval/extract-run.ts): texts in, spans out. The
// extractors see text only — never labels, file names or topics.
import { extractEntities } from '../6-extract/entities/mentions.js';
import { resolveEntities } from '../6-extract/entities/resolve.js';
import { extractQuotes } from '../6-extract/quotes/index.js';

export type Span = [number, number];
type EntityType = 'person' | 'organization' | 'place' | 'other';

export async function entitiesForEval(docs: Array<{ id: string; text: string }>): Promise<Array<{ docId: string; start: number; end: number; type: EntityType; entityId: string }>> {
  const perDoc = docs.map((d) => ({ id: d.id, ...extractEntities(d.text) }));
  const { idOf } = resolveEntities(perDoc);
  return perDoc.flatMap((d) => d.mentions.map((m) => ({ docId: d.id, start: m.start, end: m.end, type: m.type, entityId: idOf.get(d.id)![m.entity]! })));
}

/**
 * Quotes and reported speech as attribution spans: source = speaker, cue = verb, content = quote.
 * A quote with no cue whose speaker was carried over from the attribution before it (`“…,” Okafor
 * said. “…”`) continues that attribution: its words join the content as another fragment, as an
 * attribution with one cue and a discontinuous content (the PolNeAR scheme). Mentions sharing one
 * cue (partial quotes of one sentence: `called the levy “fair” and “overdue”`) are one attribution too.
 * An attribution inside the content of a later closing "according to" (`“…,” Okafor said, according
 * to the Herald.`) is part of that one, as PolNeAR marks it: its words join the Herald's content.
 */
export async function attributionsForEval(text: string): Promise<Array<{ source: Span | null; cue: Span | null; content: Span[] | null }>> {
  const span = (s: { start: number; end: number } | null): Span | null => (s ? [s.start, s.end] : null);
  const out: Array<{ source: Span | null; cue: Span | null; content: Span[] | null }> = [];
  let last: (typeof out)[number] | null = null;
  const byCue = new Map<number, (typeof out)[number]>();
  const reported = new Map<object, Span[]>();
  const quotes = extractQuotes(text);
  const reporters = quotes.filter((q) => q.verb === 'according to' && q.cue);
  for (const q of quotes) {
    // `“…,” Okafor said, according to the Herald.` is one attribution of the Herald, Okafor's words and cue its content.
    const reporter = q.cue && q.verb !== 'according to' ? reporters.find((r) => r.cue!.start > q.cue!.end && r.content.start <= q.cue!.start && r.content.end >= q.cue!.end) : undefined;
    if (reporter) {
      reported.set(reporter, [...(reported.get(reporter) ?? []), [q.content.start, q.content.end]]);
      continue;
    }
    const source = span(q.speaker);
    if (!q.cue && source && last?.source && last.content && source[0] === last.source[0] && source[1] === last.source[1]) {
      last.content.push([q.content.start, q.content.end]);
      continue;
    }
    // Several partial quotes of one sentence share their cue: one attribution, its content in fragments.
    const same = q.cue ? byCue.get(q.cue.start) : undefined;
    if (same?.content && same.cue![1] === q.cue!.end) {
      same.content.push([q.content.start, q.content.end]);
      continue;
    }
    const fragments = [...(reported.get(q) ?? []), [q.content.start, q.content.end] as Span].filter(([x, y]) => y > x);
    const a = { source, cue: span(q.cue), content: fragments.length ? fragments : null };
    out.push(a);
    if (a.cue) {
      last = a;
      byCue.set(a.cue[0], a);
    }
  }
  return out;
}
