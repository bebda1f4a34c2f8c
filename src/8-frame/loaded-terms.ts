// Loaded words of a text with offsets and valence. Sample: `The so-called council slammed
// the brutal raid.` -> so-called [4,13), slammed [22,29), brutal [34,40), each valence null (hand list).
import { type PhraseIndex } from './match.js';
import { MONEY_RAID } from './model/contempt.js';
import { DEFAULT_LOADED, NOT_LOADED, type LoadedWord } from './model/loaded.js';

export interface LoadedTerm {
  /** Lexicon form, lower case. */
  word: string;
  start: number;
  end: number;
  valence: number | null;
  source: LoadedWord['source'];
}

/** Longest-match loaded words in text order; pass a lexicon from `loadedLexicon(...)` to use another rating. */
export function loadedTerms(text: string, lexicon: PhraseIndex<LoadedWord> = DEFAULT_LOADED): LoadedTerm[] {
  return lexicon
    .match(text)
    .filter((m) => m.value !== NOT_LOADED && (!RAID.has(m.form) || moneyRaided(text, m.end)))
    .map((m) => ({ word: m.form, start: m.start, end: m.end, valence: m.value.valence, source: m.value.source }));
}

const RAID = new Set<string>(MONEY_RAID.words);
const MONEY = new Set<string>(MONEY_RAID.money);
const PLACES = new Set<string>(MONEY_RAID.places);

/** `raided the pension fund` -> true; `raided the fund's offices`, `raided his home.` -> false. */
function moneyRaided(text: string, end: number): boolean {
  const clause = /^[^.!?;:\n]*/.exec(text.slice(end, end + 160))![0];
  const words = (clause.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).slice(0, MONEY_RAID.window);
  return words.some((w) => MONEY.has(w)) && !words.some((w) => PLACES.has(w));
}
