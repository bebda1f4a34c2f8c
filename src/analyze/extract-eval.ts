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
  return perDoc.flatMap((d) => d.mentions.map((m) => ({ docId: d.id, start: m.start, end: m.end, type: m.type, entityId: idOf.get(`${d.id}#${m.entity}`)! })));
}

/** Quotes and reported speech as attribution spans: source = speaker, cue = verb, content = quote. */
export async function attributionsForEval(text: string): Promise<Array<{ source: Span | null; cue: Span | null; content: Span | null }>> {
  const span = (s: { start: number; end: number } | null): Span | null => (s ? [s.start, s.end] : null);
  return extractQuotes(text).map((q) => ({ source: span(q.speaker), cue: span(q.cue), content: span(q.content) }));
}
