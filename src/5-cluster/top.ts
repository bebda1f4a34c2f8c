// The n strongest entries of a weight map, strongest first (ties: feature name ascending),
// without sorting the whole map: a bounded min-heap, O(m log n) instead of O(m log m).
export function topEntries(map: Map<string, number>, n: number): Array<[string, number]> {
  if (n <= 0) return [];
  const weaker = (a: [string, number], b: [string, number]) => a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  const heap: Array<[string, number]> = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!weaker(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && weaker(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && weaker(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const e of map) {
    if (heap.length < n) {
      heap.push(e);
      up(heap.length - 1);
    } else if (weaker(heap[0]!, e)) {
      heap[0] = e;
      down(0);
    }
  }
  return heap.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
