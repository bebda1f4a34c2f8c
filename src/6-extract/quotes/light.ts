// Light-verb cues (model/light-verbs.ts): "Okafor voiced concern that …", "Varn took issue with
// the ruling", "aides made it clear that …". The cue runs from the verb to the noun and a
// closing preposition ("raised questions about"); speaker and content are found as for a verb.
import type { Token } from './tokens.js';
import { LIGHT_FILLERS, LIGHT_PREPOSITIONS, LIGHT_VERB_ROWS, OPEN_NOUNS, OPEN_NOUN_FOLLOWERS } from './model/light-verbs.js';

const OPEN = new Set(OPEN_NOUNS.split(/\s+/).filter(Boolean));

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
      const last = next && j + 1 <= hi && LIGHT_PREPOSITIONS.has(next.lower) ? j + 1 : j;
      return { last, lemma: `${entry.lemma} ${w}` };
    }
    if (!LIGHT_FILLERS.has(w)) return null;
  }
  return null;
}
