// Whether two sentences that passed the cosine threshold say the same thing, and not only name
// the same people. Two checks, each general: they must share a word that is not part of a name
// ("Minister Ilsa Varn visited the depot" / "Minister Ilsa Varn said the panel would report"
// share only the minister), and when both quote someone, the quoted words must share something
// ('"The bridge is unsafe," said Roan Hadley, the county engineer' / '"We will reopen in May,"
// said Roan Hadley, the county engineer': the attribution is most of their words).
import { contentWords } from './content-words.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const QUOTED = /“([^”]{3,})”|"([^"]{3,})"/g;
/** Quoted words each side needs before the quotes are compared. */
const MIN_QUOTED = 3;

const capital = (w: string) => /^\p{Lu}/u.test(w);

/** Content words of the sentence that are not part of a capitalised name. */
function plainWords(s: Span): Set<string> {
  const tokens = [...s.text.slice(s.start, s.end).matchAll(WORD)].map((m) => m[0]);
  const namedLater = new Set(tokens.slice(1).filter(capital).map((w) => w.toLowerCase()));
  const out = new Set<string>();
  tokens.forEach((w, i) => {
    if (capital(w)) {
      // The first word is a name when it opens a run of capitals or is capitalised again later.
      if (i > 0 || capital(tokens[1] ?? '') || namedLater.has(w.toLowerCase())) return;
    }
    for (const c of contentWords(w.toLowerCase())) out.add(c);
  });
  return out;
}

function quotedWords(s: Span): Set<string> {
  const out = new Set<string>();
  for (const m of s.text.slice(s.start, s.end).matchAll(QUOTED)) for (const w of contentWords(m[1] ?? m[2] ?? '')) out.add(w);
  return out;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

export function sayTheSame(a: Span, b: Span): boolean {
  if (!meets(plainWords(a), plainWords(b))) return false;
  const [qa, qb] = [quotedWords(a), quotedWords(b)];
  return qa.size < MIN_QUOTED || qb.size < MIN_QUOTED || meets(qa, qb);
}
