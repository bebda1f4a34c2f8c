// Numbers that are not figures: dates ("March 18", "18 March"), times ("3 p.m.", "10:30"), labels
// ("Section 3", "Route 66", "No. 5", "Boeing 737"), list markers ("1. ", "(2)"), phone numbers
// ("+44 20 7946 0958"), ratios ("1 in 5"), numbers glued into codes ("#5", "x3"), capitalised names ("Three Kings").
import type { Tokens } from './tokens.js';
import type { Quantity } from './quantity.js';
import { mayStartNumberWord } from './number.js';
import { ABBREVIATED_LABELS, LABEL_WORDS, MONTHS, TIME_SUFFIX, WEEKDAYS } from './model/context.js';

const calendar = new Set([...MONTHS, ...WEEKDAYS]);
const labels = new Set(LABEL_WORDS);
const abbreviated = new Set(ABBREVIATED_LABELS);
/** May touch the number on its left: "(40", "“40". */
const OPEN_MARKS = new Set(['(', '[', '“', '"', '‘', "'", '~']);
/** May touch the number on its right: "40,", "40.", "40)". */
const CLOSE_MARKS = new Set([',', '.', ';', ':', ')', ']', '”', '"', '’', "'", '!', '?']);

/** "Gaza’s 2.3 million", "the UN's 40": a possessive is not a label. */
function isPossessive(word: string): boolean {
  return /['’]s$/i.test(word);
}

/** A number in digits or words, not an article: "killed 40 in a day" is no ratio. */
function isNumberAt(tk: Tokens, i: number): boolean {
  const w = tk.lower(i);
  return tk.isDigit(i) || (w !== 'a' && w !== 'an' && mayStartNumberWord(w));
}

/** Verbs whose indirect object a name is, before a sum: "fined Vikk 40,000 dalers", "awarded Orsk Mining 3 million dalers". */
const PAY_VERBS = new Set(['fined', 'fines', 'fine', 'ordered', 'paid', 'pays', 'pay', 'awarded', 'awards', 'owes', 'owed', 'lent', 'loaned', 'billed', 'charged', 'granted', 'gave', 'offered', 'cost', 'costs']);

/** The capitalised name ending at token `last` (up to four words) follows a verb of paying or fining. */
function payeeBefore(tk: Tokens, last: number): boolean {
  let j = last;
  while (j > last - 4 && tk.isWord(j) && tk.isCapitalized(j)) j--;
  return j < last && PAY_VERBS.has(tk.lower(j));
}

/** Whether the quantity is a date, time, label, list marker, phone number or part of a code. */
export function isExcluded(tk: Tokens, q: Quantity): boolean {
  const before = q.first - 1;
  const after = q.last + 1;
  const marked = q.currency !== null || q.percent;

  // Glued to something else: "#5", "+44", "x3", "3/4", "10:30", "18/03".
  if (tk.joinedToPrevious(q.first) && !OPEN_MARKS.has(tk.raw(before))) return true;
  if (tk.joinedToPrevious(after)) {
    const mark = tk.raw(after);
    if (!CLOSE_MARKS.has(mark)) return true;
    if ((mark === ':' || mark === '.' || mark === ',') && tk.isDigit(after + 1) && tk.joinedToPrevious(after + 1)) return true;
  }
  // List markers: "1. Tents", "2) Water", "(3)".
  if (!marked && tk.joinedToPrevious(after) && (tk.raw(after) === ')' || tk.raw(after) === '.') && (tk.lineBreakBefore(q.first) || tk.raw(before) === '(')) return true;

  // Clock times: "3 p.m.", "10 am", "0800 GMT".
  if (!marked) {
    TIME_SUFFIX.lastIndex = tk.end(q.number.last);
    if (TIME_SUFFIX.test(tk.text)) return true;
  }

  // Dates: "March 18", "18 March", "Tuesday 18", "18 of March".
  if (calendar.has(tk.raw(before)) || calendar.has(tk.raw(after))) return true;
  if (tk.lower(after) === 'of' && calendar.has(tk.raw(after + 1))) return true;

  // Phone numbers and other digit runs: "020 7946 0958", "44 20 7946".
  if ((tk.isDigit(before) && !tk.joinedToPrevious(q.first)) || (tk.isDigit(after) && !q.number.word)) return true;

  // Ratios: the 5 of "1 in 5 households", "3 out of 4 voters".
  const link = tk.lower(before);
  const ratioBefore = link === 'in' ? before - 1 : link === 'of' && tk.lower(before - 1) === 'out' ? before - 2 : -1;
  if (ratioBefore >= 0 && isNumberAt(tk, ratioBefore)) return true;
  const ratioAfter = tk.lower(after) === 'in' ? after + 1 : tk.lower(after) === 'out' && tk.lower(after + 1) === 'of' ? after + 2 : -1;
  if (ratioAfter >= 0 && isNumberAt(tk, ratioAfter)) return true;

  // The base of a rate: the 100,000 of "21 cases per 100,000 residents" (purpose.ts reads it as the rate's unit).
  if (!marked && tk.lower(before) === 'per') return true;

  // Labels: "section 3", "No. 5", "page 12", "Route 66", "Boeing 737".
  const previous = tk.lower(before);
  if (labels.has(previous)) return true;
  // "No. 5", but not a sentence ending in a label word: "…approached the gate. Nine workers were detained."
  if (previous === '.' && abbreviated.has(tk.lower(before - 1))) return true;
  // A percentage after a name is a share, not a label: "and Orsk 48 percent"; a sum after a name is
  // what the name paid or got: "fined Belvik Foods 3.1 million euros".
  if (tk.isWord(before) && tk.isCapitalized(before) && !tk.opensSentence(before) && !isPossessive(previous) && !marked && !payeeBefore(tk, before)) return true;

  // Capitalised number words mid-sentence are names: "the Three Kings", "Seven Sisters".
  if (q.number.word && tk.isCapitalized(q.number.first) && !tk.opensSentence(q.number.first)) return true;
  return false;
}
