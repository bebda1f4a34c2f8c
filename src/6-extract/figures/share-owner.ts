// Whose shares moved. Samples: "Shares of other carmakers fell 15%", "rivals' shares fell 4%",
// "shares across the sector fell 2%" -> another group's shares (counted "carmaker share price",
// "rival share price", "sector share price"), never the story company's; "Shares in Tolland
// Mills fell 3%", "Tolland shares fell 3%" -> the company named (agent "tolland"), so a different
// named company's move is kept apart in the claims (figure-agents.ts).
import type { Tokens } from './tokens.js';

/** Owners that are a group, never the one company of the story: "other carmakers", "rivals", "the sector". */
const GROUPS = new Set([
  'rival', 'rivals', 'peer', 'peers', 'competitor', 'competitors', 'sector', 'industry', 'index', 'market', 'markets', 'benchmark',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'both', 'wider', 'broader']);
/** Words before "shares" that are no owner: "its shares", "the shares", "bank's own shares". */
const NOT_OWNERS = new Set([...DETERMINERS, 'own', 'ordinary', 'preference', 'class', 'voting', 'listed', 'new', 'treasury', 'per', 'each', 'every']);

export interface ShareOwner {
  group?: string;  // another group: "carmaker", "rival", "sector"
  name?: string;   // a named company, its first word: "tolland"
}

const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** An owner word: a group ("rivals", "other carmakers") or a name ("Tolland"), or null. */
function ownerAt(tk: Tokens, j: number, other: boolean): ShareOwner | null {
  if (!tk.isWord(j)) return null;
  const w = tk.lower(j).replace(/['’]s?$/u, '');
  if (GROUPS.has(w)) return { group: singular(w) };
  if (NOT_OWNERS.has(w)) return null;
  // "other carmakers", "carmakers' shares", "European carmakers": a plural common noun is a group.
  if (!tk.isCapitalized(j) || (tk.opensSentence(j) && !other && /s$/.test(w) && tk.isWord(j + 1) && !tk.isCapitalized(j + 1))) {
    return other || /[^s]s$/.test(w) ? { group: singular(w) } : null;
  }
  return other ? { group: singular(w) } : { name: w };
}

/**
 * The owner of the shares named at token `at` ("shares", "stock"): after it ("shares of other
 * carmakers", "shares in Tolland", "shares across the sector") or before it ("rivals' shares",
 * "Tolland shares", "carmaker shares"); null when none is written ("Shares fell 3%").
 */
export function shareOwner(tk: Tokens, at: number): ShareOwner | null {
  const link = tk.lower(at + 1);
  if (link === 'of' || link === 'in' || link === 'across') {
    let j = at + 2;
    while (DETERMINERS.has(tk.lower(j))) j++;
    const other = tk.lower(j) === 'other';
    if (other) j++;
    // "other European carmakers": the head is the last word before a verb or a break.
    while (other && tk.isWord(j + 1) && tk.isCapitalized(j)) j++;
    const owner = ownerAt(tk, j, other);
    if (owner) return owner;
  }
  let j = at - 1;
  if (tk.raw(j) === '\u2019' || tk.raw(j) === "'") j--; // "rivals' shares"
  const before = ownerAt(tk, j, tk.lower(j - 1) === 'other');
  if (!before?.name) return before;
  // "Tolland Mills shares": a name by its first word, as "shares in Tolland Mills" is.
  while (tk.isWord(j - 1) && tk.isCapitalized(j - 1) && !tk.opensSentence(j) && !NOT_OWNERS.has(tk.lower(j - 1))) j--;
  return { name: tk.lower(j).replace(/['’]s?$/u, '') };
}
