// Inverted index from a feature to the clusters whose centroids rank it among their top
// features. Re-posting a cluster replaces its features; removed clusters leave no postings,
// so candidate lists stay as short as the clusters that really share a strong feature.
export class CentroidIndex<T> {
  /**
   * @param maxPerFeature a feature shared by more clusters than this says little about any one
   * of them: the oldest postings under it are dropped, so a lookup costs a bounded number of
   * candidates however large the corpus grows.
   */
  constructor(private readonly maxPerFeature = 64) {}

  private readonly postings = new Map<string, Set<T>>();
  private readonly features = new Map<T, string[]>();
  private readonly order = new Map<T, number>();
  private next = 0;

  post(cluster: T, features: string[]): void {
    if (!this.order.has(cluster)) this.order.set(cluster, this.next++);
    const old = this.features.get(cluster);
    // The same list again (a centroid whose top did not change hands back the same array): nothing to unpost.
    if (old && old !== features) {
      const now = new Set(features);
      for (const f of old) if (!now.has(f)) this.unpost(f, cluster);
    }
    for (const f of features) {
      let set = this.postings.get(f);
      if (!set) this.postings.set(f, (set = new Set()));
      set.add(cluster);
      if (set.size > this.maxPerFeature) set.delete(set.values().next().value as T);
    }
    this.features.set(cluster, features);
  }

  remove(cluster: T): void {
    for (const f of this.features.get(cluster) ?? []) this.unpost(f, cluster);
    this.features.delete(cluster);
    this.order.delete(cluster);
  }

  has(cluster: T): boolean {
    return this.features.has(cluster);
  }

  private unpost(f: string, cluster: T): void {
    const set = this.postings.get(f);
    if (!set) return;
    set.delete(cluster);
    if (!set.size) this.postings.delete(f);
  }

  /** Clusters posted under any of the features (strongest first), in creation order. */
  candidates(features: Iterable<string>): T[] {
    const found = new Set<T>();
    const add = (c: T) => found.add(c); // forEach, not for-of: no iterator object per feature
    for (const f of features) this.postings.get(f)?.forEach(add);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}
