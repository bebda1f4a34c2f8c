// Multi-word lexicon phrases looked up by token, indexed by first or last word so a lookup costs
// one Map access instead of a scan of the whole list. Sample: "at least" ending before "40".
import type { Tokens } from './tokens.js';

export interface PhraseMatch<T> { value: T; length: number }

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, [string[], T][]>();
  private readonly byLast = new Map<string, [string[], T][]>();

  /** Entries are "words separated by spaces" -> value; longer phrases are tried first. */
  constructor(entries: Iterable<[string, T]>) {
    const sorted = [...entries].map(([p, v]): [string[], T] => [p.split(' '), v]).sort((a, b) => b[0].length - a[0].length);
    for (const entry of sorted) {
      const words = entry[0];
      add(this.byFirst, words[0] ?? '', entry);
      add(this.byLast, words[words.length - 1] ?? '', entry);
    }
  }

  /** The longest phrase starting at token i. */
  at(tk: Tokens, i: number): PhraseMatch<T> | null {
    const list = this.byFirst.get(tk.lower(i));
    if (list) for (const [words, value] of list) if (tk.matches(i, words)) return { value, length: words.length };
    return null;
  }

  /** The longest phrase ending at token i, starting after token `floor`. */
  endingAt(tk: Tokens, i: number, floor = -1): PhraseMatch<T> | null {
    const list = this.byLast.get(tk.lower(i));
    if (list) {
      for (const [words, value] of list) {
        const from = i - words.length + 1;
        if (from > floor && tk.matches(from, words)) return { value, length: words.length };
      }
    }
    return null;
  }
}

function add<T>(map: Map<string, [string[], T][]>, key: string, entry: [string[], T]): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
