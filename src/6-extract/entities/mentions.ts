// Names in one article: chunked, typed, and tied together inside the article — a surname or
// a shorter form to the full name before or after it ("Haddad" -> "Yousef al-Haddad"), an
// acronym to the organisation it abbreviates ("ALF" -> "Ashfell Liberation Front"), and a
// role alone to the person holding it ("the spokesman" -> the person given that role).
import { splitSentences, type Span } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokens.js';
import { chunkSentence } from './chunk.js';
import { classify, type EntityType, type Named } from './classify.js';
import { ROLE_HEADS } from './model/titles.js';
import { LEGAL_SUFFIXES } from './model/org-heads.js';
import { initials, skeleton } from './skeleton.js';

export type { EntityType } from './classify.js';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** name: a full name; short: a surname or shorter form; acronym; role: "the spokesman". */
  form: 'name' | 'short' | 'acronym' | 'role';
  role: string | null;
  sentence: number;
  /** Index of the article entity this mention names. */
  entity: number;
}

export interface ArticleEntity {
  name: string;
  type: EntityType;
  /** Name words of the fullest form (for cross-article keys). */
  words: string[];
  roles: string[];
  aliases: string[];
}

export interface ArticleEntities {
  mentions: EntityMention[];
  entities: ArticleEntity[];
}

interface Found extends Named {
  sentence: number;
  initial: boolean;
}


export function extractEntities(text: string, sentences: Span[] = splitSentences(text)): ArticleEntities {
  const found: Found[] = [];
  const tokensOf: Token[][] = [];
  sentences.forEach((s, si) => {
    const tokens = tokenize(text, s);
    tokensOf.push(tokens);
    for (const c of chunkSentence(tokens)) {
      const n = classify(c, tokens);
      if (n) found.push({ words: n.words, type: n.type, role: n.role, evidence: n.evidence, sentence: si, initial: c.initial });
    }
  });
  // A lone capitalised word opening a sentence ("Talks resumed") is a name only with evidence:
  // its type, or the same word capitalised elsewhere in the text (alone or in a longer name).
  const named = new Set<string>();
  for (const f of found) if (!f.initial || f.words.length > 1) for (const w of f.words) named.add(skeleton(w.text));
  const kept = found.filter((f) => !(f.initial && f.words.length === 1 && !f.evidence && (!named.has(skeleton(f.words[0]!.text)) || writtenInLowerCase(text, f.words[0]!.text.toLowerCase()))));
  return link(text, kept, tokensOf);
}

// A lower-case word not right after a letter or full stop (and a space or line break): "talks"
// in "the talks resumed", not in "Talks" or after "U.S. ". Sample: "resumed" in "Talks resumed".
const LOWER_WORD = /(?<![\p{L}.] ?\n?)\b\p{Ll}+\b/uy;

/**
 * The text has `word` as one of LOWER_WORD's matches. Asked for a few sentence openers only, so
 * it looks where `word` occurs instead of collecting every match (a match never starts inside
 * another: its lookbehind rejects a letter before it).
 */
function writtenInLowerCase(text: string, word: string): boolean {
  if (!word) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    LOWER_WORD.lastIndex = at;
    if (LOWER_WORD.exec(text)?.[0] === word) return true;
  }
  return false;
}

