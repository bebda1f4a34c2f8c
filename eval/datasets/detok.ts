// Rebuilding readable sentences from tokenised corpora (Penn-Treebank style or plain
// whitespace splits): joins tokens with spaces, then removes the spaces a tokenizer added
// before closing punctuation and after opening brackets/quotes.

const CLOSING = new Set(['.', ',', ';', ':', '!', '?', "'", ')', ']', '}', '%', '...', '…', '”', '’', "''"]);
const OPENING = new Set(['(', '[', '{', '“', '‘', '``', '$', '£', '€']);
/** Clitics a PTB tokenizer splits off ("is n't", "Reid 's"). */
const CLITIC = /^(?:n['’]t|['’](?:s|re|ve|ll|d|m|t))$/i;
/** What may follow a lone apostrophe token to form a clitic ("Lohan ’ s"). */
const CLITIC_TAIL = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);
const SINGLE_LETTER = /^\p{L}$/u;
const DIGITS = /^\d+$/;

/** Merges token sequences the tokenizer over-split: "U . S ." -> "U.S.", "4 : 59" -> "4:59", "' '" -> "''". */
function mergeTokens(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Initialisms: at least two "letter ." pairs in a row.
    if (SINGLE_LETTER.test(t) && tokens[i + 1] === '.' && SINGLE_LETTER.test(tokens[i + 2] ?? '') && tokens[i + 3] === '.') {
      let j = i;
      let s = '';
      while (SINGLE_LETTER.test(tokens[j] ?? '') && tokens[j + 1] === '.') {
        s += `${tokens[j]}.`;
        j += 2;
      }
      out.push(s);
      i = j;
      continue;
    }
    if (t === "'" && tokens[i + 1] === "'") {
      out.push("''");
      i += 2;
      continue;
    }
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    // A number already joined with the same separator may take more parts: "05/02" + "/ 2013".
    const prevNumber = prev !== undefined && (DIGITS.test(prev) || (/^[:/-]$/.test(t) && new RegExp(`^\\d+(?:\\${t}\\d+)+$`).test(prev)));
    if (prev !== undefined && next !== undefined && prevNumber && DIGITS.test(next)) {
      const joins =
        (t === ':' && next.length === 2) || // 4 : 59, 11 : 47 : 35
        t === '.' || // 27 . 5 (a sentence-final period is never followed by digits in the same sentence)
        t === '/' || // 05 / 02 / 2013
        t === '-' || // 2012 - 04 - 04, scores and ranges (20 - 13)
        (t === ',' && prev.length <= 3 && next.length === 3); // 380 , 600
      if (joins) {
        out[out.length - 1] = `${prev}${t}${next}`;
        i += 2;
        continue;
      }
    }
    out.push(t);
    i += 1;
  }
  return out;
}

/** One sentence of tokens -> text. */
export function detokenize(rawTokens: readonly string[]): string {
  const tokens = mergeTokens(rawTokens.map((t) => t.trim()).filter((t) => t.length > 0));
  let out = '';
  let glueNext = true; // no space before the first token
  let doubleOpen = false; // parity of straight double quotes within the sentence
  let prevTok = '';
  let prevGlued = false;
  for (const raw of tokens) {
    let tok = raw;
    let glueLeft = false;
    let glueRight = false;
    if (tok === '``') {
      tok = '"';
      glueRight = true;
    } else if (tok === "''") {
      tok = '"';
      glueLeft = true;
    } else if (tok === '"') {
      if (doubleOpen) glueLeft = true;
      else glueRight = true;
      doubleOpen = !doubleOpen;
    } else if (CLOSING.has(tok) || CLITIC.test(tok)) {
      glueLeft = true;
    } else if (OPENING.has(tok)) {
      glueRight = true;
    } else if ((prevTok === '’' || prevTok === "'") && prevGlued && CLITIC_TAIL.has(tok.toLowerCase())) {
      glueLeft = true; // "Lohan ’ s" -> "Lohan’s"
    }
    out += glueNext || glueLeft ? tok : ` ${tok}`;
    glueNext = glueRight;
    prevGlued = glueLeft;
    prevTok = tok;
  }
  return out;
}
