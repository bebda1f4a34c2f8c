// A quote's speaker span -> the article entity it names: a name or role mention ending the
// span ("ministry spokesman Yousef al-Haddad", "the spokesman"), or for a pronoun ("he", "she") the nearest person
// named before it in the previous few sentences. Sample: "Orlov spoke. "No," she said." -> Orlov.
import type { ArticleEntities } from './entities/mentions.js';
import type { Span } from './text/sentences.js';

const PRONOUN = /^(?:he|she|him|her)$/i;
/** How far back a pronoun may look for its person, in sentences. */
const PRONOUN_REACH = 3;

export function speakerEntity(speaker: Span | null, entities: ArticleEntities, sentences: Span[], text: string): number | null {
  if (!speaker) return null;
  // The name must be the phrase's head (its last words): "White House spokesperson John Kirby"
  // is Kirby, but "a US official" is not the United States.
  const inside = entities.mentions.filter((m) => m.start >= speaker.start && m.end <= speaker.end && !/[\p{L}\p{N}]/u.test(text.slice(m.end, speaker.end)));
  const person = inside.find((m) => m.type === 'person') ?? inside.find((m) => m.type === 'organization') ?? inside[0];
  if (person) return person.entity;
  if (!PRONOUN.test(text.slice(speaker.start, speaker.end).trim())) return null;
  const here = sentences.findIndex((s) => s.end > speaker.start);
  const from = sentences[Math.max(0, here - PRONOUN_REACH)]?.start ?? 0;
  const before = entities.mentions.filter((m) => m.type === 'person' && m.start >= from && m.end <= speaker.start);
  return before.length ? before[before.length - 1]!.entity : null;
}
