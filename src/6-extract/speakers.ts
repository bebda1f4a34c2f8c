// A quote's speaker span -> the article entity it names: a name or role mention ending the
// span ("ministry spokesman Yousef al-Haddad", "the spokesman"), or for a pronoun ("he", "she") the nearest person
// named before it in the previous few sentences. Sample: "Orlov spoke. "No," she said." -> Orlov.
import type { ArticleEntities } from './entities/mentions.js';
import type { Span } from './text/sentences.js';

const PRONOUN = /^(?:he|she|him|her)$/i;
/** How far back a pronoun may look for its person, in sentences. */
const PRONOUN_REACH = 3;

// A preposition after the phrase's head starts what describes it: "Senator Ilsa Varn of
// Dunmore" is Varn, not Dunmore; "a leader in the Velmoran Front" is a person of the Front.
const POST_MODIFIER = /\s(?:of|in|at|for|from|with|on|within|inside|near)\s/gi;
// "a spokesman for the Dunmore Front": the group speaks through its spokesperson.
const VOICE_OF = /(?:^|\s)spokes(?:man|woman|person|men|women|people)\s*$/i;

/** Where the phrase's head ends: before the first preposition outside a name ("Bank of England spokesman" has none). */
function headEnd(speaker: Span, entities: ArticleEntities, text: string): number {
  const phrase = text.slice(speaker.start, speaker.end);
  for (const m of phrase.matchAll(POST_MODIFIER)) {
    const at = speaker.start + m.index!;
    if (!entities.mentions.some((e) => e.start <= at && e.end > at + 1)) return at;
  }
  return speaker.end;
}

/** The name that ends text[from, to), a person before an organisation before anything else. */
function nameEnding(from: number, to: number, entities: ArticleEntities, text: string) {
  const inside = entities.mentions.filter((m) => m.start >= from && m.end <= to && !/[\p{L}\p{N}]/u.test(text.slice(m.end, to)));
  return inside.find((m) => m.type === 'person') ?? inside.find((m) => m.type === 'organization') ?? inside[0];
}

export function speakerEntity(speaker: Span | null, entities: ArticleEntities, sentences: Span[], text: string): number | null {
  if (!speaker) return null;
  // The name must be the phrase's head (its last words before any preposition): "White House
  // spokesperson John Kirby" is Kirby, but "a US official" is not the United States.
  const head = headEnd(speaker, entities, text);
  const named = nameEnding(speaker.start, head, entities, text);
  if (named) return named.entity;
  if (head < speaker.end && !VOICE_OF.test(text.slice(speaker.start, head))) return null;
  const person = nameEnding(speaker.start, speaker.end, entities, text);
  if (person) return person.entity;
  if (!PRONOUN.test(text.slice(speaker.start, speaker.end).trim())) return null;
  const here = sentences.findIndex((s) => s.end > speaker.start);
  const from = sentences[Math.max(0, here - PRONOUN_REACH)]?.start ?? 0;
  const before = entities.mentions.filter((m) => m.type === 'person' && m.start >= from && m.end <= speaker.start);
  return before.length ? before[before.length - 1]!.entity : null;
}
