// A quote's speaker span -> the article entity it names: a name or role mention ending the
// span ("ministry spokesman Yousef al-Haddad", "the spokesman"), or for a pronoun ("he", "she") the nearest person
// named before it in the previous few sentences (the first in the last sentence naming one), or
// for "who" / "which" the name right before it. Sample: "Orlov spoke. "No," she said." -> Orlov.
import type { ArticleEntities } from './entities/mentions.js';
import type { Span } from './text/sentences.js';
import { EVIDENCE_NOUNS } from './quotes/model/words.js';

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
  // "A union spokesman, Tomas Reyes, said", "the mayor of Marrowick, Petra Hollund, said": the
  // name set off after the description (the role phrase's place is no speaker).
  const appositive = entities.mentions.find((m) => m.start >= speaker.end && m.start - speaker.end <= 3 && /^\s*,\s*$/.test(text.slice(speaker.end, m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 2)));
  // Not a place's abbreviation taken for a name ("the mayor of Washington, DC, suggested").
  if (appositive && appositive.type === 'person' && /\p{Ll}/u.test(appositive.text)) return appositive.entity;
  if (head < speaker.end && !VOICE_OF.test(text.slice(speaker.start, head))) return null;
  const person = nameEnding(speaker.start, speaker.end, entities, text);
  if (person) return person.entity;
  const word = text.slice(speaker.start, speaker.end).trim();
  if (RELATIVE.test(word)) return antecedent(speaker.start, entities, text);
  if (/^it$/i.test(word)) return attributionIt(speaker, sentences, text) ? organisationBefore(speaker.start, entities, sentences, text) : null;
  if (!PRONOUN.test(word)) return describedOrganisation(word, entities);
  const here = sentences.findIndex((s) => s.end > speaker.start);
  const from = sentences[Math.max(0, here - PRONOUN_REACH)]?.start ?? 0;
  const before = entities.mentions.filter((m) => m.type === 'person' && m.start >= from && m.end <= speaker.start);
  if (!before.length) return null;
  // The subject of the last sentence naming a person, not the last person named: "Orlov said
  // the council would move Reyes to the port. He added …" is Orlov. The first person named in
  // that sentence stands for its subject.
  const last = before[before.length - 1]!;
  const inLast = sentences.find((s) => s.start <= last.start && s.end > last.start);
  return (inLast ? before.find((m) => m.start >= inLast.start) ?? last : last).entity;
}

const RELATIVE = /^(?:who|which)$/i;

/**
 * "The commission", "the provincial electoral commission": the one organisation of the article
 * whose name ends in that head noun and holds every other word ("Dunmore Provincial Electoral
 * Commission"); null when none or several do.
 */
function describedOrganisation(phrase: string, entities: ArticleEntities): number | null {
  const m = /^the\s+((?:\p{L}+\s+){0,3})(\p{Ll}+)$/iu.exec(phrase);
  if (!m) return null;
  const head = m[2]!.toLowerCase();
  const others = m[1]!.toLowerCase().split(/\s+/).filter(Boolean);
  const fits = entities.entities.flatMap((e, i) => {
    const words = e.words.map((w) => w.toLowerCase());
    return e.type === 'organization' && words.length > 1 && words.at(-1) === head && others.every((w) => words.includes(w)) ? [i] : [];
  });
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * "… led by Dana Orlov, who said …": the name right before the relative pronoun; "a Channel 9
 * report which said …": the name whose report (poll, study) it is.
 */
function antecedent(at: number, entities: ArticleEntities, text: string): number | null {
  const m = entities.mentions.filter((x) => x.end <= at && x.end >= at - 40).at(-1);
  if (!m) return null;
  const between = text.slice(m.end, at);
  if (/^[\s,]*$/.test(between)) return m.entity;
  const noun = /^\s+(\p{Ll}+)[\s,]*$/u.exec(between);
  return noun && EVIDENCE_NOUNS.has(noun[1]!) ? m.entity : null;
}

/**
 * "It said …" opening its sentence, or a trailing "…, it said." (the verb and a few words to the
 * sentence's end): an organisation's attribution. Not "when a national outlet produced a profile
 * in 2000, it said he had …", where "it" is a name inside the same sentence.
 */
function attributionIt(speaker: Span, sentences: Span[], text: string): boolean {
  const s = sentences.find((x) => x.end > speaker.start);
  if (!s) return false;
  if (/^[\s"“‘(]*$/.test(text.slice(s.start, speaker.start))) return true;
  return /^\s+\p{L}+\b[^.!?]{0,40}[.!?]?["”’]?\s*$/u.test(text.slice(speaker.end, s.end));
}

/** A speech verb right after a speaker: "the directorate said", "the NED reported". */
const SAYS = /^\s+(?:said|says|added|adds|reported|reports|announced|announces|stated|states|warned|warns|estimated|estimates|confirmed|confirms|told|tells)\b/i;
/** "the directorate said": a described organisation speaking. */
const DESCRIBED_SAYS = /(?<![\p{L}\p{N}])the\s+(?:\p{L}+\s+){0,3}?\p{Ll}+(?=\s+(?:said|says|added|reported|announced|stated|warned|estimated|confirmed|told)\b)/giu;

/**
 * "…, it said": the organisation the sentences before name as the speaker ("…, the National
 * Emergency Directorate said. More than 5,000 people were displaced, the directorate said.
 * Rescuers have pulled 400 people from rooftops, it said." -> the directorate), else as the
 * subject opening the sentence ("The directorate raised the toll. It said …"). The nearest
 * sentence naming one, within PRONOUN_REACH; the sentence of "it" counts up to it.
 */
function organisationBefore(at: number, entities: ArticleEntities, sentences: Span[], text: string): number | null {
  const here = sentences.findIndex((s) => s.end > at);
  const orgs = entities.mentions.filter((m) => m.type === 'organization');
  for (let k = here < 0 ? sentences.length - 1 : here; k >= 0 && k >= here - PRONOUN_REACH; k--) {
    const s = sentences[k]!;
    const end = Math.min(s.end, at);
    const inside = orgs.filter((m) => m.start >= s.start && m.end <= end);
    const speaking = inside.filter((m) => SAYS.test(text.slice(m.end, end)) || /according\s+to\s+(?:the\s+)?$/i.test(text.slice(s.start, m.start)));
    if (speaking.length) return speaking.at(-1)!.entity;
    const described = [...text.slice(s.start, end).matchAll(DESCRIBED_SAYS)].map((m) => describedOrganisation(m[0], entities)).filter((e): e is number => e !== null);
    if (described.length) return described.at(-1)!;
    const subject = inside[0];
    if (subject && /^[\s"“‘(]*(?:the\s+)?$/i.test(text.slice(s.start, subject.start))) return subject.entity;
  }
  return null;
}
