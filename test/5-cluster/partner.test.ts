import { describe, it, expect } from 'vitest';
import { OnlineClusterer, type ClusterItem } from '../../src/5-cluster/online.js';
import { BatchNeighbours } from '../../src/5-cluster/neighbours.js';
import { vecOf } from '../../src/5-cluster/vector.js';

// Hand-made unit vectors: "p" stands for a person in two stories, "x"/"y" for the second story's words.
const item = (id: string, seq: number, v: Record<string, number>): ClusterItem => {
  const m = vecOf(Object.entries(v));
  return { id, vector: m, eventVector: m, time: null, seq };
};
const a = item('a', 0, { p: 1 });
const b = item('b', 1, { p: 0.4, x: Math.sqrt(0.84) }); // cosine 0.4 with a, 0.73 with c
const c = item('c', 2, { x: 0.8, y: 0.6 });

const eventsOf = (k: OnlineClusterer) => k.events.map((e) => e.members.map((m) => m.id).join(','));

describe('waiting for a closer batch neighbour', () => {
  it('finds each item’s nearest neighbour within the batch', () => {
    const near = new BatchNeighbours([a, b, c], 20);
    expect([0, 1, 2].map((i) => near.nearest(i).at)).toEqual([1, 2, 1]);
  });

  it('without a partner, an article joins the event it fits (one shared person), and the event snowballs', () => {
    const k = new OnlineClusterer();
    [a, b, c].forEach((x) => k.add(x));
    expect(eventsOf(k)).toEqual(['a,b,c']);
  });

  it('an article whose coming neighbour is closer, and does not fit the event, opens an event for the pair', () => {
    const k = new OnlineClusterer();
    k.add(a);
    k.add(b, () => ({ item: c, sim: 0.8 * Math.sqrt(0.84) }));
    k.add(c);
    expect(eventsOf(k)).toEqual(['a', 'b,c']);
  });
});

describe('who does not wait', () => {
  it('an article that fits its event as well as two events that would be merged (0.5) joins it', () => {
    const close = item('d', 1, { p: 0.6, x: 0.8 }); // cosine 0.6 with a
    const k = new OnlineClusterer();
    k.add(a);
    k.add(close, () => ({ item: c, sim: 0.9 }));
    expect(eventsOf(k)).toEqual(['a,d']);
  });

  it('an article waits only for a neighbour that does not fit the event itself', () => {
    const k = new OnlineClusterer();
    k.add(a);
    k.add(b, () => ({ item: item('e', 2, { p: 0.9, x: Math.sqrt(0.19) }), sim: 0.9 })); // e fits a at 0.9
    expect(eventsOf(k)).toEqual(['a,b']);
  });
});
