// Copies: exact and near duplicates, then who copies whom (derivations). Independent of the
// clustering, so an analysis can find them on another thread while it clusters (copies-thread.ts).
import type { AnalysisArticle, Derivation } from '../core/analysis.js';
import type { Memo } from '../core/memo.js';
import { findDuplicates, type DuplicateGroup } from '../3-dedupe/index.js';
import { findDerivations } from '../4-derive/index.js';

export interface Copies {
  duplicates: DuplicateGroup[];
  derivations: Derivation[];
}

/** Duplicate groups and derivations of the articles, in process; `lap` is told when each stage ends. */
export function findCopies(articles: AnalysisArticle[], memo?: Memo, lap: (stage: 'dedupe' | 'derive') => void = () => {}): Copies {
  const duplicates = findDuplicates(articles);
  lap('dedupe');
  const derivations = findDerivations(articles, memo);
  lap('derive');
  return { duplicates, derivations };
}
