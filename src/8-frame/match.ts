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

function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  // The shared tokenizer splits a possessive off ("army's" -> "army", "'s") and keeps inner
  // hyphens ("anti-war" stays one word, so it never counts as "war").
  for (const t of tokenize(text)) if (WORD_START.test(t.text)) out.push({ start: t.start, end: t.end, key: normalise(t.text) });
  return out;
}

export class PhraseIndex<V> {
  private readonly forms = new Map<string, V>();
  private maxWords = 1;

  /** Entries are [form, value]; a form given twice is a lexicon error. */
  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [raw, value] of entries) {
      const form = normalise(raw);
      if (!form) continue;
      if (this.forms.has(form)) throw new Error(`duplicate lexicon form: ${form}`);
      this.forms.set(form, value);
      this.maxWords = Math.max(this.maxWords, form.split(' ').length);
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
      let run = 1;
      while (run < this.maxWords && i + run < words.length && PHRASE_GAP.test(text.slice(words[i + run - 1]!.end, words[i + run]!.start))) run++;
      let found = false;
      for (let n = run; n >= 1 && !found; n--) {
        const form = words.slice(i, i + n).map((w) => w.key).join(' ');
        const value = this.forms.get(form);
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
