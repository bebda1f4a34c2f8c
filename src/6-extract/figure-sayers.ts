// Who gives each figure, when the text says so: the source named in the figure's own phrase
// ("the charity put the number at 11,000", "the official figure of 8,000"), else the speaker of
// the quote the figure sits in ("The toll stands at 47, the directorate said"; a direct quote's
// speaker). A speaker is its resolved name, else the description as written; a pronoun nobody
// resolved gives none (not guessed).
import type { ArticleEntities } from './entities/mentions.js';
import type { Span } from './text/sentences.js';
import type { Figure } from './figures/index.js';
import { sayerInPhrase } from './figures/sayer.js';
import { speakerEntity } from './speakers.js';

interface SpokenQuote {
  content: Span;
  speaker: Span | null;
  speakerEntity: number | null;
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|who|which|that|one)$/i;

/** A speaker's name: the entity's, else the phrase as written (null for a pronoun). */
function nameOf(span: Span, entity: number | null, entities: ArticleEntities, text: string): string | null {
  if (entity !== null && entities.entities[entity]) return entities.entities[entity]!.name;
  // "The ministry" opening a sentence is "the ministry" anywhere else.
  const written = text.slice(span.start, span.end).trim().replace(/['’]s?$/u, '').replace(/^(?:The|A|An)(?=\s)/u, (d) => d.toLowerCase());
  return written && !PRONOUN.test(written) ? written : null;
}

/** Sets `sayer` on the figures whose source is written (in place). */
export function addSayers(text: string, figures: Figure[], quotes: readonly SpokenQuote[], entities: ArticleEntities, sentences: Span[]): void {
  for (const f of figures) {
    const own = sayerInPhrase(text, f.start, f.end);
    if (own) {
      const name = 'name' in own ? own.name : nameOf(own.span, speakerEntity(own.span, entities, sentences, text), entities, text);
      if (name) f.sayer = name;
      continue;
    }
    // The innermost quote holding the figure: "Organisers say 40,000 marched" -> the organisers.
    let best: SpokenQuote | null = null;
    for (const q of quotes) {
      if (!q.speaker || q.content.start > f.start || q.content.end < f.end) continue;
      if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
    }
    if (!best) continue;
    const name = nameOf(best.speaker!, best.speakerEntity, entities, text);
    if (name) f.sayer = name;
  }
}
