// A number glued to a word by a hyphen, used as an adjective: "a 1,200-job cut" counts 1,200
// jobs, "a 300-page report" 300 pages, "a 10-year sentence" 10 years (a measure), "a
// 200-strong crowd" 200 in the crowd. The word is singular, as English writes such compounds.
import type { Tokens } from './tokens.js';
import { nounPhraseAt, type Counted } from './noun.js';

/** Words glued to a number that count the noun after them: "a 200-strong crowd". */
const STRONG = new Set(['strong']);

/** Token k follows the number's last token with only a hyphen between: "1,200-job". */
export function gluedAfter(tk: Tokens, k: number): boolean {
  const gap = tk.text.slice(tk.end(k - 1), tk.start(k));
  return k < tk.length && (gap === '-' || gap === '–') && tk.isWord(k);
}

/** What a glued number counts, or null when token k is not glued to it. */
export function gluedCounted(tk: Tokens, k: number): Counted | null {
  if (!gluedAfter(tk, k)) return null;
  if (STRONG.has(tk.lower(k))) {
    const crowd = nounPhraseAt(tk, k + 1, true);
    return crowd ? { phrase: { ...crowd, from: k }, action: null, inSpan: true } : null;
  }
  const word = nounPhraseAt(tk, k, true);
  if (!word) return null;
  // The counted word is the glued one, the phrase runs to the compound's head: "1,200-job cut".
  return { phrase: { from: k, to: word.to, text: tk.lower(k), plural: true }, action: null, inSpan: true };
}
