// Marks words that belong to a newsroom stock phrase (model/stock-phrases.ts).
// Sample: "..., officials said." -> officials/said marked.
import { tokenize, type Token } from '../3-dedupe/index.js';
import { STOCK_PHRASES } from './model/stock-phrases.js';

/** Phrases as word lists, grouped by their first word. */
const BY_FIRST = new Map<string, string[][]>();
for (const p of STOCK_PHRASES) {
  const words = tokenize(p).map((t) => t.word);
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST.set(words[0]!, list);
}

export function stockMask(tokens: readonly Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => {
    for (const words of BY_FIRST.get(t.word) ?? []) {
      if (words.every((w, k) => tokens[i + k]?.word === w)) mask.fill(1, i, i + words.length);
    }
  });
  return mask;
}
