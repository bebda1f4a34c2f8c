// Does article a reuse article b, or b reuse a? Shared passages of >= 8 words are found by
// alignment and weighed (evidence.ts); direction comes from credit, date, containment or id.
// Sample: a reprint with a new headline -> near-duplicate; four wire sentences inside a
// reporter's own story -> rewrite; two reports quoting the same statement -> null.
import type { AnalysisArticle, Derivation, DerivationKind } from '../core/analysis.js';
import { featuresOf } from '../3-dedupe/index.js';
import { timeOf } from '../3-dedupe/order.js';
import { alignRuns, toPassages, type Run } from './align.js';
import { direction } from './direction.js';
import { rewriteTrail, trail } from './trail.js';
import { CREDITED_MIN_WORDS, MIN_WORDS, NAME_WEIGHT, creditedSubstantial, quoteTrail, substantial, weigh } from './evidence.js';

/** Both directions covered this much: a near duplicate rather than a rewrite. */
export const NEAR_DUPLICATE = 0.8;

const covered = (runs: Run[]) => runs.reduce((n, r) => n + r.len, 0);
/** The same runs seen from b: sorted by b's offsets. */
const swap = (runs: Run[]) => runs.map((r) => ({ i: r.j, j: r.i, len: r.len })).sort((x, y) => x.i - y.i);

export function derive(a: AnalysisArticle, b: AnalysisArticle): Derivation | null {
  if (a.id === b.id) return null;
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  const na = fa.size;
  const nb = fb.size;
  if (na === 0 || nb === 0) return null;
  const exact = a.contentHash !== '' && a.contentHash === b.contentHash;
  let runs = alignRuns(fa, fb, MIN_WORDS);
  const dir = direction(a, b, covered(runs) / na, covered(runs) / nb);

  const long = weigh(fa, fb, runs, MIN_WORDS, NAME_WEIGHT);
  if (!exact && !substantial(long, dir.aIsCopy ? na : nb)) {
    // A paraphrasing copy: retry with shorter runs. A credited copy needs some narrative runs,
    // unless the credited source is newer than the copy (then the credit names another article
    // of that outlet); an uncredited one needs a trail of verbatim quotes, or of prose runs kept
    // in the source's order (trail.ts).
    const [copy, source] = dir.aIsCopy ? [a, b] : [b, a];
    const credited = (dir.basis === 'credit' || dir.basis === 'byline') && !(timeOf(source) > timeOf(copy) && Number.isFinite(timeOf(source)));
    const shortRuns = alignRuns(fa, fb, CREDITED_MIN_WORDS);
    const short = weigh(fa, fb, shortRuns, CREDITED_MIN_WORDS);
    const kept = () => rewriteTrail(dir.aIsCopy ? trail(fa, fb, shortRuns) : trail(fb, fa, swap(shortRuns)));
    if (!(credited && creditedSubstantial(short)) && !quoteTrail(long, short) && !kept()) return null;
    runs = shortRuns;
  }

  const coverA = covered(runs) / na;
  const coverB = covered(runs) / nb;
  const [reused, sourceReused] = exact ? [1, 1] : dir.aIsCopy ? [coverA, coverB] : [coverB, coverA];
  const kind: DerivationKind = exact ? 'exact' : reused >= NEAR_DUPLICATE && sourceReused >= NEAR_DUPLICATE ? 'near-duplicate' : 'rewrite';
  const passages = toPassages(fa, fb, runs).map((p) =>
    dir.aIsCopy ? p : { start: p.sourceStart, end: p.sourceEnd, sourceStart: p.start, sourceEnd: p.end, words: p.words },
  );
  return {
    articleId: dir.aIsCopy ? a.id : b.id,
    sourceArticleId: dir.aIsCopy ? b.id : a.id,
    kind,
    reusedFraction: reused,
    sourceReusedFraction: sourceReused,
    passages: passages.sort((x, y) => x.start - y.start),
    direction: { basis: dir.basis, detail: dir.detail },
  };
}
