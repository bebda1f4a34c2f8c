// How much of a pair's shared text is evidence of copying. Each shared word counts 1, except
// words of a quotation both articles carry (0.25: the same spokesman quoted by two independent
// reports) and words of a newsroom stock phrase (0: "did not immediately respond to a request
// for comment"). Sample: a 15-word shared quote weighs 3.75, below one 8-word passage.
import type { TextFeatures } from '../3-dedupe/index.js';
import type { Run } from './align.js';
import { quoteMask } from './quotes.js';
import { stockMask } from './stock.js';

export const MIN_WORDS = 8;
/** One passage this heavy is enough on its own: about one full sentence. */
export const LONG_PASSAGE = 20;
export const QUOTE_WEIGHT = 0.25;
/**
 * Under the general rule a name (capitalised in both texts) or a figure weighs this much: two
 * reports of the same talks share "mediated by Ilsabet Moraine of the Kestrel Isles" without
 * copying each other. (A copy that credits its source is weighed by its own rule below.)
 */
export const NAME_WEIGHT = 0.5;
/** The copy must reuse this share of its words, or at least SHARED_WORDS weighted words. */
export const MIN_FRACTION = 0.15;
export const SHARED_WORDS = 60;
/**
 * A copy that credits the source's outlet ("told MPA") may paraphrase around short verbatim
 * runs. For it runs of 5 words count: 3 of them, with 20 weighted words that are neither names
 * (capitalised in both texts: "Interior Minister Teodor van Ressel" weighs 1) nor figures
 * ("70 percent" weighs 1), and one run with 6 such words outside quotes ("the rebels want the
 * same number of their own"). Names and figures are what independent reports share anyway.
 */
export const CREDITED_MIN_WORDS = 5;
export const CREDITED_PASSAGES = 3;
export const CREDITED_WORDS = 20;
export const CREDITED_NARRATIVE = 6;

/**
 * A rewrite may paraphrase the narrative yet carry the source's quotations verbatim, in the
 * same order, with the same editorial insertions. Several long shared quotes (an independent
 * report quoting the same statement shares one or two) plus a few shared 5-word prose runs
 * are taken as copying. Sample: three 12–28-word quotes and two runs such as "mediators from
 * Egypt and Qatar" -> derived.
 */
export const QUOTE_TRAIL_QUOTES = 3;
export const QUOTE_TRAIL_PROSE_RUNS = 2;
export const QUOTE_TRAIL_PROSE_WORDS = 5;

export interface Evidence {
  /** Runs with at least MIN_WORDS words inside a quotation both carry. */
  quoteRuns: number;
  /** Runs with at least QUOTE_TRAIL_PROSE_WORDS prose words that are not names or figures. */
  proseRuns: number;
  /** Weighted words over all runs. */
  total: number;
  /** Runs weighing at least the run length required. */
  counted: number;
  long: boolean;
  /** Some run has >= MIN_WORDS words outside shared quotes and stock phrases. */
  narrative: boolean;
  /** Weighted words that are not names, and the most such narrative words in one run. */
  content: number;
  contentRun: number;
}

const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;

/** `nameWeight`: what a shared name or figure weighs (NAME_WEIGHT for the general rule). */
export function weigh(a: TextFeatures, b: TextFeatures, runs: Run[], minWords: number, nameWeight = 1): Evidence {
  const qa = quoteMask(a.text, a.tokens);
  const qb = quoteMask(b.text, b.tokens);
  const sa = stockMask(a.tokens);
  const sb = stockMask(b.tokens);
  const capital = (f: TextFeatures, i: number) => CAPITAL.test(f.text.slice(f.tokens[i]!.start, f.tokens[i]!.end));
  const name = (i: number, j: number) => DIGIT.test(a.tokens[i]!.word) || (capital(a, i) && capital(b, j));
  const e: Evidence = { quoteRuns: 0, proseRuns: 0, total: 0, counted: 0, long: false, narrative: false, content: 0, contentRun: 0 };
  for (const r of runs) {
    let weight = 0;
    let plain = 0;
    let prose = 0;
    for (let p = 0; p < r.len; p++) {
      if (sa[r.i + p] || sb[r.j + p]) continue;
      const quoted = qa[r.i + p] && qb[r.j + p];
      const named = name(r.i + p, r.j + p);
      const w = quoted ? QUOTE_WEIGHT : named ? nameWeight : 1;
      weight += w;
      if (!quoted) plain++;
      if (named) continue;
      e.content += w;
      if (!quoted) prose++;
    }
    e.total += weight;
    if (r.len - plain >= MIN_WORDS) e.quoteRuns++;
    if (prose >= QUOTE_TRAIL_PROSE_WORDS) e.proseRuns++;
    e.narrative ||= plain >= MIN_WORDS;
    e.contentRun = Math.max(e.contentRun, prose);
    if (weight < minWords) continue;
    e.counted++;
    e.long ||= weight >= LONG_PASSAGE;
  }
  return e;
}

/** The general rule: >= 2 passages or one long, enough of the copy, and not quotes alone. */
export function substantial(e: Evidence, copyWords: number): boolean {
  const passages = e.counted >= 2 || e.long;
  const volume = e.total / copyWords >= MIN_FRACTION || e.total >= SHARED_WORDS;
  return passages && volume && e.narrative;
}

/** The rule for a copy that credits its source (runs weighed with CREDITED_MIN_WORDS). */
export function creditedSubstantial(e: Evidence): boolean {
  return e.counted >= CREDITED_PASSAGES && e.content >= CREDITED_WORDS && e.contentRun >= CREDITED_NARRATIVE;
}

/** The quote-trail rule: quotes weighed at MIN_WORDS, prose runs at CREDITED_MIN_WORDS. */
export function quoteTrail(long: Evidence, short: Evidence): boolean {
  return long.quoteRuns >= QUOTE_TRAIL_QUOTES && short.proseRuns >= QUOTE_TRAIL_PROSE_RUNS;
}
