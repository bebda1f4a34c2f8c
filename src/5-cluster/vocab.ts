// Feature words numbered in order of first use, per clustering session: centroids hold their
// sums in typed arrays keyed by these numbers (centroid.ts), and document frequencies are
// counted by them (vector.ts). Sample: idOf("port") -> 0, idOf("n:alden") -> 1, idOf("port") -> 0.

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Number -> word; the word object kept is the one first seen (detached from article texts by features.ts). */
  readonly words: string[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The word's number, given one if it has none. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The word's number, or undefined when the word was never numbered. */
  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Numbers of many words (numbering new ones). */
  idsOf(words: readonly string[]): number[] {
    const out: number[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.idOf(words[i]!);
    return out;
  }

  wordOf(id: number): string {
    const w = this.words[id];
    if (w === undefined) throw new Error(`feature number ${id} is not in the vocabulary (${this.words.length} words)`);
    return w;
  }
}
