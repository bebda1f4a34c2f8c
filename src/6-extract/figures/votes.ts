// Whose votes a figure counts, as the head word of the candidate or party named (kept in
// figure.agent, the doer-or-recipient claims keep apart): "Velka received 40,200 votes" ->
// "velka"; "31,900 votes for Dario Orsk" -> "orsk"; "to Orsk's 31,900" -> "orsk"; "Velka won the
// race with 52 percent of the vote" -> "velka". A rival's bare number takes the count it answers
// ("40,200 votes to 31,900 for Orsk"), a share glossing a count its count ("40,200 votes, or 52
// percent"), and "and Orsk 48 percent" after a share of the vote is Orsk's share.
import type { Tokens } from './tokens.js';
import { subjectEnd } from './agent.js';
import type { Figure } from './types.js';
import { STOP_WORDS } from './model/nouns.js';
import { MONTHS, WEEKDAYS } from './model/context.js';
import { POSSESSIVE_LINKS, RECEIVE_VERBS, VOTE_NOUNS, WIN_VERBS } from './model/votes.js';
import { TOLL_GAP_WORDS, TOLL_VERBS } from './model/actions.js';

const voteNouns = new Set(VOTE_NOUNS);
const receive = new Set(RECEIVE_VERBS);
const win = new Set(WIN_VERBS);
const links = new Set(POSSESSIVE_LINKS);
const stopWords = new Set(STOP_WORDS);
const calendar = new Set([...MONTHS, ...WEEKDAYS]);
const tollVerbs = new Set(TOLL_VERBS);
const tollGap = new Set(TOLL_GAP_WORDS);
const BETWEEN = new Set(['has', 'had', 'have', 'now', 'also', 'still', 'already', 'reportedly', 'narrowly', 'comfortably', 'easily', 'just', 'again', 'officially']);
const POSSESSIVE = /['’]s?$/u;

/** "40,200 votes", "52 percent of the vote", "900 postal ballots". */
export function isVoteCount(counted: string | null): boolean {
  return counted !== null && voteNouns.has(counted.slice(counted.lastIndexOf(' ') + 1));
}

/** A name at token j, as its head word: "Orsk" -> "orsk", "Orsk’s" -> "orsk"; null for "The", "She", "Monday". */
function nameAt(tk: Tokens, j: number): string | null {
  if (j < 0 || !tk.isWord(j) || !tk.isCapitalized(j) || calendar.has(tk.raw(j))) return null;
  const w = tk.lower(j).replace(POSSESSIVE, '');
  return stopWords.has(w) || w.length < 2 ? null : w;
}

/**
 * The name ending at token j, back over "of the …": "Dario Orsk of the Renewal Party took" ->
 * "orsk" (the candidate, not the party after him).
 */
function nameEndingAt(tk: Tokens, j: number): string | null {
  let first = j;
  while (nameAt(tk, first - 1) && !POSSESSIVE.test(tk.raw(first - 1))) first--;
  if (tk.lower(first - 1) === 'the' && tk.lower(first - 2) === 'of' && nameAt(tk, first - 3)) return nameAt(tk, first - 3);
  return nameAt(tk, j);
}

/** The named subject of the verb at token v: "Velka now has", "Velka, who won". */
function subjectName(tk: Tokens, v: number): string | null {
  return nameEndingAt(tk, subjectEnd(tk, v, BETWEEN, WHO));
}

const WHO: ReadonlySet<string> = new Set(['who']);

/** The name right after "for" at token k: "for Dario Orsk" -> "orsk", "for the Renewal Party" -> "party". */
function nameAfterFor(tk: Tokens, k: number): string | null {
  if (tk.lower(k) !== 'for') return null;
  let j = k + 1;
  if (tk.lower(j) === 'the') j++;
  if (!nameAt(tk, j)) return null;
  while (nameAt(tk, j + 1) && !POSSESSIVE.test(tk.raw(j))) j++;
  return nameAt(tk, j);
}

/** A possessive name before the figure, back over "total of", "tally stayed at": "to Orsk's 31,900". */
function possessiveBefore(tk: Tokens, j: number): string | null {
  for (let n = 0; n < 5 && j >= 0; n++, j--) {
    if (POSSESSIVE.test(tk.raw(j)) && tk.raw(j).length > 2) return nameAt(tk, j);
    if (!links.has(tk.lower(j))) return null;
  }
  return null;
}

/**
 * The candidate a vote figure counts for: "for <name>" after the counted phrase (ending at token
 * `to`), a possessive name before the figure (starting at token `first`), the named subject of
 * a verb of receiving right before it, or of a verb of winning before "with". Null when the
 * votes are no one's in particular or only a pronoun or description names them ("She took",
 * "The Alliance candidate took"): claims then join such a figure to the one candidate whose value it gives.
 */
export function recipientOf(tk: Tokens, first: number, to: number): string | null {
  const after = tk.lower(to + 1) === 'cast' ? to + 2 : to + 1;
  const named = nameAfterFor(tk, after) ?? possessiveBefore(tk, first - 1);
  if (named) return named;
  const verb = tk.lower(first - 1);
  if (receive.has(verb)) return subjectName(tk, first - 1);
  if (verb !== 'with') return null;
  for (let j = first - 2; j >= first - 14 && (tk.isWord(j) || POSSESSIVE.test(tk.raw(j))); j--) if (win.has(tk.lower(j))) return subjectName(tk, j);
  return null;
}

/** "Rejected ballots rose to 1,300": a vote noun the bare figure stands for, with its modifier. */
export function voteNounBefore(tk: Tokens, j: number): string | null {
  if (tk.lower(j) !== 'to' && tk.lower(j) !== 'at') return null;
  j--;
  // "Rejected ballots rose to", or "bringing the number of rejected ballots to" (no verb between).
  const verb = tollVerbs.has(tk.lower(j));
  if (verb) j--;
  while (verb && tollGap.has(tk.lower(j))) j--;
  if (!voteNouns.has(tk.lower(j))) return null;
  const modifier = tk.lower(j - 1);
  const modified = tk.isWord(j - 1) && !stopWords.has(modifier) && (!tk.isCapitalized(j - 1) || tk.opensSentence(j - 1));
  if (!verb && tk.lower(j - (modified ? 2 : 1)) !== 'of' || !verb && tk.lower(j - (modified ? 3 : 2)) !== 'number') return null;
  return modified ? `${modifier} ${tk.lower(j)}` : tk.lower(j);
}

/**
 * "900 postal ballots had been counted twice", "900 ballots that were double-counted": the
 * ballots counted twice, read up to the end of the clause after the counted phrase (ending at token `to`).
 */
export function countedTwice(tk: Tokens, to: number): string | null {
  for (let k = to + 1; k < to + 12 && tk.isWord(k); k++) {
    if (tk.lower(k) === 'double-counted') return 'double-counted';
    if (tk.lower(k) === 'counted' && (tk.lower(k + 1) === 'twice' || tk.matches(k + 1, ['two', 'times']))) return 'counted twice';
  }
  return null;
}

/** Longest text from a vote count to the rival figure answering it in the same sentence. */
const RIVAL_SPAN = 160;

/**
 * A bare number naming its candidate after a vote count in the same sentence is that
 * candidate's count: "took 40,200 votes to 31,900 for Orsk", "against Orsk's 31,900", "and
 * Orsk's stays at 31,900". The draft (first token `first`, last `last`) takes the count's noun.
 */
export function rivalCount(tk: Tokens, figures: readonly Figure[], draft: Figure, first: number, last: number): boolean {
  const count = [...figures].reverse().find((f) => f.kind === 'count' && isVoteCount(f.counted));
  if (!count || draft.start - count.end > RIVAL_SPAN || /[.!?;]\s/u.test(tk.text.slice(count.end, draft.start))) return false;
  const candidate = nameAfterFor(tk, last + 1) ?? possessiveBefore(tk, first - 1);
  if (!candidate) return false;
  draft.kind = 'count';
  draft.counted = count.counted!.slice(count.counted!.lastIndexOf(' ') + 1);
  draft.agent = candidate;
  return true;
}

/** A figure of an election count: votes, or a share of them. */
const isVote = (f: Figure) => isVoteCount(f.counted);

/**
 * After all figures are read: a bare percentage glossing a vote count ("40,200 votes, or 52
 * percent") is a share of the vote, the count's candidate's; "and Orsk 48 percent" after a share
 * is Orsk's share; "Orsk took 48 percent" or "48 percent for Orsk" in an article that counts votes
 * is Orsk's share. Coordinated vote counts share their candidate ("won 22,000 votes in person
 * and 18,200 postal votes").
 */
export function readVoteShares(tk: Tokens, figures: Figure[]): void {
  const tokenOf = (offset: number) => {
    let [lo, hi] = [0, tk.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tk.start(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (let i = 1; i < figures.length; i++) {
    const [prev, f] = [figures[i - 1]!, figures[i]!];
    const gap = tk.text.slice(prev.end, f.start);
    if (isVote(prev) && isVote(f) && f.agent === null && prev.agent !== null && /^[^,.;!?]{0,25}?,?\s*and\s+$|^\s*,\s*$/u.test(gap) && f.kind === prev.kind) f.agent = prev.agent;
    if (f.kind !== 'percent' || f.counted !== null || f.action !== null) continue;
    const first = tokenOf(f.start);
    if (prev.kind === 'count' && isVote(prev) && /^\s*,\s*or\s+$/u.test(gap)) {
      f.counted = 'vote';
      f.agent = prev.agent;
      continue;
    }
    if (!figures.slice(0, i).some(isVote)) continue;
    // Gapping: "Velka had 52 percent of the vote and Orsk 48 percent".
    const gapped = prev.kind === 'percent' && isVote(prev) && /^[^.!?;]*(?:,|\band)\s+(?:[\p{Lu}][\p{L}\-’']*\s+){0,2}$/u.test(gap) ? nameAt(tk, first - 1) : null;
    const recipient = gapped ?? recipientOf(tk, first, tokenOf(f.end - 1));
    if (recipient) {
      f.counted = 'vote';
      f.agent = recipient;
    }
  }
}
