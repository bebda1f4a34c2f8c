// Which article most likely came first: earliest known publishedAt, then the longer text
// (a trimmed copy is shorter than its original), then the smaller id. Used to pick a group's
// representative and the hub of a frequent shingle.
import type { AnalysisArticle } from '../core/analysis.js';
import { featuresOf } from './features.js';

export function timeOf(a: Pick<AnalysisArticle, 'publishedAt'>): number {
  const t = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isFinite(t) ? t : Infinity;
}

export function originFirst(a: AnalysisArticle, b: AnalysisArticle): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const la = featuresOf(a).tokens.length;
  const lb = featuresOf(b).tokens.length;
  if (la !== lb) return lb - la;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
