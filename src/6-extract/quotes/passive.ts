// Reports in the passive with no source named: "Okafor was asked whether the bridge would
// reopen", "The levy is widely seen as doomed", "It was reported that the mill had closed"; a
// work named by its title, with or without the auxiliary ("an ad titled “Scam”"). The
// cue runs from the auxiliary to the participle (and "as"); the content is what follows, up to
// the first comma (the caller's `end`). Like the impressions of raising.ts, no one's quote.
import type { Token } from './tokens.js';
import type { Cue } from './cues.js';
import type { Range } from './phrases.js';
import { isBetween, phraseEndingAt, skipBackToSpeaker } from './phrases.js';
import { PASSIVE_REPORTS, TITLE_PARTICIPLES } from './model/verb-classes.js';
import { COPULAS } from './model/words.js';

export interface Passive { cue: Cue; speaker: Range | null; channel: null; content: Range; impression?: true }

const PARTICIPLES: ReadonlySet<string> = new Set([...PASSIVE_REPORTS, ...TITLE_PARTICIPLES]);
// Right after the participle these make it no report: "was seen in Dunmore", "was asked by aides" (a source).
const NOT_AFTER = new Set(['in', 'on', 'at', 'by', 'with', 'from', 'into', 'during', 'near', 'outside', 'inside', 'leaving', 'entering', 'and', 'or', 'but']);

const DEGREE = new Set(['best', 'better', 'now', 'once', 'also', 'still', 'perhaps', 'widely', 'commonly']);
const RELATIVES = new Set(['who', 'whose', 'which', 'whom']);
// How far back a relative pronoun may open the clause holding the auxiliary.
const MAX_RELATIVE = 8;

/** Is token k such a participle (cheap test before passiveAt)? */
export function mayBePassive(t: Token): boolean {
  return t.isWord && !t.isCapital && PARTICIPLES.has(t.lower);
}

/** "Cruz, whose finish was seen as a loss, said …": a relative clause between commas is an aside. */
function inRelativeClause(tokens: readonly Token[], aux: number, lo: number): boolean {
  for (let j = aux - 1; j >= lo && aux - j <= MAX_RELATIVE; j--) {
    const w = tokens[j]!.lower;
    if (RELATIVES.has(w)) return true;
    if (!tokens[j]!.isWord) return false;
  }
  return false;
}

/** The passive report at token k (`end(from)` gives the clause end), or null. */
export function passiveAt(tokens: readonly Token[], k: number, lo: number, hi: number, end: (from: number) => number): Passive | null {
  if (!mayBePassive(tokens[k]!) || k >= hi) return null;
  // "Farmers are entitled to a refund": a right, not a title.
  if (TITLE_PARTICIPLES.includes(tokens[k]!.lower) && tokens[k + 1]?.lower === 'to') return null;
  // Back over adverbs ("was widely seen") to the auxiliary.
  let aux = k - 1;
  while (aux >= lo && (isBetween(tokens[aux]!) || DEGREE.has(tokens[aux]!.lower)) && !COPULAS.has(tokens[aux]!.lower)) aux--;
  // "the contests known as Super Tuesday", "a club best known for …": a name needs no auxiliary.
  const titled = TITLE_PARTICIPLES.includes(tokens[k]!.lower) && tokens[k + 1]?.lower !== 'to';
  const naming = titled || (tokens[k]!.lower === 'known' && /^(?:as|for)$/.test(tokens[k + 1]?.lower ?? ''));
  if (naming && (aux < lo || !COPULAS.has(tokens[aux]!.lower))) aux = k;
  else if (aux < lo || !COPULAS.has(tokens[aux]!.lower) || inRelativeClause(tokens, aux, lo)) return null;
  // "Okafor was quoted as saying …": the subject speaks.
  if (tokens[k]!.lower === 'quoted' && tokens[k + 1]?.lower === 'as' && tokens[k + 2]?.lower === 'saying' && k + 3 <= hi) {
    const subject = phraseEndingAt(tokens, skipBackToSpeaker(tokens, aux - 1, lo), lo);
    const stop = end(tokens[k + 3]!.lower === 'that' ? k + 4 : k + 3);
    if (subject && stop >= k + 3) return { cue: { first: aux, last: k + 2, lemma: 'say' }, speaker: subject, channel: null, content: [tokens[k + 3]!.lower === 'that' ? k + 4 : k + 3, stop] };
  }
  let last = k;
  let from = k + 1;
  // "an ad titled, “Scam.”": the title, past a comma.
  if (titled && tokens[from]?.lower === ',') from++;
  const next = tokens[from]!;
  if (titled ? !next || !(next.isWord || /^["“‘']+$/.test(next.lower)) : !next.isWord || NOT_AFTER.has(next.lower)) return null;
  if (next.lower === 'as' || (next.lower === 'about' && tokens[k]!.lower === 'asked') || (naming && next.lower === 'for')) last = from++;
  else if (next.lower === 'that') from++;
  if (from > hi) return null;
  const stop = end(from);
  if (stop < from) return null;
  return { cue: { first: aux, last, lemma: `be ${tokens[k]!.lower}` }, speaker: null, channel: null, content: [from, stop], impression: true };
}
