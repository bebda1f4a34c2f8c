// The speaker before an appositive: "X, the spokesman, said", "X — who chairs the panel — said",
// `…, the author of “Going Viral,” said`. Split from phrases.ts, whose noun phrases it walks.
import type { Token } from './tokens.js';
import { LEADING_PREPOSITIONS, phraseEndingAt, skipBackToSpeaker, type Range } from './phrases.js';

const MAX_APPOSITIVE = 30;
const DASHES = new Set(['—', '–', '-']);

/**
 * "X, the spokesman, said" / "X — who chairs the panel — said" / "X, 21, a student from Y, said":
 * the speaker before the appositive. Going back over its commas, the farthest phrase that opens
 * the clause wins; failing that, the nearest phrase at all.
 */
export function speakerBeforeAppositive(tokens: readonly Token[], comma: number, floor: number): Range | null {
  const dash = DASHES.has(tokens[comma]!.lower);
  // "After winning Ohio, Gov. Ilan (R-Ash.), said": a party label in brackets ends the speaker's name.
  if (!dash && tokens[comma - 1]?.lower === ')') {
    const named = phraseEndingAt(tokens, skipBackToSpeaker(tokens, comma - 1, floor), floor);
    if (named) return named;
  }
  let nearest: Range | null = null;
  let opening: Range | null = null;
  // The nearest date or connective passed over, the speaker only when no other phrase is found.
  let skipped: Range | null = null;
  // `Orlov, the author of “Going Viral,” said`: the comma may close a quoted title inside the appositive.
  let insideQuote = QUOTE_MARKS.has(tokens[comma + 1]?.lower ?? '');
  for (let k = comma - 1; k >= floor && comma - k < MAX_APPOSITIVE; k--) {
    const w = tokens[k]!.lower;
    // "a driver from Ava, Mo., who …": a full stop right before a comma ends an abbreviation, not a sentence.
    if (w === '.' && tokens[k + 1]?.lower === ',' && tokens[k - 1]?.isCapital) continue;
    if (QUOTE_MARKS.has(w)) {
      if (insideQuote) {
        insideQuote = false;
        continue;
      }
      // A quoted title inside the appositive (`star of “Scandal”`): over to its opening mark.
      const open = openingMarkBefore(tokens, k, floor);
      if (open < 0) break;
      k = open;
      continue;
    }
    if (w === '.' || w === ';' || w === ':' || (!dash && DASHES.has(w))) break;
    if (!(dash ? DASHES.has(w) : w === ',') || k + 1 >= comma) continue;
    const phrase = phraseEndingAt(tokens, skipBackToSpeaker(tokens, k - 1, floor), floor);
    // "After winning Ohio, Gov. Ilan (R-Ash.), said": a gerund's phrase is no speaker.
    // "For now, Pantucci, at the institute, said": a lone preposition is no speaker either.
    if (!phrase || (/ing$/.test(tokens[phrase[0]]!.lower) && !tokens[phrase[0]]!.isCapital) || LEADING_PREPOSITIONS.has(tokens[phrase[1]]!.lower)) continue;
    // "Similarly, Dana Orlov, an aide, said", "On Dec. 2, Col. Orlov, a spokesman, said": a connective, a date or a sum is no speaker.
    if (phrase[0] === phrase[1] && (CONNECTIVES.has(tokens[phrase[0]]!.lower) || dateOrSum(tokens, phrase[0]))) {
      skipped ??= phrase;
      continue;
    }
    nearest ??= phrase;
    if (phrase[0] === floor || !tokens[phrase[0] - 1]!.isWord) opening = phrase;
    if (dash) break;
  }
  // "Gov. Ilan (R-Ash.), said": a comma after a bracket closes no appositive.
  return opening ?? nearest ?? skipped ?? (tokens[comma - 1]?.lower === ')' ? phraseEndingAt(tokens, skipBackToSpeaker(tokens, comma - 1, floor), floor) : null);
}

// Sentence adverbs and connectives that open a sentence before a comma: "Moreover, …", "Still, …".
// (A list, not every word in -ly: "Kelly, who …, said" is a name.)
const CONNECTIVES = new Set(`moreover however meanwhile still instead also yet then now indeed thus nonetheless nevertheless
  furthermore besides likewise similarly separately later earlier today yesterday again so but and additionally finally
  ultimately importantly notably specifically clearly obviously frankly honestly interestingly unfortunately fortunately
  ironically predictably naturally overall conversely alternatively consequently accordingly`.split(/\s+/));

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/;

/** A date's day or year, or a sum ("on Dec. 2,", "in 2008,", "$70,000"), not an age ("Orlov, 60, said"). */
function dateOrSum(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (!/^\d/.test(w)) return false;
  const before = tokens[k - 1]?.lower === '.' ? tokens[k - 2]?.lower : tokens[k - 1]?.lower;
  return /^(?:19|20)\d\d$/.test(w) || /\d,\d/.test(w) || MONTHS.test(before ?? '') || before === '$';
}

// A quoted title may run this long inside an appositive: `the author of “The Art of the Levy”`.
const MAX_TITLE = 12;
const QUOTE_MARKS = new Set(['"', '“', '”', "''"]);

/** The opening mark of a short quoted title whose closing mark is at k, or -1. */
function openingMarkBefore(tokens: readonly Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= floor && k - j <= MAX_TITLE; j--) {
    const w = tokens[j]!.lower;
    if (QUOTE_MARKS.has(w)) return w === '”' ? -1 : j;
    if (w === '.' || w === ';') return -1;
  }
  return -1;
}

/** Speaker phrase ending at j, or before an appositive when j is its closing comma or dash. */
export function speakerEndingAt(tokens: readonly Token[], j: number, floor: number): Range | null {
  if (j < floor) return null;
  // `…, the author of “Going Viral,” said`: the comma inside the closing mark.
  // `… of Trump,'' said`: two apostrophes are two tokens.
  const comma = tokens[j]!.lower === "'" && tokens[j - 1]?.lower === "'" ? j - 2 : QUOTE_MARKS.has(tokens[j]!.lower) ? j - 1 : -1;
  if (comma > floor && tokens[comma]!.lower === ',') return speakerBeforeAppositive(tokens, comma, floor);
  const w = tokens[j]!.lower;
  return w === ',' || DASHES.has(w) ? speakerBeforeAppositive(tokens, j, floor) : phraseEndingAt(tokens, j, floor);
}
