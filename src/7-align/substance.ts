// Whether two sentences that passed the cosine threshold say the same thing, and not only name
// the same people. Two checks, each general: they must share a word that is not part of a name
// (two when both have four or more such words)
// ("Minister Ilsa Varn visited the depot" / "Minister Ilsa Varn said the panel would report"
// share only the minister), and when both quote someone, the quoted words must share something
// ('"The bridge is unsafe," said Roan Hadley, the county engineer' / '"We will reopen in May,"
// said Roan Hadley, the county engineer': the attribution is most of their words); when only one
// quotes, the other must share a quoted word; and two sentences that each give numbers (in digits or words) must share one.
import { contentWords } from './content-words.js';
import { sentenceNumbers } from './sentence-numbers.js';
import { alignText, foldTerm } from './term-classes.js';

export interface Span {
  text: string;
  start: number;
  end: number;
  /** Values of the figures read in the sentence ("a dozen" -> 12), beside the numbers its words give. */
  figures?: readonly number[];
}

/** A word; a number keeps its separators ("1,200", "11.4"), or 1,200 and 1,500 would share "1". */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|(?<=\d)[.,](?=\d))*/gu;
export const QUOTED = /“([^”]{3,})”|"([^"]{3,})"/g;
/** Quoted words each side needs before the quotes are compared. */
export const MIN_QUOTED = 3;

const capital = (w: string) => /^\p{Lu}/u.test(w);

/** Content words of the sentence that are not part of a capitalised name. */
function plainWords(s: Span): Set<string> {
  // Court words and referent names of one meaning as one, as the alignment reads them
  // ("cleared him of" / "acquitted of"; "regime forces" / "police" in a protest report).
  const tokens = [...alignText(s.text, s.start, s.end).matchAll(WORD)].map((m) => m[0]);
  const namedLater = new Set(tokens.slice(1).filter(capital).map((w) => w.toLowerCase()));
  const out = new Set<string>();
  tokens.forEach((w, i) => {
    if (capital(w)) {
      // The first word is a name when it opens a run of capitals or is capitalised again later.
      if (i > 0 || capital(tokens[1] ?? '') || namedLater.has(w.toLowerCase())) return;
    }
    for (const c of contentWords(w.toLowerCase())) out.add(foldTerm(c));
  });
  return out;
}

function quotedWords(s: Span): Set<string> {
  const out = new Set<string>();
  for (const m of s.text.slice(s.start, s.end).matchAll(QUOTED)) for (const w of contentWords(m[1] ?? m[2] ?? '')) out.add(w);
  return out;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));


/** A verb of saying that ends an attribution: what follows is what was said. */
const SAID = /\b(?:said|says|told|tells|added|adds|stated|insisted|warned|claimed|announced)\b/i;

/** The plain words after the first verb of saying in the span, or null when it has none. */
function saidWords(s: Span): Set<string> | null {
  const text = s.text.slice(s.start, s.end);
  const m = SAID.exec(text);
  return m ? plainWords({ text: s.text, start: s.start + m.index + m[0].length, end: s.end }) : null;
}

const sharedCount = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/** Plain words each side needs before two shared ones are asked of them, not one. */
const LONG_PLAIN = 4;

export function sayTheSame(a: Span, b: Span): boolean {
  const [pa, pb] = [plainWords(a), plainWords(b)];
  // Sentences with words of their own besides the names share two of them: "The two main
  // candidates, Velin and Brask, both voted in Dunmore" and "candidate Velin held a narrow lead
  // over Brask" share the names and "candidate" only.
  const need = pa.size >= LONG_PLAIN && pb.size >= LONG_PLAIN ? 2 : 1;
  if (sharedCount(pa, pb) < need) return false;
  // Both report someone's words: what was said must share two words (one when it is that short),
  // not only the speaker's description ("chief executive Mirela Soskin said …" twice).
  const [qa, qb] = [quotedWords(a), quotedWords(b)];
  const [sa, sb] = qa.size < MIN_QUOTED && qb.size < MIN_QUOTED ? [saidWords(a), saidWords(b)] : [null, null];
  if (sa && sb && sharedCount(sa, sb) < Math.min(2, sa.size, sb.size)) return false;
  // Each gives numbers and none is the other's: another value ("holds 120 detainees" / "still
  // holds 95 detainees"), which the figures compare; not one statement.
  // Numbers however written: "Thirty-one people have died" and "the toll has risen to 47" share none.
  const [na, nb] = [sentenceNumbers(a.text, a.start, a.end, a.figures), sentenceNumbers(b.text, b.start, b.end, b.figures)];
  if (na.size && nb.size && !meets(na, nb)) return false;
  if (qa.size >= MIN_QUOTED && qb.size >= MIN_QUOTED) return meets(qa, qb);
  // Only one quotes: the other must share something of the quoted words (a paraphrase does),
  // not only the speaker and the attribution ("said the workers had been patient").
  if (qa.size >= MIN_QUOTED) return meets(qa, pb);
  if (qb.size >= MIN_QUOTED) return meets(qb, pa);
  return true;
}