function link(text: string, found: Found[], tokensOf: Token[][]): ArticleEntities {
  const entities: ArticleEntity[] = [];
  const byKey = new Map<string, number>();
  const persons: number[] = [];
  const entityOf = new Map<Found, { entity: number; form: EntityMention['form'] }>();
  const strength: number[] = [];
  const add = (f: Found, words: string[]) => {
    const i = entities.push({ name: words.join(' '), type: f.type, words, roles: [], aliases: [] }) - 1;
    strength[i] = f.evidence;
    byKey.set(words.join(' ').toLowerCase(), i);
    if (f.type === 'person') persons.push(i);
    return i;
  };
  // Longest forms first, so that "Haddad" finds "Yousef al-Haddad" wherever it stands.
  const order = [...found].sort((a, b) => b.words.length - a.words.length || a.words[0]!.start - b.words[0]!.start);
  for (const f of order) {
    const words = f.words.map((w) => w.text);
    const key = words.join(' ').toLowerCase();
    let entity = byKey.get(key);
    let form: EntityMention['form'] = 'name';
    if (entity === undefined && f.type !== 'organization' && f.type !== 'place') {
      // A shorter form: the name's last words ("Haddad", "al-Haddad") of exactly one person.
      const matches = persons.filter((p) => endsWith(entities[p]!.words, words) || (words.length === 1 && entities[p]!.words[0] === words[0] && f.type === 'person'));
      if (matches.length === 1) [entity, form] = [matches[0]!, 'short'];
    }
    if (entity === undefined && f.evidence < 2 && f.type !== 'place') {
      // A company's name without its legal form, or its first word: "Harrenfeld Motorworks", "Harrenfeld" of "Harrenfeld Motorworks AG".
      const matches = entities.flatMap((e, i) => (e.type === 'organization' && companyStartsWith(e.words, words) ? [i] : []));
      if (matches.length === 1) [entity, form] = [matches[0]!, 'short'];
    }
    if (entity === undefined && /^\p{Lu}{2,6}$/u.test(key.toUpperCase()) && words.length === 1 && /^\p{Lu}+$/u.test(words[0]!)) {
      const org = entities.findIndex((e) => e.words.length > 1 && initials(e.words) === words[0]);
      if (org >= 0) [entity, form] = [org, 'acronym'];
    }
    if (entity === undefined) entity = add(f, words);
    else if (form !== 'name' && entities[entity]!.type === 'other') entities[entity]!.type = f.type;
    if (form === 'name' && f.evidence > strength[entity]! && f.type !== 'other') [entities[entity]!.type, strength[entity]] = [f.type, f.evidence];
    if (f.role && !entities[entity]!.roles.includes(f.role)) entities[entity]!.roles.push(f.role);
    entityOf.set(f, { entity, form });
  }
  const mentions: EntityMention[] = found.map((f) => {
    const { entity, form } = entityOf.get(f)!;
    const start = f.words[0]!.start;
    const end = f.words[f.words.length - 1]!.end;
    return { start, end, text: text.slice(start, end), type: entities[entity]!.type, form, role: f.role, sentence: f.sentence, entity };
  });
  mentions.push(...roleMentions(text, tokensOf, mentions, entities));
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const e = entities[m.entity]!;
    m.type = e.type;
    if (m.form !== 'role' && m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
  }
  return { mentions, entities };
}

/** `part` is `full` without its legal form ("AG", "plc"), or its first words before it. */
function companyStartsWith(full: string[], part: string[]): boolean {
  if (part.length >= full.length || !LEGAL_SUFFIXES.has(full[full.length - 1]!.toLowerCase())) return false;
  return part.every((w, i) => skeleton(w) === skeleton(full[i]!));
}

function endsWith(full: string[], part: string[]): boolean {
  if (part.length >= full.length) return false;
  return part.every((w, i) => skeleton(w) === skeleton(full[full.length - part.length + i]!));
}

/** "the spokesman", "the prime minister": tied to the most recent person holding that role. */
function roleMentions(text: string, tokensOf: Token[][], named: EntityMention[], entities: ArticleEntity[]): EntityMention[] {
  const out: EntityMention[] = [];
  tokensOf.forEach((tokens, si) => {
    tokens.forEach((t, i) => {
      // A lower-case first letter first (cheap for ASCII): most words are not role heads.
      const c = t.text.charCodeAt(0);
      if (c < 128 ? c < 97 || c > 122 : !/^\p{Ll}/u.test(t.text)) return;
      const head = t.text.toLowerCase();
      if (!ROLE_HEADS.has(head)) return;
      let j = i - 1;
      while (j >= 0 && j > i - 3 && /^\p{Ll}+$/u.test(tokens[j]!.text) && tokens[j]!.text !== 'the') j--;
      if (tokens[j]?.text.toLowerCase() !== 'the') return;
      const next = tokens[i + 1];
      if (next && /^\p{Lu}/u.test(next.text)) return; // "the spokesman Yousef Haddad": the name is the mention
      const before = named.filter((m) => m.start < t.start && entities[m.entity]!.type === 'person' && entities[m.entity]!.roles.some((r) => r.split(/\s+/).includes(head)));
      const holder = before[before.length - 1];
      if (!holder) return;
      const start = tokens[j]!.start;
      out.push({ start, end: t.end, text: text.slice(start, t.end), type: 'person', form: 'role', role: head, sentence: si, entity: holder.entity });
    });
  });
  return out;
}
