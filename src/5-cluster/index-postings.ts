// Inverted index from a feature to the clusters whose centroids rank it among their top
// features. Stale postings are harmless: they only add a candidate that scores low.
export class CentroidIndex<T> {
  private readonly postings = new Map<string, Set<T>>();
  private readonly order = new Map<T, number>();

  post(cluster: T, features: string[]): void {
    if (!this.order.has(cluster)) this.order.set(cluster, this.order.size);
    for (const f of features) {
      let set = this.postings.get(f);
      if (!set) this.postings.set(f, (set = new Set()));
      set.add(cluster);
    }
  }

  /** Clusters posted under any of the features (strongest first), in creation order. */
  candidates(features: Iterable<string>): T[] {
    const found = new Set<T>();
    for (const f of features) for (const c of this.postings.get(f) ?? []) found.add(c);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}
