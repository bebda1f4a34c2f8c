// The rewrite-trail rule: an uncredited rewrite swaps words and trims, yet keeps runs of
// several of the source's own words, in the source's order, with its own words between.
// Independent reports share names, figures, public quotes and stock phrases; those words do
// not count here, and a run carrying a figure counts half ("said 14 people were injured" is
// how every report gives the ministry's figure). Sample: five in-order runs such as "tear gas
// and water cannon", "a march against an" around reworded sentences -> derived; two reports
// sharing a quote, "14 people were injured" and "tear gas and water cannon" -> not.
import type { TextFeatures } from '../3-dedupe/index.js';
import type { Run } from './align.js';
import { quoteMask } from './quotes.js';
import { stockMask } from './stock.js';

/** Runs (of CREDITED_MIN_WORDS words) with this many ordinary words count as kept prose. */
export const TRAIL_RUN_WORDS = 3;
/** In-order prose runs a rewrite must keep: one or two are what any two reports share. */
export const TRAIL_RUNS = 5;
/** Ordinary words over the in-order runs, a run with a figure weighing half. */
export const TRAIL_WORDS = 15;
export const FIGURE_RUN_WEIGHT = 0.5;

const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
/** Spelled numbers are figures too: "two people were missing", "twelve were treated". */
const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|dozen)$/u;
const isFigure = (w: string) => DIGIT.test(w) || NUMBER_WORD.test(w);

export interface Trail {
  /** In-order runs with >= TRAIL_RUN_WORDS ordinary words. */
  runs: number;
  /** Their ordinary words, figure runs at FIGURE_RUN_WEIGHT. */
  words: number;
}

/** The heaviest chain of runs in the same order in both texts (runs sorted by copy offset). */
export function trail(a: TextFeatures, b: TextFeatures, runs: Run[]): Trail {
  const qa = quoteMask(a.text, a.tokens);
  const qb = quoteMask(b.text, b.tokens);
  const sa = stockMask(a.tokens);
  const sb = stockMask(b.tokens);
  const capital = (f: TextFeatures, i: number) => CAPITAL.test(f.text.slice(f.tokens[i]!.start, f.tokens[i]!.end));
  const kept = runs.map((r) => {
    let prose = 0;
    let figure = false;
    for (let p = 0; p < r.len; p++) {
      const [i, j] = [r.i + p, r.j + p];
      if (sa[i] || sb[j] || (qa[i] && qb[j])) continue;
      if (isFigure(a.tokens[i]!.word)) figure = true;
      else if (!(capital(a, i) && capital(b, j))) prose++;
    }
    const ok = prose >= TRAIL_RUN_WORDS;
    return { j: r.j, n: ok ? 1 : 0, w: ok ? prose * (figure ? FIGURE_RUN_WEIGHT : 1) : 0 };
  });
  // O(runs^2) chain by weight, then count: a pair has at most a few dozen runs of 5+ words.
  const best: Trail[] = kept.map((k) => ({ runs: k.n, words: k.w }));
  for (let x = 0; x < kept.length; x++) {
    for (let y = 0; y < x; y++) {
      if (kept[y]!.j >= kept[x]!.j) continue;
      const w = best[y]!.words + kept[x]!.w;
      if (w > best[x]!.words) best[x] = { runs: best[y]!.runs + kept[x]!.n, words: w };
    }
  }
  return best.reduce((m, t) => (t.words > m.words ? t : m), { runs: 0, words: 0 });
}

export const rewriteTrail = (t: Trail) => t.runs >= TRAIL_RUNS && t.words >= TRAIL_WORDS;
