// Derivations across a corpus, and how many independent voices a set of articles has.
import type { AnalysisArticle, Derivation } from '../core/analysis.js';
import { candidatePairs, UnionFind } from '../3-dedupe/index.js';
import { derive } from './derive.js';

/** Every derivation among candidate pairs, sorted by copy id then source id. */
export function findDerivations(articles: AnalysisArticle[]): Derivation[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: Derivation[] = [];
  for (const [x, y] of candidatePairs(articles)) {
    const d = derive(byId.get(x)!, byId.get(y)!);
    if (d) out.push(d);
  }
  const cmp = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  return out.sort((d, e) => cmp(d.articleId, e.articleId) || cmp(d.sourceArticleId, e.sourceArticleId));
}

/**
 * Connected components of the given articles under derivation links between two of them:
 * a wire story, its reprint and a rewrite count once. Links to articles outside the set are ignored.
 */
export function independentReports(articleIds: string[], derivations: Derivation[]): number {
  const ids = [...new Set(articleIds)];
  const index = new Map(ids.map((id, i) => [id, i]));
  const uf = new UnionFind(ids.length);
  for (const d of derivations) {
    const x = index.get(d.articleId);
    const y = index.get(d.sourceArticleId);
    if (x !== undefined && y !== undefined) uf.union(x, y);
  }
  return new Set(ids.map((_, i) => uf.find(i))).size;
}
