// Light-verb cues (model/light-verbs.ts): "Okafor voiced concern that …", "Varn took issue with
// the ruling", "aides made it clear that …". The cue runs from the verb to the noun and a
// closing preposition ("raised questions about"); speaker and content are found as for a verb.
import type { Token } from './tokens.js';
import { AT_NOUNS, DOCUMENT_NOUNS, LIGHT_FILLERS, LIGHT_PREPOSITIONS, LIGHT_VERB_ROWS, OPEN_NOUNS, OPEN_NOUN_FOLLOWERS } from './model/light-verbs.js';
import { CUE_LEMMA, SPEECH_LEMMAS } from './model/verbs.js';

const OPEN = new Set(OPEN_NOUNS.split(/\s+/).filter(Boolean));
const DOCUMENTS = new Set(DOCUMENT_NOUNS.split(/\s+/).filter(Boolean));
const AT = new Set(AT_NOUNS.split(/\s+/).filter(Boolean));
// How far after a document's noun a cue of its own may follow ("a letter from her doctor that says").
const DOCUMENT_REACH = 6;

// At most this many fillers between verb and noun: "expressed his deep concern".
const MAX_FILLERS = 2;

const NOUNS_BY_FORM = new Map<string, { lemma: string; nouns: ReadonlySet<string> }>();
for (const [forms, nouns] of LIGHT_VERB_ROWS) {
  const list = forms.split(' ');
  const entry = { lemma: list[0]!, nouns: new Set(nouns.split(/\s+/).filter(Boolean)) };
  for (const form of list) NOUNS_BY_FORM.set(form, entry);
}

/** The token is a light verb's form (cheap test before lightCueAt). */
/** Every noun form that opens a light-verb cue. */
export const lightCueForms = (): Iterable<string> => NOUNS_BY_FORM.keys();

export function mayStartLightCue(t: Token): boolean {
  return t.isWord && NOUNS_BY_FORM.has(t.lower);
}

/** A light-verb cue starting at token k: its last token and lemma ("voice concern"), or null. */
export function lightCueAt(tokens: readonly Token[], k: number, hi: number): { last: number; lemma: string } | null {
  const entry = NOUNS_BY_FORM.get(tokens[k]!.lower);
  if (!entry) return null;
  for (let j = k + 1; j <= hi && j - k <= MAX_FILLERS + 1; j++) {
    const w = tokens[j]!.lower;
    if (entry.nouns.has(w)) {
      const next = tokens[j + 1];
      // "made the comments at a rally" points back; "made the suggestion that …" reports.
      if (OPEN.has(w) && !(next && OPEN_NOUN_FOLLOWERS.has(next.lower) && (next.lower === 'that' || tokens[j - 1]!.lower !== 'the'))) return null;
      if (DOCUMENTS.has(w) && documentSpeaks(tokens, j, hi)) return null;
      if (AT.has(w) && next?.lower !== 'at') return null;
      const last = next && j + 1 <= hi && LIGHT_PREPOSITIONS.has(next.lower) ? j + 1 : j;
      return { last, lemma: `${entry.lemma} ${w}` };
    }
    if (!LIGHT_FILLERS.has(w)) return null;
  }
  return null;
}

/**
 * "issued a statement Thursday, saying …", "a letter from her doctor that says …": a participle
 * of saying or "that" and a cue after the document make it (or its author) the speaker of that
 * cue, so the publishing verb is no cue. ("released an ad showing …" keeps it: showing is no speech.)
 */
function documentSpeaks(tokens: readonly Token[], j: number, hi: number): boolean {
  for (let k = j + 1; k <= hi && k - j <= DOCUMENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.lower === ',') continue;
    if (!t.isWord) return false;
    const lemma = CUE_LEMMA.get(t.lower);
    if (lemma && (tokens[k - 1]!.lower === 'that' || (t.lower.endsWith('ing') && SPEECH_LEMMAS.has(lemma)))) return true;
  }
  return false;
}
