// A fraction made a count where its whole is known (fraction.ts reads it as a percentage first).
// Samples: "half of its 2,400 staff will lose their jobs" -> 1,200 staff, a job cut ("lose"), and
// the 2,400 becomes the workforce it is a part of; "a quarter of the 8,000 jobs will go" -> 2,000
// jobs cut, the 8,000 the jobs there are; "Kelso will cut a third of the workforce" in an article
// whose one workforce is "the plant employs 3,600 people" -> 1,200 workforce cut. A fraction whose
// whole is not clear (no workforce, or two of different sizes) stays a percentage of what it names:
// "a third of the workforce" -> about 33.3 % of the workforce, a job cut.
import type { Tokens } from './tokens.js';
import type { Figure } from './types.js';
import { CHANGE_WORDS, CUT_AFTER, CUT_COUNTED, CUT_NOUNS, CUT_VERBS, EMPLOY_VERBS, JOB_NOUNS, OFFER_WORDS, STAFF_NOUNS, WORKFORCE_NOUNS } from './model/business.js';
import { cutAfterWord, cutBefore, siteOf, wordAfter } from './jobs.js';
import { isBreak, tokenAt, tokenEndingAt } from './money.js';
import { actionAfter, actionBefore } from './noun.js';

const jobWords = new Set([...JOB_NOUNS, ...STAFF_NOUNS]);
const workforceActions = new Set([...EMPLOY_VERBS, ...WORKFORCE_NOUNS, 'workforce']);
const offers = new Set(OFFER_WORDS);
const changeWords = new Set(CHANGE_WORDS);
/** Nouns of cuts that can be a clause's subject ("the layoffs", "the job cuts"); "loss" alone is too wide. */
const cutSubjects = new Set([...CUT_NOUNS, ...CUT_COUNTED.map((c) => c.split(' ').pop()!)].filter((w) => !['loss', 'losses', 'reduction', 'reductions', 'elimination'].includes(w)));
const cutVerbs = new Set(CUT_VERBS);
const cutWords = new Set([...CUT_VERBS, ...CUT_AFTER, ...CUT_NOUNS, ...CUT_COUNTED.map((c) => c.split(' ').pop()!), 'lose', 'losing']);

/** A fraction found in the text: its share (0.5 for "half") and the token its whole begins at. */
export interface FractionMark { share: number; whole: number }

const head = (counted: string) => counted.slice(counted.lastIndexOf(' ') + 1);
const isJobs = (counted: string | null) => counted !== null && jobWords.has(head(counted));

/** The one size of the article's workforce ("employs 3,600 people", "a workforce of 3,600"), or null when none or several. */
function workforceOf(figures: readonly Figure[]): number | null {
  const sizes = new Set(figures.filter((g) => g.kind === 'count' && g.parent === null && g.action !== null && workforceActions.has(g.action)).map((g) => g.value));
  return sizes.size === 1 ? [...sizes][0]! : null;
}

/** What happens to the part: "cut a third of", "a quarter of the 8,000 jobs will go", "half of the 400 residents were evacuated". */
function actionOf(tk: Tokens, first: number, after: number, jobs: boolean): string | null {
  after = pastPlace(tk, after);
  if (jobs) {
    const next = wordAfter(tk, after);
    const cut = cutBefore(tk, first) ?? cutAfterWord(next, tk) ?? cutInClause(tk, first);
    if (cut) return cut;
    if (next && offers.has(next.word)) return next.word;
  }
  return actionAfter(tk, after) ?? actionBefore(tk, first - 1);
}

/**
 * The job cut the fraction measures, named earlier in its clause: "the layoffs would have hit a
 * third of the plant's workers", "the job cuts amount to a third of the workforce", or a cut it
 * restates after a dash or comma: "will shed up to 900 jobs — a third of the workforce".
 */
function cutInClause(tk: Tokens, first: number): string | null {
  // "900 jobs — a third of the workforce", "900 jobs, or a third of the workforce"
  const apposition = [',', '—', '–', '-', '('].includes(tk.raw(first - 1)) || (tk.lower(first - 1) === 'or' && tk.raw(first - 2) === ',');
  for (let j = first - 1; j >= first - REACH && !isBreak(tk, j); j--) {
    const w = tk.lower(j);
    if (cutSubjects.has(w)) return w;
    if (apposition && cutVerbs.has(w)) return w;
  }
  return null;
}
const REACH = 12;

