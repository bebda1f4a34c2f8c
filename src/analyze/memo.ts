// Per-storyline results kept between analyses of a growing store (the server's): a storyline
// whose articles, their versions, outlets and independent voices are unchanged gets its claims,
// omissions, figure timelines and framing from the previous run. Entries not asked for during a
// run are dropped at its end, so the memo holds one run's storylines at most.
import type { Memo } from '../core/memo.js';

export class AnalysisMemo implements Memo {
  private kept = new Map<string, { key: string; value: unknown }>();
  private used = new Map<string, { key: string; value: unknown }>();
  hits = 0;
  misses = 0;

  get<T>(space: string, id: string, key: string, make: () => T): T {
    const slot = `${space}\u0000${id}`;
    const had = this.used.get(slot) ?? this.kept.get(slot);
    if (had && had.key === key) {
      this.hits++;
      this.used.set(slot, had);
      return had.value as T;
    }
    this.misses++;
    const value = make();
    this.used.set(slot, { key, value });
    return value;
  }

  /** Ends a run: what it did not ask for is forgotten. */
  endRun(): void {
    this.kept = this.used;
    this.used = new Map();
  }

  get size(): number {
    return this.kept.size + this.used.size;
  }
}
