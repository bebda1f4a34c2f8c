// Results kept between analyses of a growing store (the server's). Per storyline: a storyline
// whose articles, their versions, outlets and independent voices are unchanged gets its claims,
// omissions, figure timelines and framing from the previous run. Per article version: the same
// analysis object (so text features kept on it are reused). Per pair of article versions: the
// derivation found between them. Entries not asked for during a run are dropped at its end, so
// the memo holds one run's worth at most.
import type { Memo } from '../core/memo.js';

export interface MemoCounts {
  hits: number;
  misses: number;
}

export class AnalysisMemo implements Memo {
  private kept = new Map<string, { key: string; value: unknown }>();
  private used = new Map<string, { key: string; value: unknown }>();
  private counts = new Map<string, MemoCounts>();

  get<T>(space: string, id: string, key: string, make: () => T): T {
    const slot = `${space}\u0000${id}`;
    const had = this.used.get(slot) ?? this.kept.get(slot);
    const c = this.counts.get(space) ?? { hits: 0, misses: 0 };
    this.counts.set(space, c);
    if (had && had.key === key) {
      c.hits++;
      this.used.set(slot, had);
      return had.value as T;
    }
    c.misses++;
    const value = make();
    this.used.set(slot, { key, value });
    return value;
  }

  /** Whether get() would reuse a value (nothing is counted or kept). */
  peek(space: string, id: string, key: string): boolean {
    const slot = `${space}\u0000${id}`;
    return (this.used.get(slot) ?? this.kept.get(slot))?.key === key;
  }

  /** Ends a run: what it did not ask for is forgotten. */
  endRun(): void {
    this.kept = this.used;
    this.used = new Map();
  }

  /** Hits and misses in one space ("align", "frame", "article", "derive") since the last reset. */
  count(space: string): MemoCounts {
    return { ...(this.counts.get(space) ?? { hits: 0, misses: 0 }) };
  }

  resetCounts(): void {
    this.counts.clear();
  }

  /** Entries kept in one space. */
  sizeOf(space: string): number {
    const prefix = `${space}\u0000`;
    let n = 0;
    for (const k of new Set([...this.kept.keys(), ...this.used.keys()])) if (k.startsWith(prefix)) n++;
    return n;
  }
}
