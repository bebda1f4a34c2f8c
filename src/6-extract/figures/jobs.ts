// Counts of jobs: cut, offered a way out, or a whole workforce. Samples: "cut up to 1,200 jobs",
// "shed 1,200 positions", "lay off 1,200 workers", "the loss of 1,200 jobs", "dismissals of 950
// workers", "1,200 job cuts", "1,200 jobs will go" -> action as written (a job cut); "250
// employees will be offered early retirement" -> "offered"; "the plant employs 3,600 people", "a
// workforce of 3,600", "the plant's 3,600 workers" -> a workforce (action "employs" or
// "workforce"), its agent the site when the count is a plant's, not the company's.
import type { Tokens } from './tokens.js';
import type { Figure } from './types.js';
import {
  CUT_AFTER, CUT_COUNTED, CUT_NOUNS, CUT_VERBS, EMPLOY_VERBS, JOB_NOUNS, OFF_VERBS, OFFER_WORDS, REDUCE_VERBS, SITE_NOUNS, STAFF_NOUNS, WORKFORCE_NOUNS,
} from './model/business.js';
import { isBreak, tokenAt, tokenEndingAt } from './money.js';

const cutVerbs = new Set(CUT_VERBS);
const cutNouns = new Set(CUT_NOUNS);
const cutAfter = new Set(CUT_AFTER);
const offVerbs = new Set(OFF_VERBS);
const employVerbs = new Set(EMPLOY_VERBS);
const workforce = new Set(WORKFORCE_NOUNS);
const sites = new Set(SITE_NOUNS);
const offers = new Set(OFFER_WORDS);
const jobWords = new Set([...JOB_NOUNS, ...STAFF_NOUNS]);
const jobNouns = new Set(JOB_NOUNS);
/** Words between a count and what happens to it: "1,200 jobs are expected to go", "250 employees will instead be offered". */
const GAP = new Set(['will', 'would', 'could', 'may', 'might', 'are', 'is', 'were', 'was', 'be', 'been', 'being', 'to', 'set', 'due', 'expected', 'now', 'also', 'instead', 'have', 'has', 'had', 'likely']);
const BY_VERBS = new Set(REDUCE_VERBS);

const head = (counted: string) => counted.slice(counted.lastIndexOf(' ') + 1);

/** The job-cut word before the count starting at token `first`, as written, or null. */
export function cutBefore(tk: Tokens, first: number): string | null {
  const w = tk.lower(first - 1);
  if (cutVerbs.has(w)) return w;
  if (w === 'off' && offVerbs.has(tk.lower(first - 2))) return `${tk.lower(first - 2)} off`;
  if (w === 'of') {
    const n = cutNouns.has(tk.lower(first - 2)) ? first - 2 : cutNouns.has(tk.lower(first - 3)) && tk.lower(first - 2) !== 'the' ? first - 3 : -1;
    if (n >= 0) return tk.lower(n);
  }
  if (w === 'by') for (let j = first - 2; j >= first - 8 && !isBreak(tk, j); j--) if (BY_VERBS.has(tk.lower(j))) return tk.lower(j);
  return null;
}

/** The word after the count through auxiliaries: "will go", "are to be axed", "will instead be offered". */
export function wordAfter(tk: Tokens, k: number): { word: string; at: number } | null {
  for (let j = k; j < k + 6; j++) {
    if (!GAP.has(tk.lower(j))) return tk.isWord(j) ? { word: tk.lower(j), at: j } : null;
  }
  return null;
}

/** "1,200 jobs will go", "were made redundant", "will lose their jobs": the cut word after a count, or null. */
export function cutAfterWord(after: { word: string; at: number } | null, tk: Tokens): string | null {
  if (!after) return null;
  if (after.word === 'lose' || after.word === 'losing') {
    const j = ['their', 'his', 'her'].includes(tk.lower(after.at + 1)) ? after.at + 2 : after.at + 1;
    return jobNouns.has(tk.lower(j)) ? after.word : null;
  }
  return cutAfter.has(after.word) && (after.word !== 'made' || tk.lower(after.at + 1) === 'redundant') ? after.word : null;
}

/** The site a workforce belongs to, looking back in the sentence or right after ("at Kallin", "at the plant"), or null. */
export function siteOf(tk: Tokens, first: number, k: number): string | null {
  for (let j = first - 1; j >= first - 12 && !isBreak(tk, j); j--) {
    const w = tk.lower(j).replace(/['’]s?$/u, '');
    if (sites.has(w)) return w;
  }
  if (tk.lower(k) === 'at' || tk.lower(k) === 'in') {
    if (tk.isCapitalized(k + 1)) return 'site';
    if (sites.has(tk.lower(k + 2))) return tk.lower(k + 2);
  }
  return null;
}

/** "a workforce of 3,600", "the plant's headcount of 3,600": the workforce noun before the number at token `first`, or null. */
export function workforceBefore(tk: Tokens, first: number): string | null {
  const w = tk.lower(first - 2);
  return tk.lower(first - 1) === 'of' && workforce.has(w) && w !== 'staff' ? w : null;
}

/** Job cuts, offers and workforces, set on count figures in place. */
export function readJobCounts(tk: Tokens, figures: Figure[]): void {
  for (const f of figures) {
    // A bare number kept for its workforce noun: "reduce the plant's workforce of 3,600 by 1,200 posts".
    const bare = f.counted === null && f.kind === 'other' && f.currency === null ? tokenAt(tk, f.start) : -1;
    const noun = bare >= 0 ? workforceBefore(tk, bare) : null;
    if (noun) {
      f.kind = 'count';
      f.action = noun;
      f.agent = siteOf(tk, bare - 2, tokenEndingAt(tk, f.end) + 1);
      continue;
    }
    if (f.kind !== 'count' || f.counted === null || f.parent !== null) continue;
    const counted = f.counted;
    const isCut = CUT_COUNTED.some((c) => counted === c || counted.endsWith(` ${c}`));
    if (!isCut && !jobWords.has(head(counted))) continue;
    const first = tokenAt(tk, f.start);
    if (first < 0) continue;
    const k = tokenEndingAt(tk, f.end) + 1;
    const after = wordAfter(tk, k);
    // "1,200 job cuts", "cut 1,200 jobs", "lay off 1,200 workers", "1,200 jobs will go"
    const cut = isCut ? head(counted) : cutBefore(tk, first) ?? cutAfterWord(after, tk);
    if (cut && (f.action === null || cut !== f.action)) {
      f.action = cut;
      continue;
    }
    if (f.action !== null) continue;
    if (after && offers.has(after.word)) {
      f.action = after.word;
      continue;
    }
    // A workforce: "employs 3,600 people", "a workforce of 3,600", "3,600-strong workforce", "the plant's 3,600 workers".
    const verb = employVerbs.has(tk.lower(first - 1)) ? tk.lower(first - 1) : null;
    const ofWorkforce = tk.lower(first - 1) === 'of' && workforce.has(tk.lower(first - 2)) ? tk.lower(first - 2) : null;
    const siteBefore = /['’]s?$/u.test(tk.raw(first - 1)) && sites.has(tk.lower(first - 1).replace(/['’]s?$/u, ''));
    const whole = workforce.has(head(counted)) && head(counted) !== 'staff' ? head(counted) : null;
    if (!verb && !ofWorkforce && !whole && !siteBefore) continue;
    f.action = verb ?? ofWorkforce ?? whole ?? 'workforce';
    f.agent = siteOf(tk, verb || ofWorkforce ? first - (verb ? 1 : 2) : first, k);
  }
}
