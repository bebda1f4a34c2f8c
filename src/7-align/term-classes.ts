// Court words of one meaning read as one content word by the sentence alignment (data in
// model/court-terms.ts): "The court cleared him of a bribery charge" and "He was acquitted of
// bribery" share "acquit"; "was found guilty of fraud" is "convicted", "found not guilty"
// "acquitted"; "jailed for 12 years" is "sentenced". Names of one referent are one word too
// (referent-terms.ts: "regime forces" / "police" in a protest report).
import { contentWords } from './content-words.js';
import { referentPhrases } from './referent-terms.js';
import { CHARGE_NOUNS, TERM_CLASSES } from './model/court-terms.js';

const FOLD = new Map(Object.entries(TERM_CLASSES).flatMap(([to, words]) => words.map((w) => [w, to] as const)));

/** Whom a court clears or finds guilty: a pronoun or a name of one or two words. */
const OBJECT = String.raw`(?:him|her|them|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)`;
/** "found (him) (not) guilty": the verb and its object kept, "guilty" read as the verb. */
const FOUND = new RegExp(String.raw`\b[Ff]ound(\s+${OBJECT})?\s+(not\s+)?guilty\b`, 'gu');
/** "cleared (him) of (a bribery) charge": the verb only is read again. */
const CLEARED = new RegExp(String.raw`\b[Cc]lear(?:ed|s|ing)?(?=(?:\s+${OBJECT})?\s+of\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${CHARGE_NOUNS.join('|')})\b)`, 'gu');
/** A cheap test before the phrases are looked for (most sentences have neither). */
const HINT = /guilty|[Cc]lear/;

/** The text with the court phrases in it written as their verb ("cleared him of" -> "acquitted him of"). */
export function courtPhrases(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(FOUND, (_, object: string | undefined, not: string | undefined) => `${not ? 'acquitted' : 'convicted'}${object ?? ''}`).replace(CLEARED, 'acquitted');
}

/** A content word folded to its class ("jail" -> "sentenc"), else itself. */
export const foldTerm = (word: string) => FOLD.get(word) ?? word;

/**
 * text[start, end) with court phrases as their verb and referent terms as their class word;
 * `text` is the whole article (whether it reports a street protest).
 */
export function alignText(text: string, start = 0, end = text.length): string {
  return courtPhrases(referentPhrases(text, start, end));
}

/** Content words of text[start, end) with the court words and the referent names of one meaning as one. */
export function termWords(text: string, start = 0, end = text.length): string[] {
  const slice = text.slice(start, end);
  const phrased = alignText(text, start, end);
  const words = phrased === slice ? contentWords(text, start, end) : contentWords(phrased);
  for (let i = 0; i < words.length; i++) words[i] = foldTerm(words[i]!);
  return words;
}
