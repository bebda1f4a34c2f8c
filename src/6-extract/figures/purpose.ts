// A sum's rate and purpose, which keep it apart from other sums of the same money. Samples:
// "5,000 dalers per household", "for every displaced household", "Every household will receive
// 5,000 dalers", "$20 each" -> per "household" / "each" (a rate, never the same quantity as a
// total); "an aid package of 120 million dalers", "120 million dalers aid package", "given
// 40,000 dalers to the Post's appeal" -> purpose "package" / "appeal".
import type { Tokens } from './tokens.js';
import { nounPhraseAt, nounish } from './noun.js';

/** Nouns naming what a sum is for or how it came about. */
const PURPOSES = new Set([
  'package', 'aid', 'assistance', 'appeal', 'donation', 'donations', 'fundraiser', 'fund', 'fine', 'budget',
  'loan', 'grant', 'compensation', 'ransom', 'bail', 'reward', 'subsidy', 'bonus', 'settlement',
  'repayment', 'restitution', 'damages',
]);
/** Verbs whose sum is a fine or a repayment: "was fined 2.4 million crowns", "ordered him to repay 31 million crowns". */
const SUM_VERBS = new Map<string, string>([
  ...['fined', 'fines', 'fining'].map((w): [string, string] => [w, 'fine']),
  ...['repay', 'repays', 'repaid', 'repaying', 'reimburse', 'reimburses', 'reimbursed', 'refund', 'refunded'].map((w): [string, string] => [w, 'repayment']),
]);
/** Verbs before "back": "pay back 3 million dalers". */
const PAY = new Set(['pay', 'pays', 'paid', 'paying']);
/** Object words between the verb and its sum: "fined him 40,000 dalers", "fined the company 3 million dalers". */
const OBJECTS = new Set(['him', 'her', 'them', 'it', 'the', 'a', 'an', 'its', 'his', 'their', 'company', 'firm', 'bank', 'group', 'also', 'back']);
/** Units after "a"/"an" that make a rate: "$10 a head", "5,000 dalers a month". */
const A_UNITS = new Set(['head', 'person', 'household', 'family', 'child', 'day', 'week', 'month', 'year', 'night', 'hour']);
/** Words between "every household" and the sum it gets: "Every household will receive 5,000 dalers". */
const RECEIVE = new Set([
  'will', 'would', 'can', 'could', 'may', 'shall', 'should', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'to',
  'receive', 'receives', 'received', 'get', 'gets', 'got', 'paid', 'given', 'granted', 'awarded', 'owed', 'entitled',
  'also', 'now', 'then', 'up',
]);
const EVERY = new Set(['each', 'every']);
/** Words after "a week" that make it a time: "a week earlier", "a month ago". */
const AGO = new Set(['earlier', 'ago', 'before', 'later', 'after', 'previously']);
const LINKS = new Set(['to', 'for', 'towards', 'into', 'in']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

const headAt = (tk: Tokens, k: number): string | null => {
  const p = nounPhraseAt(tk, k, true);
  return p ? tk.lower(p.to) : null;
};

/** The unit a figure (tokens first..last) is given per, or null for a total. */
export function rateOf(tk: Tokens, first: number, last: number): string | null {
  const next = tk.lower(last + 1);
  if (next === 'each' || next === 'apiece') return 'each';
  if (next === 'per') return tk.isWord(last + 2) ? headAt(tk, last + 2) ?? tk.lower(last + 2) : perNumber(tk, last);
  // "120 new cases a week earlier" is a time, not a rate (outbreak review, finding 9).
  if ((next === 'a' || next === 'an') && A_UNITS.has(tk.lower(last + 2)) && !AGO.has(tk.lower(last + 3))) return tk.lower(last + 2);
  if ((next === 'for' || next === 'to') && EVERY.has(tk.lower(last + 2))) return headAt(tk, last + 3);
  // "Every displaced household will receive 5,000 dalers".
  let j = first - 1;
  while (j > first - 4 && RECEIVE.has(tk.lower(j))) j--;
  if (j === first - 1) return null;
  for (let k = j, n = 0; n < 3 && k >= 0 && nounish(tk, k); k--, n++) if (EVERY.has(tk.lower(k - 1))) return tk.lower(j);
  return null;
}

/**
 * A rate per so many of a population: "21 cases per 100,000 residents" -> "100000 residents",
 * "3 deaths per 1,000 births" -> "1000 births" (the number is the base, never a figure of its own).
 */
export function perNumber(tk: Tokens, last: number): string | null {
  if (tk.lower(last + 1) !== 'per' || !tk.isDigit(last + 2)) return null;
  const base = tk.raw(last + 2).replace(/,/g, '');
  const head = tk.isWord(last + 3) ? headAt(tk, last + 3) : null;
  return head ? `${base} ${head}` : base;
}

/** What the sum (tokens first..last) is for, as the head noun written, or null. */
export function purposeOf(tk: Tokens, first: number, last: number): string | null {
  // "an aid package of 120 million dalers", "a fine of $5,000".
  if (tk.lower(first - 1) === 'of' && PURPOSES.has(tk.lower(first - 2))) return tk.lower(first - 2);
  // "120 million dalers aid package", "120m dalers flood aid package".
  const after = headAt(tk, last + 1);
  if (after && PURPOSES.has(after)) return after;
  const verb = sumVerbBefore(tk, first);
  if (verb) return verb;
  // "given 40,000 dalers to the Brightwater Post appeal", "120 million dalers in aid".
  if (!LINKS.has(tk.lower(last + 1))) return null;
  let k = last + 2;
  if (DETERMINERS.has(tk.lower(k))) k++;
  const head = headAt(tk, k);
  return head && PURPOSES.has(head) ? head : null;
}

/**
 * A fine or a repayment named by the verb before the sum, past up to three object words: "was
 * fined 2.4 million crowns", "fined the company 40,000 dalers", "ordered to repay 31 million
 * crowns", "must pay back 3 million dalers". Two sums of one currency, one a fine and one a
 * repayment, are then never compared.
 */
function sumVerbBefore(tk: Tokens, first: number): string | null {
  for (let j = first - 1; j >= Math.max(0, first - 5); j--) {
    const w = tk.lower(j);
    const purpose = SUM_VERBS.get(w) ?? (w === 'back' && PAY.has(tk.lower(j - 1)) ? 'repayment' : undefined);
    if (purpose) return purpose;
    // "fined Arno Vikk 40,000 dalers": a name is the one fined.
    if (!OBJECTS.has(w) && !(tk.isWord(j) && tk.isCapitalized(j))) return null;
  }
  return null;
}
