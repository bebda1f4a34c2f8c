// When a passage of an article was published: a live blog's update carries its own time (the
// "14:20" over it), the rest of an article its page's. Sample: a figure at offset 900 of a page
// of 06:10 with updates [{ start: 0, at: 18:30 }, { start: 700, at: 14:20 }] -> 14:20.
import type { LiveUpdate } from '../core/types.js';

export interface Timed {
  publishedAt: string | null;
  /** A live blog's updates, in text order (src/2-clean/live-updates.ts). */
  updates?: ReadonlyArray<LiveUpdate>;
}

/** The time of the passage at `offset`: the update it is in, else the article's publication. */
export function timeAt(a: Timed, offset: number | undefined): string | null {
  if (!a.updates?.length || offset === undefined) return a.publishedAt;
  let at: string | null = null;
  for (const u of a.updates) if (u.start <= offset) at = u.at;
  return at ?? a.publishedAt;
}
