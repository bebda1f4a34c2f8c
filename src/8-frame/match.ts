// Leftmost-longest phrase matching over word tokens, shared by referent and loaded-word search.
// Sample: lexicon {"forces", "security forces"} on "Security  forces and forces" -> two matches,
// "Security  forces" [0,16) and "forces" [21,27): the word inside the longer phrase is not counted.
import { tokenize } from '../6-extract/text/tokens.js';

export interface PhraseMatch<V> {
  start: number;
  end: number;
  /** The lexicon form that matched, normalised (see `normalise`). */
  form: string;
  value: V;
}

interface WordToken {
  start: number;
  end: number;
  key: string;
}

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
// Words of a phrase may be separated by spaces or tabs only; punctuation or a line break ends it,
// so "security, forces" or a headline ending in "security" above "Forces ..." is no phrase.
const PHRASE_GAP = /^[ \t\u00a0]+$/;

/** Lower case, typographic apostrophes and hyphens folded, white space runs to one space. */
export function normalise(surface: string): string {
  return surface.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * normalise(token) for one token: a token of printable ASCII has no space, typographic
 * apostrophe or hyphen to fold, so only its case changes (most tokens; normalise's four
 * passes were a sixth of framing).
 */
export function tokenKey(token: string): string {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return normalise(token);
  }
  return token.toLowerCase();
}

/** WORD_START.test(token), without the regex for an ASCII first character (letters and digits are the only ASCII in \p{L}\p{M}\p{N}). */
export function startsWord(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 0x80 || Number.isNaN(c)) return WORD_START.test(token);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The last text's words: referent and loaded-word search read the same article one after the other. */
let lastText: string | null = null;
let lastWords: WordToken[] = [];

function wordTokens(text: string): WordToken[] {
  if (text === lastText) return lastWords;
  const out: WordToken[] = [];
  // The shared tokenizer splits a possessive off ("army's" -> "army", "'s") and keeps inner
  // hyphens ("anti-war" stays one word, so it never counts as "war").
  for (const t of tokenize(text)) if (startsWord(t.text)) out.push({ start: t.start, end: t.end, key: tokenKey(t.text) });
  [lastText, lastWords] = [text, out];
  return out;
}

export class PhraseIndex<V> {
  private readonly forms = new Map<string, V>();
  private maxWords = 1;
  /**
   * Per word: its one-word form's value, and whether it opens a phrase of two or more words
   * (elsewhere only one-word forms are looked up). One lookup per word of the text; a word
   * that is in neither starts no match.
   */
  private readonly byWord = new Map<string, { value: V | undefined; opens: boolean }>();

  /** Entries are [form, value]; a form given twice is a lexicon error. */
  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [raw, value] of entries) {
      const form = normalise(raw);
      if (!form) continue;
      if (this.forms.has(form)) throw new Error(`duplicate lexicon form: ${form}`);
      this.forms.set(form, value);
      const words = form.split(' ');
      this.maxWords = Math.max(this.maxWords, words.length);
      const first = this.byWord.get(words[0]!) ?? this.byWord.set(words[0]!, { value: undefined, opens: false }).get(words[0]!)!;
      if (words.length > 1) first.opens = true;
      else first.value = value;
    }
  }

  get(form: string): V | undefined {
    return this.forms.get(normalise(form));
  }

  /** Non-overlapping matches in text order; at each word the longest phrase wins. */
  match(text: string): Array<PhraseMatch<V>> {
    const words = wordTokens(text);
    const out: Array<PhraseMatch<V>> = [];
    let i = 0;
    while (i < words.length) {
      // How many words from i on are joined by plain spaces (bounded by the longest phrase).
      const first = this.byWord.get(words[i]!.key);
      if (first === undefined) {
        i++;
        continue;
      }
      let run = 1;
      while (first.opens && run < this.maxWords && i + run < words.length && PHRASE_GAP.test(text.slice(words[i + run - 1]!.end, words[i + run]!.start))) run++;
      let found = false;
      for (let n = run; n >= 1 && !found; n--) {
        const form = n === 1 ? words[i]!.key : words.slice(i, i + n).map((w) => w.key).join(' ');
        const value = n === 1 ? first.value : this.forms.get(form);
        if (value === undefined) continue;
        out.push({ start: words[i]!.start, end: words[i + n - 1]!.end, form, value });
        i += n;
        found = true;
      }
      if (!found) i++;
    }
    return out;
  }
}
