// The claims of one analysis aligned on two threads: this one and the copies thread, which is
// idle once it has found the copies and framed the storylines (a third of the alignment ran
// with one core unused). Storylines are aligned whole, each by one thread, largest first; each
// thread takes the next index from a counter in shared memory, so the faster one does more and
// neither waits for the other to be asked. What the thread answers is what this thread would
// have made (the same function over the same articles and voices); if it fails, the storylines
// it took are aligned here.
import type { CopiesThread } from './copies-thread.js';
import { joinAlignments, type AlignArticle, type ClaimAligner, type StorylineAlignment, type StorylineRef } from '../7-align/index.js';

/** Below this many storylines to align, sharing them costs more than it saves. */
export const SHARED_ALIGN_MIN = 4;

/** A storyline's share of the work: its articles, twice when it is also aligned as a whole. */
const workOf = (s: StorylineRef) => s.events.reduce((n, e) => n + e.articleIds.length, 0) * (s.events.length > 1 ? 2 : 1);

export async function alignShared(aligner: ClaimAligner, storylines: StorylineRef[], thread: CopiesThread, input: (id: string) => AlignArticle, version: (id: string) => string, onError?: (e: Error) => void): Promise<StorylineAlignment> {
  const todo = storylines.filter((s) => !aligner.kept(s));
  if (todo.length < SHARED_ALIGN_MIN) return joinAlignments(storylines.map((s) => aligner.storyline(s)));
  const order = todo.map((s, i) => ({ s, i, work: workOf(s) })).sort((x, y) => y.work - x.work || x.i - y.i).map((x) => x.s);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const theirs = thread.align(order, next, aligner.opts, input, (id) => aligner.voice.get(id)!, version).catch((e: Error) => (onError?.(e), null));
  const mine = new Map<string, StorylineAlignment>();
  for (let i = Atomics.add(next, 0, 1); i < order.length; i = Atomics.add(next, 0, 1)) mine.set(order[i]!.id, aligner.storyline(order[i]!));
  const made = new Map([...((await theirs) ?? [])].map(([i, x]) => [order[i]!.id, x]));
  return joinAlignments(storylines.map((s) => mine.get(s.id) ?? aligner.storyline(s, made.get(s.id))));
}
