// Derivations across a corpus, and how many independent voices a set of articles has.
import type { AnalysisArticle, Derivation } from '../core/analysis.js';
import { candidatePairs, UnionFind } from '../3-dedupe/index.js';
import { derive } from './derive.js';
import type { Memo } from '../core/memo.js';

/** Everything derive() reads of an article besides its text (which its content hash stands for). */
const pairPart = (a: AnalysisArticle) => [a.id, a.contentHash, a.text.length, a.publishedAt, a.dateEstimated, a.outlet, a.byline, a.agencies];

/**
 * Every derivation among candidate pairs, sorted by copy id then source id. With a memo, a
 * pair aligned in an earlier analysis from the same two article versions is not aligned again.
 */
export function findDerivations(articles: AnalysisArticle[], memo?: Memo): Derivation[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: Derivation[] = [];
  for (const [x, y] of candidatePairs(articles)) {
    const [a, b] = [byId.get(x)!, byId.get(y)!];
    const d = memo ? memo.get('derive', `${x}\u0000${y}`, JSON.stringify([pairPart(a), pairPart(b)]), () => derive(a, b)) : derive(a, b);
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