/** Past a place after the whole: "a third of the 2,700 jobs at the mill will go" -> "will go". */
function pastPlace(tk: Tokens, k: number): number {
  if (!['at', 'in', 'across'].includes(tk.lower(k))) return k;
  let j = k + 1;
  if (['the', 'its', 'their', 'his', 'her'].includes(tk.lower(j))) j++;
  const from = j;
  while (j < from + 3 && tk.isWord(j) && !PAST_PLACE_STOP.has(tk.lower(j))) j++;
  return j > from ? j : k;
}
const PAST_PLACE_STOP = new Set(['will', 'would', 'could', 'may', 'might', 'are', 'is', 'were', 'was', 'be', 'to', 'and', 'or', 'have', 'has', 'had']);

/** Whether `action` is said after the whole, through an auxiliary: "8,000 jobs will go", "90 hostages were freed". */
function predicateAt(tk: Tokens, k: number, action: string): boolean {
  const word = action.split(' ')[0]!;
  for (let j = pastPlace(tk, k), n = 0; n < 6 && tk.isWord(j); j++, n++) {
    if (tk.lower(j) === word) return n > 0;
    if (!AUXILIARIES.has(tk.lower(j))) return false;
  }
  return false;
}
const AUXILIARIES = new Set(['will', 'would', 'could', 'may', 'might', 'are', 'is', 'were', 'was', 'be', 'been', 'being', 'to', 'set', 'due', 'expected', 'now', 'also', 'have', 'has', 'had', 'likely', 'not']);

/** A job cut or an offer of a way out: the part of a workforce. */
const cutOrOffer = (counted: string | null, action: string) => isJobs(counted) && (cutWords.has(action) || offers.has(action));

/** Counts of the fractions whose whole is known, and the actions of all of them, set in place. */
export function resolveFractions(tk: Tokens, figures: Figure[], marks: ReadonlyMap<Figure, FractionMark>): void {
  for (const [f, mark] of marks) {
    const i = figures.indexOf(f);
    const first = tokenAt(tk, f.start);
    const next = figures[i + 1];
    const whole = next && tokenAt(tk, next.start) === mark.whole && next.parent === null && next.currency === null && (next.kind === 'count' || next.kind === 'other') ? next : null;
    if (whole) {
      const end = tokenEndingAt(tk, whole.end) + 1;
      // The part takes what is said of the whole after it ("a quarter of the 8,000 jobs will go"),
      // not what describes the whole ("half of the 1,200 people evacuated have returned").
      const moved = whole.action !== null && !workforceActions.has(whole.action) && predicateAt(tk, end, whole.action) ? whole.action : null;
      f.kind = 'count';
      f.counted = whole.counted;
      setCount(f, whole.value * mark.share, whole.high === null ? null : whole.high * mark.share);
      f.action = moved ?? actionOf(tk, first, end, isJobs(whole.counted));
      if (!moved && f.action === whole.action) f.action = null; // the whole's own participle: "the 1,200 people evacuated"
      if (moved) whole.action = null;
      // The whole of a job cut is the workforce: "half of its 2,400 staff will lose their jobs".
      const cut = f.action !== null && cutOrOffer(f.counted, f.action);
      if (cut || (isJobs(whole.counted) && whole.counted !== 'people' && whole.action === null)) {
        whole.kind = 'count';
        whole.action = 'workforce';
        whole.agent ??= siteOf(tk, first, end);
      }
      // Nothing happens to the part alone ("a third of its 90 stores"): it stays a part, never a rival value of its whole.
      if (f.action === null) f.parent = i + 1;
      continue;
    }
    const jobs = isJobs(f.counted);
    f.action = actionOf(tk, first, tokenEndingAt(tk, f.end) + 1, jobs);
    // "has lost about a quarter of its value": a change of the market value.
    if (f.counted === 'value' && changeWords.has(tk.lower(first - 1))) [f.counted, f.action] = ['market value', tk.lower(first - 1)];
    const size = jobs ? workforceOf(figures) : null;
    if (size !== null) {
      f.kind = 'count';
      setCount(f, size * mark.share, null);
    }
  }
}

/** A count from a share of a whole: exact when it comes out whole ("half of 2,400"), else about ("a third of 3,650"). */
function setCount(f: Figure, value: number, high: number | null): void {
  const exact = Math.abs(value - Math.round(value)) < 1e-6;
  f.value = Math.round(value);
  f.high = high === null || Math.round(high) <= f.value ? null : Math.round(high);
  if (f.qualifier === 'about' || f.qualifier === 'exact') f.qualifier = exact ? 'exact' : 'about';
}
