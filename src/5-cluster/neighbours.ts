// Nearest neighbour of an article within its batch. Single-pass clustering lets the first
// article of a story join a loosely related event (same person, another story) before its
// own siblings arrive; knowing its closest batch neighbour lets it wait for them instead.
import { Spread } from './vector.js';
import { strongest, type ClusterItem } from './state.js';

export interface Neighbour {
  /** Index in the batch, -1 if no other article shares a strong feature. */
  at: number;
  /** Cosine of the two event vectors. */
  sim: number;
}

/**
 * Candidates share one of the `probe` strongest features (an inverted index over the batch:
 * no all-pairs pass), and a neighbour is found only when asked for (most articles fit their
 * event too well to wait). A feature held by more than `maxPerFeature` articles of the batch
 * is a word of the whole batch, not of a pair, and yields no candidates (a bound on the cost).
 */
export class BatchNeighbours {
  private readonly postings = new Map<string, number[]>();
  private readonly seen: Int32Array;

  constructor(
    private readonly items: readonly ClusterItem[],
    private readonly probe: number,
    private readonly maxPerFeature = 16,
  ) {
    items.forEach((item, i) => {
      for (const f of strongest(item.eventVector, probe)) {
        let list = this.postings.get(f);
        if (!list) this.postings.set(f, (list = []));
        list.push(i);
      }
    });
    this.seen = new Int32Array(items.length).fill(-1);
  }

  /** The batch article closest to article i (ties: the earlier). */
  nearest(i: number): Neighbour {
    const { items, seen } = this;
    const item = items[i]!;
    const best: Neighbour = { at: -1, sim: 0 };
    const mine = new Spread(item.eventVector);
    seen[i] = i;
    try {
      for (const f of strongest(item.eventVector, this.probe)) {
        const list = this.postings.get(f)!;
        if (list.length > this.maxPerFeature) continue;
        for (const j of list) {
          if (seen[j] === i) continue;
          seen[j] = i;
          const sim = mine.dot(items[j]!.eventVector);
          if (sim > best.sim || (sim === best.sim && best.at >= 0 && j < best.at)) [best.at, best.sim] = [j, sim];
        }
      }
    } finally {
      mine.release();
    }
    return best;
  }
}
